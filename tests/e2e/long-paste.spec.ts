// A pasted megabyte: the page stays responsive while it is checked, and a notice tells the user that only its
// beginning is checked. These are guards against freezing, not benchmarks, so the bound is generous.

import { STRICT_CSP, expect, test } from "./support/extension";
import type { Frame, Page } from "./support/extension";
import { waitForChecked } from "./support/signal";
import { boxDistance, mirrorUnderlineBoxes, textareaRangeBoxes, union } from "./support/underlines";

const MEGABYTE = 1024 * 1024;

/** Largest time the page's main thread may go without running a timer, in milliseconds. */
const MAX_GAP_MS = 1000;

/** A paragraph with one breach, repeated up to one megabyte of UTF-16 code units, as a pasted document. */
const PARAGRAPH = "Bonjour, je vous ai reçue le 12 mars pour votre détartrage. Merci pour votre message, toute l'équipe reste à votre écoute.\n";
const LONG_TEXT = PARAGRAPH.repeat(Math.ceil(MEGABYTE / PARAGRAPH.length)).slice(0, MEGABYTE);

const TOO_LONG_NOTICE = "Réponse trop longue : seul son début est vérifié.";

/**
 * Starts a timer in the page that runs every 10 ms and records the largest gap between two runs, which is the
 * longest time the main thread was busy. The content script runs on that thread too.
 */
async function startGapProbe(target: Page | Frame): Promise<void> {
  await target.evaluate(() => {
    const probe = { largest: 0, last: performance.now() };
    (window as unknown as { gapProbe: typeof probe }).gapProbe = probe;
    const tick = (): void => {
      const now = performance.now();
      probe.largest = Math.max(probe.largest, now - probe.last);
      probe.last = now;
      setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
  });
}

/** Resolves after the page has rendered two more frames, so that pending layout and paint are done. */
async function nextFrames(target: Page | Frame): Promise<void> {
  await target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Returns the largest gap since the probe started or was last reset, then resets it. */
async function takeLargestGap(target: Page | Frame): Promise<number> {
  await nextFrames(target);
  await target.waitForTimeout(100);
  return target.evaluate(() => {
    const probe = (window as unknown as { gapProbe: { largest: number; last: number } }).gapProbe;
    const largest = probe.largest;
    probe.largest = 0;
    return largest;
  });
}

test("1 MB paste in textarea", async ({ openFixture }) => {
  const page = await openFixture({ url: "https://www.resalib.fr/praticien/avis", file: "resalib-reviews.html" });
  const textarea = page.locator("textarea");
  await textarea.click();
  const empty = await waitForChecked(page, "textarea");

  // What a paste does, in two steps: the probe starts once the browser has laid out the pasted text, which
  // is the browser's work, and measures what the input event sets off, which is the extension's.
  await textarea.evaluate((element: HTMLTextAreaElement, text) => (element.value = text), LONG_TEXT);
  await nextFrames(page);
  await startGapProbe(page);
  await textarea.dispatchEvent("input", { bubbles: true, inputType: "insertFromPaste" });
  const pasted = await waitForChecked(page, "textarea", empty.count);
  expect(await takeLargestGap(page), "largest main-thread gap while the paste is checked, in ms").toBeLessThan(MAX_GAP_MS);

  expect(pasted.findings.length, "the beginning of the paste is checked").toBeGreaterThan(0);
  const badge = page.locator("discret-overlay .badge");
  await expect(badge.locator(".truncated"), "the user is told that only the beginning is checked").toHaveText(TOO_LONG_NOTICE);
  await expect(badge.locator(".bytes"), "Google's limit is a separate warning").toHaveText(
    `Trop long pour Google : ${new Intl.NumberFormat("fr").format(Buffer.byteLength(LONG_TEXT, "utf8"))} octets sur 4\u202f096 autorisés`,
  );
  await expect(badge.locator(".bytes")).toHaveClass(/over/);

  await textarea.press("Control+End");
  await textarea.pressSequentially("a");
  const typed = await waitForChecked(page, "textarea", pasted.count);
  expect(await takeLargestGap(page), "largest main-thread gap after a keystroke, in ms").toBeLessThan(MAX_GAP_MS);
  await expect(badge.locator(".truncated")).toHaveText(TOO_LONG_NOTICE);

  // The last finding is underlined at its place, even with the textarea scrolled to the end of the paste.
  await textarea.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  for (const index of [0, typed.findings.length - 1]) {
    const finding = typed.findings[index];
    const drawn = await mirrorUnderlineBoxes(page, index);
    expect(drawn.length, `underline drawn for finding ${index}`).toBeGreaterThan(0);
    const expected = await textareaRangeBoxes(page, "textarea", finding.start, finding.end);
    expect(boxDistance(union(drawn), union(expected)), `underline of finding ${index} matches its Range`).toBeLessThanOrEqual(2);
  }
});

test("1 MB paste in rich-text box", async ({ openFixture }) => {
  const page = await openFixture({ url: "https://pro.doctolib.fr/messaging", file: "doctolib-messaging.html", csp: STRICT_CSP });
  const editor = page.locator("[contenteditable]");
  await editor.click();
  const host = page.locator("discret-overlay");
  await expect(host).toHaveAttribute("data-discret-checked", "1");

  // One paragraph per line, as a rich-text editor lays out pasted text. The probe starts once the browser has
  // laid them out, as in the textarea test.
  await editor.evaluate((element, text) => {
    const paragraphs = text.split("\n").map((line) => {
      const paragraph = document.createElement("p");
      paragraph.textContent = line;
      return paragraph;
    });
    element.replaceChildren(...paragraphs);
  }, LONG_TEXT);
  await nextFrames(page);
  await startGapProbe(page);
  await editor.dispatchEvent("input", { bubbles: true, inputType: "insertFromPaste" });
  await expect(host.locator(".badge .truncated"), "the user is told that only the beginning is checked").toHaveText(TOO_LONG_NOTICE);
  expect(await takeLargestGap(page), "largest main-thread gap while the paste is checked, in ms").toBeLessThan(MAX_GAP_MS);
  await expect(host).toHaveAttribute("data-discret-checker", "background");

  const highlighted = await page.evaluate(() => [...CSS.highlights].filter(([name]) => name.startsWith("discret-")).reduce((count, [, highlight]) => count + highlight.size, 0));
  expect(highlighted, "the beginning of the paste is underlined").toBeGreaterThan(0);
});
