// The tooltip of one finding: what is wrong, why, the legal reference, and the actions. The same box shows
// notices after a rewrite. Built from text nodes only, in a shadow root, so neither the page's styles nor its
// text can inject markup.

import type { Finding, RemovedPassage } from "../shared/checker-types";
import { t } from "../shared/i18n";
import { adoptStyles } from "./overlay-host";
import { severityColour } from "./render/theme";
import type { Theme } from "./render/theme";

export const TOOLTIP_TAG = "discret-tooltip";

export interface TooltipActions {
  /** Applies the finding's fix; absent when the finding has none. */
  fix?: () => void;
  ignore: () => void;
  /** Rewrites the whole reply. */
  rewrite: () => void;
}

/** A message about the whole reply, shown until closed or until the user edits the reply. */
export interface TooltipNotice {
  title: string;
  lines: string[];
  /** Passages a rewrite took out, each with the reason. */
  removed?: RemovedPassage[];
  hint?: string;
  /** Text offered to copy, when it could not be put in the field. */
  copyText?: string;
  /** Accessible name of the text offered to copy. The default names it a rewritten reply. */
  copyLabel?: string;
}

/** Gap between the underline and the tooltip, in CSS pixels. */
const GAP = 6;
/** Delay before hiding once the pointer left both the underline and the tooltip, in milliseconds. */
const HIDE_DELAY_MS = 250;

const STYLE = `
  :host { all: initial; }
  .tooltip {
    position: fixed; box-sizing: border-box; max-width: min(26rem, calc(100vw - 16px));
    padding: 10px 12px; border-radius: 8px; border-left: 4px solid var(--severity);
    font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    background: #ffffff; color: #1f1f1f; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.22);
    pointer-events: auto;
  }
  .tooltip[data-theme=dark] { background: #2d2e31; color: #e8eaed; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.6); }
  .severity { font-weight: 600; font-size: 11px; letter-spacing: 0.04em; text-transform: uppercase; color: var(--severity); }
  .message { margin: 2px 0 4px; font-weight: 600; }
  .explanation { margin: 0 0 4px; }
  .legal { margin: 0 0 8px; font-size: 12px; opacity: 0.8; }
  .actions { display: flex; gap: 8px; flex-wrap: wrap; }
  button {
    font: inherit; font-weight: 600; padding: 4px 12px; border-radius: 6px; cursor: pointer;
    border: 1px solid currentColor; background: transparent; color: inherit;
  }
  button.primary { background: #1a56db; border-color: #1a56db; color: #ffffff; }
  button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  .hint { margin: 6px 0 0; font-size: 11px; opacity: 0.7; }
  .tooltip[data-kind=notice] { --severity: #1a56db; }
  .tooltip[data-theme=dark][data-kind=notice] { --severity: #8ab4f8; }
  .title { margin: 0 0 4px; font-weight: 600; }
  .line { margin: 0 0 4px; }
  .removed { margin: 0 0 6px; padding-left: 18px; }
  .removed li { margin: 2px 0; }
  .removed q { font-weight: 600; }
  .copy-text {
    display: block; box-sizing: border-box; width: 100%; min-height: 5.5em; margin: 4px 0 8px; padding: 6px 8px;
    font: inherit; border-radius: 6px; border: 1px solid #9aa0a6; background: transparent; color: inherit; resize: vertical;
  }
  .copy-status { margin: 6px 0 0; font-size: 12px; }
  .tooltip[data-kind=notice] { overflow-y: auto; }
  .details[hidden] { display: none; }
`;

export class Tooltip {
  private readonly host: HTMLElement;
  private readonly box: HTMLDivElement;
  private hideTimer: number | undefined;
  private actions: TooltipActions | null = null;
  /** The finding shown, or null when hidden or showing a notice. */
  current: Finding | null = null;
  /** The session whose notice is shown, or null. */
  private noticeOwner: object | null = null;

  constructor(private readonly document: Document) {
    this.host = document.createElement(TOOLTIP_TAG);
    this.host.style.cssText = "all: initial; position: fixed; z-index: 2147483647; left: 0; top: 0;";
    const shadow = this.host.attachShadow({ mode: "open" });
    adoptStyles(shadow, STYLE);
    this.box = document.createElement("div");
    this.box.className = "tooltip";
    this.box.setAttribute("role", "dialog");
    this.box.hidden = true;
    shadow.append(this.box);

    // Keeps the focus and the selection in the editor when a button is pressed. The text offered to copy
    // is the exception, so that the pointer can select it.
    this.box.addEventListener("mousedown", (event) => {
      if (!(event.target instanceof HTMLTextAreaElement)) {
        event.preventDefault();
      }
    });
    this.box.addEventListener("mouseenter", () => this.cancelHide());
    this.box.addEventListener("mouseleave", () => {
      if (this.noticeOwner === null) {
        this.hideSoon();
      }
    });
    document.documentElement.append(this.host);
  }

  /** Shows `finding` next to `anchor` (a rectangle in viewport coordinates). */
  show(finding: Finding, anchor: DOMRect, theme: Theme, actions: TooltipActions): void {
    this.cancelHide();
    this.current = finding;
    this.actions = actions;
    this.noticeOwner = null;
    this.box.dataset.kind = "finding";
    this.box.dataset.theme = theme;
    this.box.style.setProperty("--severity", severityColour(theme, finding.severity));
    this.box.setAttribute("aria-label", finding.message);
    this.box.replaceChildren(...this.content(finding, actions));
    this.box.hidden = false;
    this.place(anchor);
  }

  /** Shows `notice` next to `anchor` on behalf of `owner`, which alone closes it through hideNoticeOf. */
  showNotice(owner: object, notice: TooltipNotice, anchor: DOMRect, theme: Theme): void {
    this.cancelHide();
    this.current = null;
    this.actions = null;
    this.noticeOwner = owner;
    this.box.dataset.kind = "notice";
    this.box.dataset.theme = theme;
    this.box.style.removeProperty("--severity");
    this.box.setAttribute("aria-label", notice.title);
    this.box.replaceChildren(...this.noticeContent(notice, () => this.placeOutside(anchor)));
    this.box.hidden = false;
    this.placeOutside(anchor);
  }

  /** Hides the notice of `owner`; returns false when no notice of it is shown. */
  hideNoticeOf(owner: object): boolean {
    if (this.noticeOwner !== owner || this.box.hidden) {
      return false;
    }
    this.hide();
    return true;
  }

  /** Applies the fix of the finding shown, as the « Corriger » button does; false when there is none. */
  applyFix(): boolean {
    if (this.current === null || this.actions?.fix === undefined) {
      return false;
    }
    const fix = this.actions.fix;
    this.hide();
    fix();
    return true;
  }

  hideSoon(): void {
    this.cancelHide();
    this.hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  cancelHide(): void {
    window.clearTimeout(this.hideTimer);
  }

  hide(): void {
    this.cancelHide();
    this.box.hidden = true;
    this.current = null;
    this.actions = null;
    this.noticeOwner = null;
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private line(className: string, text: string): HTMLParagraphElement {
    const element = this.document.createElement("p");
    element.className = className;
    element.textContent = text;
    return element;
  }

  /** Creates a button that closes the tooltip, then runs `action`. */
  private button(label: string, className: string, action: () => void): HTMLButtonElement {
    const element = this.document.createElement("button");
    element.type = "button";
    element.className = className;
    element.textContent = label;
    element.addEventListener("click", () => {
      this.hide();
      action();
    });
    return element;
  }

  private content(finding: Finding, actions: TooltipActions): HTMLElement[] {
    const line = this.line.bind(this);
    const button = this.button.bind(this);
    const parts = [line("severity", t(`severity_${finding.severity}`)), line("message", finding.message)];
    if (finding.explanation !== "") {
      parts.push(line("explanation", finding.explanation));
    }
    if (finding.legal !== "") {
      parts.push(line("legal", finding.legal));
    }

    const buttons = this.document.createElement("div");
    buttons.className = "actions";
    if (actions.fix !== undefined) {
      buttons.append(button(t("tooltipFix"), "primary fix", actions.fix));
    }
    buttons.append(button(t("tooltipIgnore"), "ignore", actions.ignore), button(t("tooltipRewrite"), "rewrite", actions.rewrite));
    parts.push(buttons, line("hint", t(actions.fix !== undefined ? "tooltipKeyboardHintFix" : "tooltipKeyboardHint")));
    return parts;
  }

  /**
   * Builds the notice. Its explanations and the list of removed passages start collapsed behind a
   * « Détails » button, so that the notice stays one line tall next to the reply. `onResize` runs after the
   * details open or close.
   */
  private noticeContent(notice: TooltipNotice, onResize: () => void): HTMLElement[] {
    const parts: HTMLElement[] = [this.line("title", notice.title)];
    const details = this.document.createElement("div");
    details.className = "details";
    details.id = "discret-notice-details";
    details.append(...notice.lines.map((text) => this.line("line", text)));

    if (notice.removed !== undefined && notice.removed.length > 0) {
      details.append(this.line("line", t("rewriteRemovedHeading")));
      const list = this.document.createElement("ul");
      list.className = "removed";
      for (const passage of notice.removed) {
        const item = this.document.createElement("li");
        const quote = this.document.createElement("q");
        quote.textContent = passage.text;
        item.append(quote, ` ${t("rewriteRemovedSeparator")} ${passage.message}`);
        list.append(item);
      }
      details.append(list);
    }

    const buttons = this.document.createElement("div");
    buttons.className = "actions";
    // A notice that offers text to copy is the fallback when the field refused the edit, so its reason
    // stays in view. Otherwise the reply itself is what the user reads next.
    const collapsed = notice.copyText === undefined && details.childElementCount > 0;
    parts.push(details);
    if (collapsed) {
      details.hidden = true;
      const toggle = this.document.createElement("button");
      toggle.type = "button";
      toggle.className = "details-toggle";
      toggle.textContent = t("noticeDetails");
      toggle.setAttribute("aria-expanded", "false");
      toggle.setAttribute("aria-controls", details.id);
      toggle.addEventListener("click", () => {
        details.hidden = !details.hidden;
        toggle.setAttribute("aria-expanded", String(!details.hidden));
        toggle.textContent = t(details.hidden ? "noticeDetails" : "noticeHideDetails");
        onResize();
      });
      buttons.append(toggle);
    }
    if (notice.copyText !== undefined) {
      const copyText = this.document.createElement("textarea");
      copyText.className = "copy-text";
      copyText.readOnly = true;
      copyText.value = notice.copyText;
      copyText.setAttribute("aria-label", notice.copyLabel ?? t("rewriteCopyLabel"));
      const status = this.line("copy-status", "");
      status.setAttribute("role", "status");
      const copy = this.document.createElement("button");
      copy.type = "button";
      copy.className = "primary copy";
      copy.textContent = t("copy");
      copy.addEventListener("click", () => void copyToClipboard(copyText, status));
      parts.push(copyText);
      buttons.append(copy);
      parts.push(buttons, status);
    } else {
      parts.push(buttons);
    }
    buttons.append(this.button(t("close"), "close", () => undefined));
    if (notice.hint !== undefined) {
      parts.push(this.line("hint", notice.hint));
    }
    return parts;
  }

  /** Puts the tooltip below the anchor, or above it when there is no room below, inside the viewport. */
  private place(anchor: DOMRect): void {
    const view = this.document.documentElement;
    const width = this.box.offsetWidth;
    const height = this.box.offsetHeight;
    const left = Math.max(8, Math.min(anchor.left, view.clientWidth - width - 8));
    const below = anchor.bottom + GAP;
    const top = below + height <= view.clientHeight ? below : Math.max(8, anchor.top - GAP - height);
    this.box.style.maxHeight = "";
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
  }

  /**
   * Puts the notice below the anchor, or above it, without ever covering it: when neither side has room
   * for the whole notice, it goes to the larger side and scrolls inside that space.
   */
  private placeOutside(anchor: DOMRect): void {
    const view = this.document.documentElement;
    const margin = 8;
    this.box.style.maxHeight = "";
    const width = this.box.offsetWidth;
    const height = this.box.offsetHeight;
    const roomBelow = view.clientHeight - anchor.bottom - GAP - margin;
    const roomAbove = anchor.top - GAP - margin;

    let top: number;
    if (height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove)) {
      top = anchor.bottom + GAP;
      if (height > roomBelow) {
        this.box.style.maxHeight = `${Math.max(0, roomBelow)}px`;
      }
    } else {
      const shown = Math.min(height, roomAbove);
      this.box.style.maxHeight = height > roomAbove ? `${Math.max(0, roomAbove)}px` : "";
      top = anchor.top - GAP - shown;
    }
    const left = Math.max(margin, Math.min(anchor.left, view.clientWidth - width - margin));
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
  }
}

/**
 * Copies the text of `source` to the clipboard. When the page refuses clipboard access, selects the text
 * instead so that Ctrl+C copies it, and reports the outcome in `status`.
 */
async function copyToClipboard(source: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(source.value);
    status.textContent = t("copied");
  } catch {
    source.focus();
    source.select();
    status.textContent = t("copyManually");
  }
}
