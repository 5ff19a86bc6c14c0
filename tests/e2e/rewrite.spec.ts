import { expect, test } from "./support/extension";
import { openExtensionPage, tabIdOf } from "./support/extension-pages";
import { openTooltip, readText, REPLY, typeAndWait } from "./support/flow";
import { waitForChecked } from "./support/signal";
import type { BoxUnderTest } from "./support/flow";
import type { Page } from "@playwright/test";

const DOCTOLIB = { url: "https://pro.doctolib.fr/reviews", file: "doctolib-reviews.html" };
const PRACTICE_NAME = "Cabinet médical des Tilleuls";

/** Waits until the box's overlay reports its rewrite number `count`, and returns the outcome. */
async function waitForRewrite(page: Page, count = 1): Promise<string> {
  const host = page.locator("discret-overlay");
  await expect(host).toHaveAttribute("data-discret-rewrites", String(count));
  return (await host.getAttribute("data-discret-rewrite")) ?? "";
}

test("tooltip rewrite uses practice name", async ({ context, serviceWorker, openFixture }) => {
  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await options.locator("#name").fill(PRACTICE_NAME);
  await options.locator("#city").fill("Nantes");
  await options.locator("#city").press("Tab");
  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");

  const page = await openFixture(DOCTOLIB);
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const checked = await typeAndWait(box, REPLY);
  const tooltip = await openTooltip(box, 0, checked.findings[0]);
  await expect(tooltip.locator("button.rewrite")).toHaveText("Réécrire la réponse");
  await tooltip.locator("button.rewrite").click();

  expect(await waitForRewrite(page), "the rewrite is applied").toBe("applied");
  const rewritten = await readText(box);
  expect(rewritten, "the practice name from the options").toContain(PRACTICE_NAME);
  expect(rewritten, "the visit confirmation is gone").not.toContain("je vous ai reçue");
  const notice = page.locator("discret-tooltip .tooltip");
  await expect(notice.locator(".title")).toHaveText("Réponse réécrite");
  await expect(notice.locator(".hint")).toHaveText("Ctrl+Z : revenir à votre brouillon");

  const after = await waitForChecked(page, "textarea");
  expect(after.findings.filter((finding) => finding.severity !== "info"), "the rewrite passes the check").toEqual([]);
  await page.locator("textarea").press("Control+z");
  await expect(page.locator("textarea"), "Ctrl+Z brings the draft back").toHaveValue(REPLY);
  await expect(notice, "editing the reply closes the notice").toBeHidden();
});

test("shortcut rewrites focused box", async ({ serviceWorker, openFixture }) => {
  const page = await openFixture(DOCTOLIB);
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  await typeAndWait(box, REPLY);
  await expect(page.locator("textarea")).toBeFocused();

  // What the background does when the command "rewrite-reply" fires: a headless browser has no shortcut
  // handling, so the test sends the same message to the tab.
  const tabId = await tabIdOf(serviceWorker, page.url());
  await serviceWorker.evaluate(async (tabId) => {
    await chrome.tabs.sendMessage(tabId, { type: "discret:rewrite-focused-field" }).catch(() => undefined);
  }, tabId);

  expect(await waitForRewrite(page)).toBe("applied");
  expect(await readText(box), "the draft is replaced").not.toBe(REPLY);
  await page.locator("textarea").press("Control+z");
  await expect(page.locator("textarea"), "Ctrl+Z brings the draft back").toHaveValue(REPLY);
});

test("refused rewrite keeps draft, offers copy", async ({ openFixture }) => {
  const page = await openFixture(DOCTOLIB);
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const checked = await typeAndWait(box, REPLY);
  // A page script that cuts the reply to its current length, as a field with its own length limit would.
  await page.evaluate((limit) => {
    const textarea = document.querySelector("textarea") as HTMLTextAreaElement;
    textarea.addEventListener("input", () => {
      if (textarea.value.length > limit) {
        textarea.value = textarea.value.slice(0, limit);
      }
    });
  }, REPLY.length);

  const tooltip = await openTooltip(box, 0, checked.findings[0]);
  await tooltip.locator("button.rewrite").click();

  expect(await waitForRewrite(page), "the field did not take the rewrite").toBe("failed");
  // The notice's own text box is in its shadow root, which Playwright's CSS selectors also search.
  await expect(page.locator("textarea.dl-textarea"), "the draft is left as it was").toHaveValue(REPLY);
  const notice = page.locator("discret-tooltip .tooltip");
  await expect(notice.locator(".title")).toHaveText("Réécriture non appliquée");
  const offered = await notice.locator("textarea.copy-text").inputValue();
  expect(offered.length, "the rewrite is offered to copy").toBeGreaterThan(REPLY.length);
  await expect(notice.locator("button.copy")).toHaveText("Copier");
});
