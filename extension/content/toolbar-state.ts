// Reports to the background how many findings this frame's reply boxes have, so that the toolbar icon of
// the tab can show the "findings" state. Only the count is sent, never the text.

import type { FindingCountMessage } from "../shared/messages";

/** Findings of each box of this frame that is being checked. */
const countsByBox = new Map<object, number>();
/** The total sent last, or null before the first report. */
let sentTotal: number | null = null;

/** Records the findings of `box` after a check, or its removal when `count` is null, and reports a changed total. */
export function reportFindingCount(box: object, count: number | null): void {
  if (count === null) {
    countsByBox.delete(box);
  } else {
    countsByBox.set(box, count);
  }
  const total = [...countsByBox.values()].reduce((sum, each) => sum + each, 0);
  if (total === sentTotal) {
    return;
  }
  sentTotal = total;
  const message: FindingCountMessage = { type: "discret:finding-count", count: total, boxes: countsByBox.size };
  chrome.runtime.sendMessage(message).catch(() => {
    // The extension was reloaded or the background is restarting; the next check reports again.
    sentTotal = null;
  });
}
