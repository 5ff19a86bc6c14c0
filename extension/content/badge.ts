// The badge just below the reply box's bottom-left corner (bottom-right in right-to-left text): number of
// findings, and the reply's size against Google's limit. It sits outside the box so that it never covers the
// reply, and on the start side because sites put their « Publier » buttons at the end.

import type { Finding } from "../shared/checker-types";
import { t, uiLocale } from "../shared/i18n";
import type { OverlayHost } from "./overlay-host";
import { severityColour } from "./render/theme";
import type { Theme } from "./render/theme";

/** Google's limit for a reply, counted in UTF-8 bytes, not characters. */
export const GOOGLE_REPLY_LIMIT_BYTES = 4096;

const STYLE = `
  .badge {
    position: absolute; top: calc(100% + 2px); left: 0; padding: 1px 7px; border-radius: 9px;
    font: 600 11px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    background: rgba(255, 255, 255, 0.92); color: #3c4043; border: 1px solid #dadce0;
    pointer-events: auto; cursor: help; white-space: nowrap;
  }
  .badge[data-rtl] { left: auto; right: 0; }
  .badge[data-theme=dark] { background: rgba(32, 33, 36, 0.92); color: #e8eaed; border-color: #5f6368; }
  .badge .over { color: var(--error); }
  .badge .truncated { display: block; white-space: normal; }
`;

/**
 * Returns the length of `text` in UTF-8 bytes, counting a lone surrogate as the 3 bytes of U+FFFD. It counts
 * without encoding, so that a pasted megabyte allocates nothing on each keystroke.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      bytes += 1;
    } else if (code < 0x800) {
      bytes += 2;
    } else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export class Badge {
  private readonly element: HTMLDivElement;

  constructor(overlay: OverlayHost, document: Document) {
    overlay.addStyle(STYLE);
    this.element = document.createElement("div");
    this.element.className = "badge";
    this.element.setAttribute("role", "status");
    overlay.frame.append(this.element);
  }

  /** Returns the badge's rectangle in the viewport, so that notices are placed below it, not over it. */
  bounds(): DOMRect {
    return this.element.getBoundingClientRect();
  }

  update(text: string, findings: readonly Finding[], truncated: boolean, theme: Theme, rtl: boolean): void {
    const bytes = utf8Length(text);
    this.element.dataset.theme = theme;
    this.element.toggleAttribute("data-rtl", rtl);
    this.element.style.setProperty("--error", severityColour(theme, "error"));

    const count = this.element.ownerDocument.createElement("span");
    count.className = "count";
    count.textContent = findings.length === 0 ? t("badgeNoFinding") : t(findings.length === 1 ? "badgeOneFinding" : "badgeFindings", String(findings.length));
    const size = this.element.ownerDocument.createElement("span");
    size.className = bytes > GOOGLE_REPLY_LIMIT_BYTES ? "bytes over" : "bytes";
    const numbers = new Intl.NumberFormat(uiLocale());
    const values = [numbers.format(bytes), numbers.format(GOOGLE_REPLY_LIMIT_BYTES)];
    size.textContent = t(bytes > GOOGLE_REPLY_LIMIT_BYTES ? "badgeBytesOver" : "badgeBytes", values);
    size.title = t("badgeBytesTitle", values[1]);
    this.element.replaceChildren(count, " · ", size);
    // Its own line, apart from the byte count against Google's limit, which is a different warning.
    if (truncated) {
      const partial = this.element.ownerDocument.createElement("span");
      partial.className = "truncated";
      partial.textContent = t("badgeTooLongToCheck");
      this.element.append(partial);
    }
  }
}
