// Measuring underlines against Ranges measured in the page, independently of the extension's own mirror.

import type { Frame, Page } from "@playwright/test";

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Returns the boxes of the text [start, end) of a textarea, measured on a <div> that copies every computed
 * property of the textarea (not the extension's shorter list) and sits at the same place and scroll offset.
 * The <div> is the textarea's next sibling, so that the transforms and zoom of their ancestors apply to both.
 */
export async function textareaRangeBoxes(target: Page | Frame, selector: string, start: number, end: number): Promise<Box[]> {
  return target.evaluate(
    ({ selector, start, end }) => {
      const textarea = document.querySelector(selector) as HTMLTextAreaElement;
      const computed = getComputedStyle(textarea);
      const reference = document.createElement("div");
      for (const property of computed) {
        reference.style.setProperty(property, computed.getPropertyValue(property));
      }
      // offsetLeft and offsetTop are relative to the box an absolutely positioned sibling is placed in.
      reference.style.position = "absolute";
      reference.style.left = `${textarea.offsetLeft}px`;
      reference.style.top = `${textarea.offsetTop}px`;
      reference.style.margin = "0";
      reference.style.opacity = "0";
      reference.style.pointerEvents = "none";
      reference.textContent = textarea.value;
      textarea.after(reference);
      reference.scrollTop = textarea.scrollTop;
      reference.scrollLeft = textarea.scrollLeft;

      const range = new Range();
      range.setStart(reference.firstChild as Text, start);
      range.setEnd(reference.firstChild as Text, end);
      const boxes = [...range.getClientRects()].filter((box) => box.width > 0).map((box) => ({ left: box.left, top: box.top, right: box.right, bottom: box.bottom }));
      reference.remove();
      return boxes;
    },
    { selector, start, end },
  );
}

/** Returns the boxes of the underline drawn for finding `index` over a textarea, from the overlay's shadow root. */
export async function mirrorUnderlineBoxes(target: Page | Frame, index: number): Promise<Box[]> {
  return target.evaluate((index) => {
    const host = document.querySelector("discret-overlay") as HTMLElement;
    const spans = [...(host.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>(".finding")].filter((span) =>
      (span.dataset.findings ?? "").split(" ").includes(String(index)),
    );
    return spans
      .flatMap((span) => [...span.getClientRects()])
      .filter((box) => box.width > 0)
      .map((box) => ({ left: box.left, top: box.top, right: box.right, bottom: box.bottom }));
  }, index);
}

/** Returns the boxes of the text [start, end) of a contenteditable element, counted over its text nodes. */
export async function editableRangeBoxes(target: Page | Frame, selector: string, start: number, end: number): Promise<Box[]> {
  return target.evaluate(
    ({ selector, start, end }) => {
      const root = document.querySelector(selector) as HTMLElement;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = new Range();
      let offset = 0;
      for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
        if (start >= offset && start < offset + node.length) {
          range.setStart(node, start - offset);
        }
        if (end > offset && end <= offset + node.length) {
          range.setEnd(node, end - offset);
        }
        offset += node.length;
      }
      return [...range.getClientRects()].filter((box) => box.width > 0).map((box) => ({ left: box.left, top: box.top, right: box.right, bottom: box.bottom }));
    },
    { selector, start, end },
  );
}

/** Returns the boxes of every range in the page's discret-* highlights, one list per range. */
export async function highlightBoxes(target: Page | Frame): Promise<Box[][]> {
  return target.evaluate(() => {
    const result: { left: number; top: number; right: number; bottom: number }[][] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("discret-")) {
        continue;
      }
      for (const range of highlight) {
        result.push(
          [...(range as Range).getClientRects()].filter((box) => box.width > 0).map((box) => ({ left: box.left, top: box.top, right: box.right, bottom: box.bottom })),
        );
      }
    }
    return result;
  });
}

/** Returns the smallest box that contains all of `boxes`. */
export function union(boxes: Box[]): Box {
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    top: Math.min(...boxes.map((box) => box.top)),
    right: Math.max(...boxes.map((box) => box.right)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

/** Largest difference between the edges of two boxes, in CSS pixels. */
export function boxDistance(a: Box, b: Box): number {
  return Math.max(Math.abs(a.left - b.left), Math.abs(a.top - b.top), Math.abs(a.right - b.right), Math.abs(a.bottom - b.bottom));
}
