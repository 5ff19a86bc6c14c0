// The interface a session draws findings through, whichever way the renderer draws the underlines.

import type { Finding } from "../../shared/checker-types";

export interface FindingRenderer {
  /** Draws the findings over the editor's current text. */
  render(findings: readonly Finding[]): void;
  /** Screen rectangles of the finding at `index` of the last render. */
  rectsOf(index: number): DOMRect[];
  /** Follows the editor after it moved, scrolled or changed size. */
  reposition(): void;
  destroy(): void;
}

/** Returns the index of the first finding with a rectangle containing the point, or null. */
export function findingAtPoint(renderer: FindingRenderer, count: number, x: number, y: number): number | null {
  for (let index = 0; index < count; index++) {
    for (const rect of renderer.rectsOf(index)) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
        return index;
      }
    }
  }
  return null;
}
