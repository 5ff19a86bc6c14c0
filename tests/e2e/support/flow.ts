// The user's path through one reply box: type a reply, see the underlines, open a tooltip, fix, undo.

import type { Frame, Page } from "@playwright/test";
import { widenDeletion } from "../../../extension/content/edits";
import { expect } from "./extension";
import { waitForChecked } from "./signal";
import type { CheckedState, SignalFinding } from "./signal";
import { boxDistance, editableRangeBoxes, highlightBoxes, mirrorUnderlineBoxes, textareaRangeBoxes, union } from "./underlines";

/** A reply with a visit confirmation, a date and a treatment tied to the reviewer. */
export const REPLY = "Bonjour, je vous ai reçue le 12 mars pour votre détartrage.";

/** Largest distance allowed between an underline's box and the Range measured in the page, in CSS pixels. */
const TOLERANCE_PX = 2;

export interface BoxUnderTest {
  page: Page;
  /** The page or frame the box lives in. */
  target: Page | Frame;
  selector: string;
  kind: "textarea" | "contenteditable";
}

/** Returns the box's text as the checker receives it. */
export async function readText(box: BoxUnderTest): Promise<string> {
  // Browsers keep a run of spaces in rich text as alternating spaces and no-break spaces.
  return box.target.locator(box.selector).evaluate((element) =>
    element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? "").replace(/\u00a0/g, " "),
  );
}

/** Types `text` at the end of the box, as a user would, and waits for the check of the whole text. */
export async function typeAndWait(box: BoxUnderTest, text: string): Promise<CheckedState> {
  const editor = box.target.locator(box.selector);
  await editor.click();
  await editor.press("Control+End");
  await editor.pressSequentially(text);
  return waitForChecked(box.target, box.selector);
}

/** Asserts that each finding's underline covers exactly the Range of its span, within the tolerance. */
export async function expectUnderlinesMatchFindings(box: BoxUnderTest, findings: SignalFinding[]): Promise<void> {
  if (box.kind === "textarea") {
    for (const [index, finding] of findings.entries()) {
      const expected = await textareaRangeBoxes(box.target, box.selector, finding.start, finding.end);
      const drawn = await mirrorUnderlineBoxes(box.target, index);
      expect(drawn.length, `underline drawn for finding ${index} (${finding.rule})`).toBeGreaterThan(0);
      expect(boxDistance(union(drawn), union(expected)), `underline of finding ${index} (${finding.rule}) matches its Range`).toBeLessThanOrEqual(TOLERANCE_PX);
    }
    return;
  }

  const drawnRanges = await highlightBoxes(box.target);
  expect(drawnRanges.length, "one highlight range per finding").toBe(findings.length);
  for (const [index, finding] of findings.entries()) {
    const expected = union(await editableRangeBoxes(box.target, box.selector, finding.start, finding.end));
    const distances = drawnRanges.filter((boxes) => boxes.length > 0).map((boxes) => boxDistance(union(boxes), expected));
    expect(Math.min(...distances), `highlight of finding ${index} (${finding.rule}) matches its Range`).toBeLessThanOrEqual(TOLERANCE_PX);
  }
}

/**
 * Asserts that each finding is drawn with a 3px underline and a tint, unlike the spellchecker's thin wavy
 * line. For contenteditable, the style is read from the ::highlight() pseudo-element of the editor.
 */
async function expectThickUnderlines(box: BoxUnderTest, findings: SignalFinding[]): Promise<void> {
  const styles = await box.target.locator(box.selector).evaluate((editor, findings) => {
    if (editor instanceof HTMLTextAreaElement) {
      const host = document.querySelector("discret-overlay") as HTMLElement;
      return findings.map((_, index) => {
        const span = [...(host.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>(".finding")].find((each) =>
          (each.dataset.findings ?? "").split(" ").includes(String(index)),
        ) as HTMLElement;
        const style = getComputedStyle(span);
        return { thickness: style.textDecorationThickness, line: style.textDecorationLine, tint: style.backgroundColor };
      });
    }
    const textElement = editor.querySelector("p") ?? editor;
    return findings.map((finding) => {
      const light = getComputedStyle(textElement, `::highlight(discret-${finding.severity}-light)`);
      const dark = getComputedStyle(textElement, `::highlight(discret-${finding.severity}-dark)`);
      const style = light.textDecorationLine === "underline" ? light : dark;
      return { thickness: style.textDecorationThickness, line: style.textDecorationLine, tint: style.backgroundColor };
    });
  }, findings);

  for (const [index, style] of styles.entries()) {
    expect(style.line, `finding ${index} is underlined`).toBe("underline");
    expect(style.thickness, `finding ${index} underline thickness`).toBe("3px");
    expect(style.tint, `finding ${index} has a tint`).not.toBe("rgba(0, 0, 0, 0)");
  }
}

/** Asserts that the badge shows the number of findings and the reply's size in UTF-8 bytes against 4096. */
async function expectBadge(box: BoxUnderTest, count: number): Promise<void> {
  const bytes = Buffer.byteLength(await readText(box), "utf8");
  const badge = box.target.locator("discret-overlay .badge");
  await expect(badge.locator(".count")).toHaveText(count === 1 ? "1 alerte" : `${count} alertes`);
  await expect(badge.locator(".bytes")).toHaveText(`${new Intl.NumberFormat("fr").format(bytes)} octets utilisés sur 4\u202f096`);
}

/** Returns the caret's offset in the box's text, or null when the selection is not a caret inside it. */
async function caretOffset(box: BoxUnderTest): Promise<number | null> {
  return box.target.locator(box.selector).evaluate((element) => {
    if (element instanceof HTMLTextAreaElement) {
      return element.selectionStart === element.selectionEnd ? element.selectionStart : null;
    }
    const selection = document.getSelection();
    if (selection === null || !selection.isCollapsed || selection.focusNode === null || !element.contains(selection.focusNode)) {
      return null;
    }
    const range = new Range();
    range.setStart(element, 0);
    range.setEnd(selection.focusNode, selection.focusOffset);
    return range.toString().length;
  });
}

async function pageScroll(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
}

/** Hovers the underline of `finding` and returns the tooltip locator once it shows the finding's message. */
export async function openTooltip(box: BoxUnderTest, index: number, finding: SignalFinding) {
  const drawn = box.kind === "textarea" ? await mirrorUnderlineBoxes(box.target, index) : await editableRangeBoxes(box.target, box.selector, finding.start, finding.end);
  const first = drawn[0];
  const editorBox = await box.target.locator(box.selector).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { left: rect.left, top: rect.top };
  });
  await box.target.locator(box.selector).hover({
    position: { x: (first.left + first.right) / 2 - editorBox.left, y: (first.top + first.bottom) / 2 - editorBox.top },
  });
  const tooltip = box.target.locator("discret-tooltip .tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator(".message")).toHaveText(finding.message);
  return tooltip;
}

/** Extra checks run after the fix and after its undo, with the text the box must have. */
export interface FlowHooks {
  afterFix?: (expected: string) => Promise<void>;
  afterUndo?: (expected: string) => Promise<void>;
}

/**
 * Runs the whole path on a box: the underlines match the findings' spans, the tooltip shows the French
 * message, « Corriger » applies the fix, Ctrl+Z undoes it, and the page's scroll never moves.
 */
export async function expectReplyFlow(box: BoxUnderTest, reply = REPLY, hooks: FlowHooks = {}): Promise<CheckedState> {
  const checked = await typeAndWait(box, reply);
  const findings = checked.findings;
  expect(findings.length, "the reply has findings").toBeGreaterThan(0);
  await expectUnderlinesMatchFindings(box, findings);
  await expectThickUnderlines(box, findings);
  await expectBadge(box, findings.length);

  const index = findings.findIndex((finding) => finding.fix !== null);
  expect(index, "a finding with a fix").toBeGreaterThanOrEqual(0);
  const finding = findings[index];
  const before = await readText(box);
  const scroll = await pageScroll(box.page);

  const tooltip = await openTooltip(box, index, finding);
  await expect(tooltip.locator("button.fix")).toHaveText("Corriger");
  await expect(tooltip.locator("button.ignore")).toHaveText("Ignorer");
  await tooltip.locator("button.fix").click();

  // A fix that deletes its span also takes out one of the spaces around it; edits.spec.ts tests that rule.
  const fix = finding.fix ?? "";
  const { start, end } = fix === "" ? widenDeletion(before, finding.start, finding.end) : finding;
  const fixed = before.slice(0, start) + fix + before.slice(end);
  expect(fixed, "the fix leaves no double space").not.toContain("  ");
  await expect.poll(() => readText(box), { message: "« Corriger » applies the fix" }).toBe(fixed);
  expect(await pageScroll(box.page), "page scroll after the fix").toEqual(scroll);
  expect(await caretOffset(box), "the caret stays at the end of the reply, where the user typed").toBe(fixed.length);
  await hooks.afterFix?.(fixed);

  await box.target.locator(box.selector).press("Control+z");
  await expect.poll(() => readText(box), { message: "Ctrl+Z undoes the fix" }).toBe(before);
  expect(await pageScroll(box.page), "page scroll after undo").toEqual(scroll);
  await hooks.afterUndo?.(before);
  return checked;
}
