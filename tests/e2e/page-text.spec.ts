// Text read from the page (review, reviewer name, the reply itself) is only ever inserted as text: markup in
// it shows literally in the tooltip, the rewrite notice and the popup, and nothing of it runs.

import { expect, test } from "./support/extension";
import type { Page } from "./support/extension";
import { openPopupFor } from "./support/extension-pages";
import { openTooltip } from "./support/flow";
import type { BoxUnderTest } from "./support/flow";
import { waitForChecked } from "./support/signal";

/** The fixture's texts, as the page shows them. */
const REVIEWER = `Claire <img src=x onerror="window.markupRan=true">"><b>B.</b>`;
const REPLY = `Bonjour, je vous ai reçue le 12 mars <img src=x onerror="window.markupRan=true"> pour votre asthme "><b>gras</b> <script>alert(1)</script>.`;

/**
 * Returns the elements under the extension's own hosts in the page (overlays and tooltip, in shadow roots)
 * that markup would create: <img>, <script>, <b>, or any element with an inline event handler.
 */
function elementsFromMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots = [...document.querySelectorAll("discret-overlay, discret-tooltip")].map((host) => host.shadowRoot as ShadowRoot);
    return roots.flatMap((root) =>
      [...root.querySelectorAll("*")]
        .filter((element) => ["IMG", "SCRIPT", "B"].includes(element.tagName) || [...element.attributes].some((attribute) => attribute.name.startsWith("on")))
        .map((element) => element.tagName),
    );
  });
}

test("markup in page text stays text", async ({ context, serviceWorker, openFixture, unservedRequests }) => {
  const dialogs: string[] = [];
  context.on("page", (page) => page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  }));
  const page = await openFixture({ url: "https://pro.doctolib.fr/reviews/markup", file: "markup-in-review.html" });
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  await expect(page.locator("[itemprop=author]"), "the page shows the markup as text").toHaveText(REVIEWER);
  await expect(page.locator("textarea")).toHaveValue(REPLY);

  await page.locator("textarea").click();
  const checked = await waitForChecked(page, "textarea");
  expect(checked.context, "review and reviewer read from the page").toEqual(["review", "reviewer"]);
  const markupFinding = checked.findings.findIndex((finding) => REPLY.slice(finding.start, finding.end) === "img");
  expect(markupFinding, "a finding inside the markup").toBeGreaterThanOrEqual(0);
  const tooltip = await openTooltip(box, markupFinding, checked.findings[markupFinding]);
  await expect(tooltip.locator(".message")).toContainText("« img »");

  const popup = await openPopupFor(context, serviceWorker, page.url());
  await expect(popup.locator("#situation-source"), "the popup shows the reviewer's name literally").toContainText(REVIEWER);
  // The popup's own icon and script are the only <img> and <script> it has.
  const ownFiles: Record<string, string> = { IMG: "icons/icon-32.png", SCRIPT: "popup.js" };
  const popupElements = await popup.evaluate((ownFiles) =>
    [...document.body.querySelectorAll("*")]
      .filter((element) => element.tagName === "B" || (element.tagName in ownFiles && element.getAttribute("src") !== ownFiles[element.tagName]) || [...element.attributes].some((attribute) => attribute.name.startsWith("on")))
      .map((element) => element.tagName),
    ownFiles,
  );
  expect(popupElements, "elements in the popup created from the page's text").toEqual([]);

  await page.bringToFront();
  await tooltip.locator("button.rewrite").click();
  await expect(page.locator("discret-overlay")).toHaveAttribute("data-discret-rewrite", "applied");
  const notice = page.locator("discret-tooltip .tooltip");
  await expect(notice.locator(".removed q"), "the rewrite notice quotes the removed sentence literally").toHaveText(REPLY);

  expect(await elementsFromMarkup(page), "elements in the tooltip and overlay created from the page's text").toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { markupRan?: boolean }).markupRan), "a script of the markup ran").toBeUndefined();
  expect(dialogs, "dialogs opened by the markup").toEqual([]);
  expect(unservedRequests, "requests such as the markup's image").toEqual([]);
});
