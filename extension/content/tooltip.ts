// The tooltip of one finding: what is wrong, why, the legal reference, and the actions. Built from text
// nodes only, in a shadow root, so neither the page's styles nor its text can inject markup.

import type { Finding } from "../shared/checker-types";
import { t } from "../shared/i18n";
import { adoptStyles } from "./overlay-host";
import { severityColour } from "./render/theme";
import type { Theme } from "./render/theme";

export const TOOLTIP_TAG = "discret-tooltip";

export interface TooltipActions {
  /** Applies the finding's fix; absent when the finding has none. */
  fix?: () => void;
  ignore: () => void;
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
`;

export class Tooltip {
  private readonly host: HTMLElement;
  private readonly box: HTMLDivElement;
  private hideTimer: number | undefined;
  private actions: TooltipActions | null = null;
  /** The finding shown, or null when hidden. */
  current: Finding | null = null;

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

    // Keeps the focus and the selection in the editor when a button is pressed.
    this.box.addEventListener("mousedown", (event) => event.preventDefault());
    this.box.addEventListener("mouseenter", () => this.cancelHide());
    this.box.addEventListener("mouseleave", () => this.hideSoon());
    document.documentElement.append(this.host);
  }

  /** Shows `finding` next to `anchor` (a rectangle in viewport coordinates). */
  show(finding: Finding, anchor: DOMRect, theme: Theme, actions: TooltipActions): void {
    this.cancelHide();
    this.current = finding;
    this.actions = actions;
    this.box.dataset.theme = theme;
    this.box.style.setProperty("--severity", severityColour(theme, finding.severity));
    this.box.setAttribute("aria-label", finding.message);
    this.box.replaceChildren(...this.content(finding, actions));
    this.box.hidden = false;
    this.place(anchor);
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
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private content(finding: Finding, actions: TooltipActions): HTMLElement[] {
    const line = (className: string, text: string): HTMLParagraphElement => {
      const element = this.document.createElement("p");
      element.className = className;
      element.textContent = text;
      return element;
    };
    const button = (label: string, className: string, action: () => void): HTMLButtonElement => {
      const element = this.document.createElement("button");
      element.type = "button";
      element.className = className;
      element.textContent = label;
      element.addEventListener("click", () => {
        this.hide();
        action();
      });
      return element;
    };

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
    buttons.append(button(t("tooltipIgnore"), "ignore", actions.ignore));
    // TODO: add « Réécrire la réponse » once the checker exports rewrite().
    parts.push(buttons, line("hint", t(actions.fix !== undefined ? "tooltipKeyboardHintFix" : "tooltipKeyboardHint")));
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
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
  }
}
