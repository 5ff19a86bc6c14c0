// The shape of a site adapter, and helpers adapters share to read the page's structure.

/** Review text and reviewer name the page shows next to a reply box. */
export interface ReviewContext {
  review: string | null;
  reviewer: string | null;
}

export const NO_CONTEXT: ReviewContext = { review: null, reviewer: null };

export interface SiteAdapter {
  /** Stable name, shown in the checked signal and in debug logs. */
  readonly name: string;
  /** True on pages this adapter handles. */
  matches(url: URL): boolean;
  /** Reply boxes the adapter recognises on the page, by roles, labels and structure. */
  findReplyBoxes(root: Document): HTMLElement[];
  /** The review and reviewer name shown with `box`, where the page shows them. */
  readContext(box: HTMLElement): ReviewContext;
}

/** True when `element` is rendered with a non-empty box. */
export function isVisible(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== "hidden";
}

/** True for a `<textarea>` or an element the user edits as rich text. */
export function isEditable(element: Element | null): element is HTMLElement {
  if (element instanceof HTMLTextAreaElement) {
    return !element.readOnly && !element.disabled;
  }
  return element instanceof HTMLElement && element.isContentEditable && !isInsideEditable(element);
}

/** True when an ancestor of `element` is itself contenteditable, so the editor is that ancestor. */
function isInsideEditable(element: HTMLElement): boolean {
  return element.parentElement?.isContentEditable ?? false;
}

/** Returns the accessible label of a form control: aria-label, aria-labelledby, <label> or placeholder. */
export function accessibleLabel(element: HTMLElement): string {
  const parts: string[] = [];
  parts.push(element.getAttribute("aria-label") ?? "");
  for (const id of (element.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean)) {
    parts.push(element.ownerDocument.getElementById(id)?.textContent ?? "");
  }
  if (element instanceof HTMLTextAreaElement) {
    for (const label of element.labels ?? []) {
      parts.push(label.textContent ?? "");
    }
    parts.push(element.placeholder);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** Words in the labels of reply boxes, in French and English. */
export const REPLY_LABEL = /r[ée]pon(?:se|dre)|reply|respon/i;

/** Returns the text of `element` with its whitespace collapsed, or null when it has none. */
export function cleanText(element: Element | null | undefined): string | null {
  const text = element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  return text === "" ? null : text;
}

/** Minimum length of a text block taken as a review rather than a heading, a date or a button label. */
const MIN_REVIEW_LENGTH = 20;

/**
 * Returns the longest leaf text block that precedes `box` inside `container`: the review a reply form shows
 * above its box. Buttons, labels, links and the box itself are skipped.
 */
export function longestTextBefore(box: HTMLElement, container: Element): string | null {
  let best: string | null = null;
  for (const element of container.querySelectorAll("p, div, span, blockquote")) {
    const precedes = (element.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (!precedes || element.contains(box) || element.closest("button, label, a, [role=button]") !== null) {
      continue;
    }
    if (element.querySelector("p, div, blockquote") !== null) {
      continue;
    }
    const text = cleanText(element);
    if (text !== null && text.length >= MIN_REVIEW_LENGTH && (best === null || text.length > best.length)) {
      best = text;
    }
  }
  return best;
}

/** Returns the closest ancestor of `box` (up to `levels` up) that also contains an element matching `selector`. */
export function closestContaining(box: HTMLElement, selector: string, levels = 8): Element | null {
  let current: Element | null = box.parentElement;
  for (let level = 0; current !== null && level < levels; level++) {
    if (current.querySelector(selector) !== null) {
      return current;
    }
    current = current.parentElement;
  }
  return null;
}
