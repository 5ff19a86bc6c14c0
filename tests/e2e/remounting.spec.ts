// A page that replaces its reply box with a new element every few keystrokes, as React does when it remounts
// a component: checking moves to the new box, and nothing of the old boxes stays behind (overlays, listeners,
// highlight ranges).

import { expect, test } from "./support/extension";
import type { Page } from "./support/extension";
import { contentScriptContext, countListeners } from "./support/devtools";
import { expectUnderlinesMatchFindings, readText, REPLY } from "./support/flow";
import type { BoxUnderTest } from "./support/flow";
import { waitForChecked } from "./support/signal";

/** Text typed into the box: long enough for the fixture, which remounts it every 3 input events, to do so 20 times. */
const TYPED = `${REPLY} Toute l'équipe vous souhaite une bonne journée.`;
const MIN_REPLACEMENTS = 20;

function replacements(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.body.dataset.replacements));
}

/** Returns the number of ranges in the page's discret-* highlights. */
function highlightRanges(page: Page): Promise<number> {
  return page.evaluate(() => [...CSS.highlights].filter(([name]) => name.startsWith("discret-")).reduce((count, [, highlight]) => count + highlight.size, 0));
}

for (const kind of ["textarea", "contenteditable"] as const) {
  test(`remounted ${kind} stays checked, nothing leaks`, async ({ context, openFixture }) => {
    const page = await openFixture({ url: `https://pro.doctolib.fr/reviews/reply?kind=${kind}`, file: "remounting-reply.html" });
    const selector = kind === "textarea" ? "textarea" : "[contenteditable]";
    const box: BoxUnderTest = { page, target: page, selector, kind };
    await page.locator(selector).click();
    await waitForChecked(page, selector);
    const { cdp, contextId } = await contentScriptContext(context, page);
    const listenersWithOneBox = await countListeners(cdp, contextId);
    expect(listenersWithOneBox["window scroll"], "the box's session listens to scrolling").toBe(1);

    await page.keyboard.type(TYPED);
    await expect.poll(() => replacements(page), { message: "boxes the page replaced" }).toBeGreaterThanOrEqual(MIN_REPLACEMENTS);
    expect(await readText(box), "the remounts kept the text and the caret").toBe(TYPED);

    await expect(page.locator("discret-overlay"), "one overlay, for the box now on the page").toHaveCount(1);
    const checked = await waitForChecked(page, selector);
    expect(checked.findings.length, "the new box is checked").toBeGreaterThan(0);
    await expectUnderlinesMatchFindings(box, checked.findings);
    expect(await countListeners(cdp, contextId), "listeners on window, document and visualViewport").toEqual(listenersWithOneBox);
    if (kind === "contenteditable") {
      expect(await highlightRanges(page), "one highlight range per finding of the new box").toBe(checked.findings.length);
    }
  });
}
