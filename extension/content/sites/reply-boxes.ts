// Finding reply boxes and their review by labels and structure, shared by the site adapters.

import { accessibleLabel, cleanText, closestContaining, isEditable, isVisible, longestTextBefore, REPLY_LABEL } from "./adapter";
import type { ReviewContext } from "./adapter";

const EDITOR_SELECTOR = "textarea, [contenteditable=''], [contenteditable='true'], [contenteditable='plaintext-only'], [role=textbox]";

/** Visible editable boxes under `root` whose accessible label speaks of a reply. */
export function labelledReplyBoxes(root: ParentNode): HTMLElement[] {
  const boxes: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>(EDITOR_SELECTOR)) {
    if (isEditable(element) && isVisible(element) && REPLY_LABEL.test(accessibleLabel(element))) {
      boxes.push(element);
    }
  }
  return boxes;
}

/** Visible editable boxes under `root`, labelled or not. */
export function visibleBoxes(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(EDITOR_SELECTOR)].filter((element) => isEditable(element) && isVisible(element));
}

/** Selectors of the reviewer's public name: schema.org markup, then a link to a Google contributor profile. */
const REVIEWER_SELECTOR = "[itemprop=author], a[href*='/maps/contrib/']";
const REVIEW_BODY_SELECTOR = "[itemprop=reviewBody]";

/**
 * Reads the review shown with `box`: schema.org markup where the page has it, otherwise the longest text
 * block above the box in the closest container that also holds the reviewer's name, or in `fallbackRoot`.
 */
export function readReviewAround(box: HTMLElement, fallbackRoot: Element): ReviewContext {
  const container = closestContaining(box, REVIEWER_SELECTOR) ?? closestContaining(box, REVIEW_BODY_SELECTOR) ?? fallbackRoot;
  const reviewer = reviewerName(container.querySelector(REVIEWER_SELECTOR));
  const review = cleanText(container.querySelector(REVIEW_BODY_SELECTOR)) ?? longestTextBefore(box, container);
  return { review, reviewer };
}

/** Returns a reviewer's name, from the element's aria-label when its text is only an avatar. */
function reviewerName(element: Element | null): string | null {
  if (element === null) {
    return null;
  }
  return cleanText(element) ?? element.getAttribute("aria-label");
}
