import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { STRICT_CSP, expect, test } from "./support/extension";
import { expectReplyFlow, expectUnderlinesMatchFindings, openTooltip, REPLY, typeAndWait } from "./support/flow";
import { waitForChecked } from "./support/signal";
import type { BoxUnderTest } from "./support/flow";

test("Resalib reply, content-script checker", async ({ openFixture, unservedRequests }) => {
  const page = await openFixture({ url: "https://www.resalib.fr/praticien/avis", file: "resalib-reviews.html" });

  const checked = await expectReplyFlow({ page, target: page, selector: "textarea", kind: "textarea" });
  expect(checked.site).toBe("resalib");
  expect(checked.context, "review and reviewer read from the page").toEqual(["review", "reviewer"]);
  expect(checked.checker, "the page allows WebAssembly, so the content script checks").toBe("content");
  expect(unservedRequests, "requests other than the fixtures and the extension's files").toEqual([]);
});

test("Doctolib review reply", async ({ openFixture }) => {
  const page = await openFixture({ url: "https://pro.doctolib.fr/reviews", file: "doctolib-reviews.html" });

  const checked = await expectReplyFlow({ page, target: page, selector: "textarea", kind: "textarea" });
  expect(checked.site).toBe("doctolib");
  expect(checked.context, "review and reviewer read from the page").toEqual(["review", "reviewer"]);
});

test("Doctolib contenteditable messaging box", async ({ openFixture }) => {
  // A strict CSP, styles included: the highlight styles and the checker must work without inline code.
  const page = await openFixture({ url: "https://pro.doctolib.fr/messaging", file: "doctolib-messaging.html", csp: STRICT_CSP });

  const checked = await expectReplyFlow({ page, target: page, selector: "[contenteditable]", kind: "contenteditable" });
  expect(checked.checker).toBe("background");
});

test("Google Maps transformed fixed dialog", async ({ openFixture }) => {
  const page = await openFixture({ url: "https://www.google.com/maps/place/Cabinet", file: "maps-reply-dialog.html" });

  const checked = await expectReplyFlow({ page, target: page, selector: "textarea", kind: "textarea" });
  expect(checked.site).toBe("google-maps");
  expect(checked.context, "review and reviewer read from the page").toEqual(["review", "reviewer"]);
});

test("React-controlled textarea", async ({ openFixture }) => {
  const bundle = fileURLToPath(new URL("../../target/e2e-fixtures/react-reply.js", import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL("fixtures/react-reply.tsx", import.meta.url))],
    outfile: bundle,
    bundle: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  const page = await openFixture({
    url: "https://www.doctolib.fr/reply",
    file: "react-reply.html",
    extra: [{ url: "https://www.doctolib.fr/static/react-reply.js", file: bundle, contentType: "text/javascript" }],
  });
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const state = page.getByTestId("state");

  await expectReplyFlow(box, REPLY, {
    afterFix: (expected) => expect(state, "React state after the fix").toHaveText(expected),
    afterUndo: (expected) => expect(state, "React state after undo").toHaveText(expected),
  });
});

for (const variant of ["scrolled", "rtl", "centred", "dark"]) {
  test(`reply box variant: ${variant}`, async ({ openFixture }) => {
    const page = await openFixture({ url: `https://www.resalib.fr/praticien/avis/repondre?variant=${variant}`, file: "field-variants.html" });
    const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };

    if (variant === "scrolled") {
      await page.evaluate(() => window.scrollTo(0, 700));
      await page.locator("textarea").fill("Madame,\n\nmerci pour votre message.\nNous lisons chaque avis avec attention.\nL'équipe du cabinet reste disponible.\n");
    }
    await expectReplyFlow(box, variant === "scrolled" ? REPLY : `😀 ${REPLY}`);

    if (variant === "scrolled") {
      expect(await page.locator("textarea").evaluate((element) => element.scrollTop), "the textarea is scrolled").toBeGreaterThan(0);
    }
  });
}

test("keyboard opens tooltip, Alt+Enter fixes", async ({ openFixture }) => {
  const page = await openFixture({ url: "https://pro.doctolib.fr/reviews", file: "doctolib-reviews.html" });
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const { findings } = await typeAndWait(box, REPLY);
  const finding = findings.find((each) => each.fix !== null);
  expect(finding, "a finding with a fix").toBeDefined();

  const textarea = page.locator("textarea");
  await textarea.evaluate((element: HTMLTextAreaElement, offset) => element.setSelectionRange(offset, offset), finding!.start + 1);
  await textarea.press("ArrowLeft");
  const tooltip = page.locator("discret-tooltip .tooltip");
  await expect(tooltip.locator(".message")).toHaveText(finding!.message);
  await expect(textarea, "the focus stays in the reply box").toBeFocused();

  await textarea.press("Alt+Enter");
  await expect(textarea, "the date is gone with one of its spaces").toHaveValue("Bonjour, je vous ai reçue pour votre détartrage.");
  await expect(tooltip).toBeHidden();

  await textarea.press("Control+z");
  await expect(textarea, "one undo step brings the draft back").toHaveValue(REPLY);
});

test("Ignorer hides the finding", async ({ openFixture }) => {
  const page = await openFixture({ url: "https://www.resalib.fr/praticien/avis", file: "resalib-reviews.html" });
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const checked = await typeAndWait(box, REPLY);
  const finding = checked.findings[0];

  const tooltip = await openTooltip(box, 0, finding);
  await tooltip.locator("button.ignore").click();
  const after = await waitForChecked(page, "textarea", checked.count);
  expect(after.findings.map((each) => each.rule + each.start), "findings left after Ignorer").toEqual(
    checked.findings.slice(1).map((each) => each.rule + each.start),
  );
  await expect(page.locator("textarea"), "Ignorer leaves the text as it was").toHaveValue(REPLY);
});

test("underlines follow scroll, resize, zoom", async ({ openFixture, serviceWorker }) => {
  const page = await openFixture({ url: "https://www.resalib.fr/praticien/avis/repondre?variant=scrolled", file: "field-variants.html" });
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const textarea = page.locator("textarea");
  await textarea.fill("Madame,\n\nmerci pour votre message.\nNous lisons chaque avis avec attention.\n");
  const { findings } = await typeAndWait(box, REPLY);
  await expectUnderlinesMatchFindings(box, findings);

  const changes: [string, () => Promise<unknown>][] = [
    ["textarea scrolled to the top", () => textarea.evaluate((element) => (element.scrollTop = 0))],
    ["page scrolled", () => page.evaluate(() => window.scrollBy(0, 120))],
    ["textarea narrowed", () => textarea.evaluate((element) => (element.style.width = "420px"))],
    ["banner inserted above the box", () => page.evaluate(() => {
      const banner = document.createElement("div");
      banner.style.height = "57px";
      document.querySelector("main")!.prepend(banner);
    })],
    ["CSS zoom on an ancestor", () => page.evaluate(() => ((document.querySelector("main") as HTMLElement).style.zoom = "1.1"))],
    // Browser zoom, as Ctrl+Plus sets it, through the extension API that sets it.
    ["browser zoom 125 %", () => serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.tabs.setZoom(tab.id, 1.25);
    }, page.url())],
  ];
  for (const [name, change] of changes) {
    await change();
    // Two frames: the scroll or resize event, then the redraw it triggered.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await test.step(name, () => expectUnderlinesMatchFindings(box, findings));
  }
  expect(await page.evaluate(() => window.devicePixelRatio), "the browser zoom applied").toBeCloseTo(1.25);
});

test("generic fallback checks focused box", async ({ openFixture }) => {
  const page = await openFixture({ url: "https://www.google.com/search?q=cabinet", file: "generic-fields.html" });
  await expect(page.locator("discret-overlay"), "no box is recognised before the user focuses one").toHaveCount(0);

  await page.locator("textarea[name=q]").click();
  await page.locator("textarea[name=q]").pressSequentially("dentiste paris");
  await expect(page.locator("discret-overlay"), "the search field is never checked").toHaveCount(0);

  const box: BoxUnderTest = { page, target: page, selector: "#unlabelled", kind: "textarea" };
  const checked = await typeAndWait(box, REPLY);
  expect(checked.findings.length, "findings in the unlabelled box").toBeGreaterThan(0);
  await expectUnderlinesMatchFindings(box, checked.findings);
});

test("badge flags replies over 4096 bytes", async ({ openFixture }) => {
  const page = await openFixture({ url: "https://www.resalib.fr/praticien/avis", file: "resalib-reviews.html" });
  const textarea = page.locator("textarea");
  // 2,048 « é » are 4,096 bytes in UTF-8 but only 2,048 characters: the limit counts bytes.
  await textarea.fill("é".repeat(2048));
  await waitForChecked(page, "textarea");
  const bytes = page.locator("discret-overlay .badge .bytes");
  await expect(bytes).toHaveText("4\u202f096 octets utilisés sur 4\u202f096");
  await expect(bytes).not.toHaveClass(/over/);
  await expect(bytes, "the tooltip explains how Google counts").toHaveAttribute(
    "title",
    "Google limite une réponse à 4\u202f096 octets. Une lettre sans accent compte pour 1 octet, une lettre accentuée (é, à, ç…) pour 2, un emoji pour 4.",
  );

  await textarea.press("End");
  await textarea.pressSequentially("a");
  await expect(bytes).toHaveText("Trop long pour Google : 4\u202f097 octets sur 4\u202f096 autorisés");
  await expect(bytes).toHaveClass(/over/);
});

test("badge leaves the text uncovered", async ({ openFixture }) => {
  const page = await openFixture({ url: "https://www.resalib.fr/praticien/avis", file: "resalib-reviews.html" });
  const textarea = page.locator("textarea");
  // More lines than the box shows, so that text fills its last visible line.
  await textarea.fill(Array.from({ length: 30 }, (_, line) => `Ligne ${line + 1} de la réponse, assez longue pour aller jusqu'au bord droit du champ.`).join("\n"));
  await waitForChecked(page, "textarea");

  const content = await textarea.evaluate((element: HTMLTextAreaElement) => {
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const left = rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const top = rect.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    const right = rect.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    const bottom = rect.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
    return { x: left, y: top, width: right - left, height: bottom - top };
  });
  const badge = (await page.locator("discret-overlay .badge").boundingBox())!;
  const overlaps = badge.x < content.x + content.width && content.x < badge.x + badge.width && badge.y < content.y + content.height && content.y < badge.y + badge.height;
  expect(overlaps, `badge ${JSON.stringify(badge)} against the text area's content box ${JSON.stringify(content)}`).toBe(false);
});
