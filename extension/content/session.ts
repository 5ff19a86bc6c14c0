// One reply box being checked: runs the checker as the user types, draws the findings, and applies fixes.

import type { CheckerClient } from "../checker/client";
import type { CheckRequest, Finding, Rewrite } from "../shared/checker-types";
import { t, uiLocale } from "../shared/i18n";
import type { ReplaceOutcome } from "../shared/messages";
import type { Settings } from "../shared/settings";
import { Badge } from "./badge";
import { TextModel } from "./editor";
import type { Editor } from "./editor";
import { shiftFindings, widenDeletion } from "./edits";
import { OverlayHost } from "./overlay-host";
import { EditableHighlights } from "./render/highlights";
import { findingAtPoint } from "./render/renderer";
import type { FindingRenderer } from "./render/renderer";
import { TextareaMirror } from "./render/textarea-mirror";
import { themeOf } from "./render/theme";
import type { ReviewContext, SiteAdapter } from "./sites/adapter";
import { publishChecked, publishError, publishRewrite } from "./signal";
import type { Tooltip, TooltipNotice } from "./tooltip";
import { reportFindingCount } from "./toolbar-state";

/**
 * Quiet time after the last keystroke before the reply is checked, in milliseconds. With a check and a
 * frame after it, a keystroke is underlined within 120 ms (p95 measured by scripts/bench-extension.mjs).
 */
export const DEBOUNCE_MS = 90;

/** Interval between checks that the box has not moved, while it is not focused, in milliseconds. */
const MOVE_POLL_MS = 250;

/** Keys that move the caret; landing inside a finding with them opens its tooltip. */
const CARET_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"]);

export interface SessionContext {
  adapter: SiteAdapter;
  checker: Promise<CheckerClient>;
  settings: () => Settings;
  tooltip: Tooltip;
}

export class EditorSession {
  private readonly overlay: OverlayHost;
  private readonly renderer: FindingRenderer;
  private readonly badge: Badge;
  private readonly abort = new AbortController();
  private timer: number | undefined;
  /** Incremented for every check started, so that the result for older text is dropped. */
  private generation = 0;
  private checkedCount = 0;
  private findings: Finding[] = [];
  /** Findings the user chose to ignore, by rule and text, for the life of this box. */
  private readonly ignored = new Set<string>();
  private errorLogged = false;
  /** True when the checker read only the beginning of the last text it checked. */
  private truncated = false;
  /** The text the findings were drawn over, or null before the first draw. */
  private drawnText: string | null = null;

  constructor(private readonly editor: Editor, private readonly context: SessionContext, pageSignal: AbortSignal) {
    this.overlay = new OverlayHost(editor.element);
    this.overlay.host.dataset.discretSite = context.adapter.name;
    this.renderer =
      editor.element instanceof HTMLTextAreaElement
        ? new TextareaMirror(editor.element, this.overlay)
        : new EditableHighlights(editor.element, this.overlay);
    this.badge = new Badge(this.overlay, editor.element.ownerDocument);

    pageSignal.addEventListener("abort", () => this.destroy(), { once: true, signal: this.abort.signal });
    this.listen(this.abort.signal);
    this.overlay.reposition();
    this.checkNow();
  }

  get element(): HTMLElement {
    return this.editor.element;
  }

  /** Reads the review and reviewer name that the page shows with this box. */
  readContext(): ReviewContext {
    return this.context.adapter.readContext(this.editor.element);
  }

  /** Returns true when the box contains text other than whitespace. */
  hasDraft(): boolean {
    return this.editor.readText().trim() !== "";
  }

  /**
   * Replaces the whole reply with `text` through the same undoable edit as a fix. When the field does not
   * end up with exactly `text`, its previous text is put back and the outcome is "failed".
   */
  replaceReply(text: string): ReplaceOutcome {
    return this.editOrRestore(0, this.editor.readText().length, text) ? "applied" : "failed";
  }

  /**
   * Replaces [start, end) with `replacement` as an undoable edit, then checks the reply again. When the field
   * does not end up with exactly the expected text, its previous text is put back and the result is false.
   */
  private editOrRestore(start: number, end: number, replacement: string): boolean {
    const before = this.editor.readText();
    const applied = this.editor.replace(start, end, replacement);
    if (!applied) {
      const now = this.editor.readText();
      if (now !== before) {
        this.editor.replace(0, now.length, before);
      }
    }
    this.checkNow();
    return applied;
  }

  /**
   * Rewrites the reply with the checker in the settings' tone and puts the result in the field, then shows
   * what was removed. The draft is never lost: the edit is undoable, and when it cannot be applied, or the
   * user typed while the checker ran, the field is left as it was and the rewrite is offered to copy.
   */
  async rewriteReply(): Promise<void> {
    const text = this.editor.readText();
    const settings = this.context.settings();
    let rewrite: Rewrite;
    try {
      const client = await this.context.checker;
      rewrite = await client.rewrite(this.requestFor(text, settings), settings.tone);
    } catch (error) {
      if (!this.abort.signal.aborted) {
        this.reportError(error);
        this.showNotice({ title: t("rewriteFailedTitle"), lines: [t("rewriteError")] });
        publishRewrite(this.overlay.host, "error");
      }
      return;
    }
    if (this.abort.signal.aborted) {
      return;
    }

    if (this.editor.readText() !== text) {
      this.showNotice({ title: t("rewriteNotAppliedTitle"), lines: [t("rewriteDraftChanged")], copyText: rewrite.text });
      publishRewrite(this.overlay.host, "changed");
      return;
    }
    const outcome = this.replaceReply(rewrite.text);
    if (outcome === "applied") {
      this.showNotice(appliedNotice(rewrite));
    } else {
      this.showNotice({ title: t("rewriteNotAppliedTitle"), lines: [t("rewriteFieldRefused")], copyText: rewrite.text });
    }
    publishRewrite(this.overlay.host, outcome);
  }

  private showNotice(notice: TooltipNotice): void {
    this.context.tooltip.showNotice(this, notice, this.noticeAnchor(), themeOf(this.editor.element));
  }
  /**
   * Returns the rectangle a notice is placed next to: the reply box and the badge under it, so that a
   * notice shown below the box leaves the finding count and the byte count in sight.
   */
  private noticeAnchor(): DOMRect {
    const box = this.editor.element.getBoundingClientRect();
    const badge = this.badge.bounds();
    if (badge.width === 0 && badge.height === 0) {
      return box;
    }
    const left = Math.min(box.left, badge.left);
    const top = Math.min(box.top, badge.top);
    return new DOMRect(left, top, Math.max(box.right, badge.right) - left, Math.max(box.bottom, badge.bottom) - top);
  }


  /** Checks the reply at once, as after the user's last keystroke. */
  checkNow(): void {
    window.clearTimeout(this.timer);
    void this.run();
  }

  destroy(): void {
    if (this.abort.signal.aborted) {
      return;
    }
    this.abort.abort();
    window.clearTimeout(this.timer);
    reportFindingCount(this, null);
    if (this.context.tooltip.current !== null && this.findings.includes(this.context.tooltip.current)) {
      this.context.tooltip.hide();
    }
    this.context.tooltip.hideNoticeOf(this);
    this.renderer.destroy();
    this.overlay.destroy();
  }

  private listen(signal: AbortSignal): void {
    const element = this.editor.element;
    const view = element.ownerDocument.defaultView ?? window;
    const reposition = (): void => this.reposition();

    element.addEventListener("input", () => this.onInput(), { signal });
    view.addEventListener("scroll", reposition, { capture: true, passive: true, signal });
    view.addEventListener("resize", reposition, { passive: true, signal });
    view.visualViewport?.addEventListener("resize", reposition, { passive: true, signal });
    const resizeObserver = new ResizeObserver(reposition);
    resizeObserver.observe(element);
    signal.addEventListener("abort", () => resizeObserver.disconnect(), { once: true });

    element.addEventListener("mousemove", (event) => this.onPointer(event.clientX, event.clientY), { passive: true, signal });
    element.addEventListener("mouseleave", () => this.hideOwnTooltipSoon(), { passive: true, signal });
    element.addEventListener("keyup", (event) => {
      if (CARET_KEYS.has(event.key)) {
        this.onCaret();
      }
    }, { signal });
    element.addEventListener("keydown", (event) => this.onKeyDown(event), { signal });
    element.addEventListener("blur", () => this.hideOwnTooltipSoon(), { signal });
    this.followMoves(signal);
  }

  /**
   * Repositions the drawing when the box moves without a scroll or resize event, as when the page inserts
   * content above it. The position is compared every frame while the box is focused, and every
   * MOVE_POLL_MS otherwise.
   */
  private followMoves(signal: AbortSignal): void {
    const element = this.editor.element;
    const view = element.ownerDocument.defaultView ?? window;
    let last = "";
    const check = (): void => {
      const rect = element.getBoundingClientRect();
      const position = `${rect.left},${rect.top},${rect.width},${rect.height}`;
      if (position !== last) {
        last = position;
        this.renderer.reposition();
      }
    };

    const interval = view.setInterval(check, MOVE_POLL_MS);
    let frame = 0;
    const loop = (): void => {
      check();
      frame = view.requestAnimationFrame(loop);
    };
    element.addEventListener("focus", () => {
      view.cancelAnimationFrame(frame);
      frame = view.requestAnimationFrame(loop);
    }, { signal });
    element.addEventListener("blur", () => view.cancelAnimationFrame(frame), { signal });
    if (element.ownerDocument.activeElement === element) {
      frame = view.requestAnimationFrame(loop);
    }
    signal.addEventListener("abort", () => {
      view.clearInterval(interval);
      view.cancelAnimationFrame(frame);
    }, { once: true });
  }

  /** Moves the drawn findings along with the edit at once, then schedules a check of the new text. */
  private onInput(): void {
    this.hideOwnTooltipSoon();
    this.context.tooltip.hideNoticeOf(this);
    const text = this.editor.readText();
    if (this.drawnText !== null && text !== this.drawnText) {
      this.findings = shiftFindings(this.findings, this.drawnText, text);
      this.draw(text);
    }
    this.schedule();
  }

  private schedule(): void {
    this.hideOwnTooltipSoon();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  private async run(): Promise<void> {
    const generation = ++this.generation;
    let client: CheckerClient;
    try {
      // Resolves once the settings are loaded too, so the request below uses them.
      client = await this.context.checker;
    } catch (error) {
      if (!this.abort.signal.aborted) {
        this.reportError(error);
      }
      return;
    }

    const text = this.editor.readText();
    const settings = this.context.settings();
    const reviewContext = this.readContext();
    const request = this.requestFor(text, settings, reviewContext);

    let findings: Finding[];
    let truncated: boolean;
    try {
      const report = await client.check(request);
      findings = report.findings;
      truncated = report.truncated;
    } catch (error) {
      if (!this.abort.signal.aborted) {
        this.reportError(error);
      }
      return;
    }

    // A newer check started, or the text changed while this one ran, so this result is stale.
    if (this.abort.signal.aborted || generation !== this.generation || this.editor.readText() !== text) {
      return;
    }
    this.findings = findings.filter((finding) => !this.ignored.has(ignoreKey(finding)));
    this.truncated = truncated;
    this.draw(text);
    publishChecked(this.overlay.host, ++this.checkedCount, text.length, client.path, reviewContext, this.findings);
    reportFindingCount(this, this.findings.length);
    if (settings.debug) {
      console.debug(`Discret: ${this.findings.length} finding(s) through the ${client.path} checker`);
    }
  }

  private requestFor(text: string, settings: Settings, reviewContext = this.readContext()): CheckRequest {
    return {
      reply: text,
      review: reviewContext.review,
      reviewer: reviewContext.reviewer,
      lang: settings.lang,
      strictness: settings.strictness,
      locale: uiLocale(),
      practice: settings.practice,
    };
  }

  /**
   * Publishes a failed check and logs the first failure of this box. Only the error's name is logged,
   * because a checker message may quote the request, which contains the reply.
   */
  private reportError(error: unknown): void {
    // The extension was updated, reloaded or removed: this content script is orphaned, so its drawings go.
    if (chrome.runtime?.id === undefined) {
      this.destroy();
      return;
    }
    publishError(this.overlay.host, error);
    if (!this.errorLogged) {
      this.errorLogged = true;
      console.warn(`Discret: checking the reply failed (${error instanceof Error ? error.name : typeof error}); later failures of this box are not logged`);
    }
  }

  private draw(text: string): void {
    const element = this.editor.element;
    this.drawnText = text;
    this.overlay.reposition();
    this.renderer.render(this.findings);
    this.badge.update(text, this.findings, this.truncated, themeOf(element), getComputedStyle(element).direction === "rtl");
  }

  private reposition(): void {
    this.renderer.reposition();
    this.hideOwnTooltipSoon();
  }

  private onPointer(x: number, y: number): void {
    const index = findingAtPoint(this.renderer, this.findings.length, x, y);
    if (index === null) {
      this.hideOwnTooltipSoon();
    } else {
      this.showTooltip(index);
    }
  }

  private onCaret(): void {
    const caret = this.caretOffset();
    if (caret === null) {
      return;
    }
    const index = this.findings.findIndex((finding) => finding.start <= caret && caret <= finding.end);
    if (index >= 0) {
      this.showTooltip(index);
    }
  }

  /** Escape closes the tooltip and Alt+Enter applies its fix, so the tooltip works without a pointer. */
  private onKeyDown(event: KeyboardEvent): void {
    const tooltip = this.context.tooltip;
    if (event.key === "Escape" && tooltip.hideNoticeOf(this)) {
      event.preventDefault();
      return;
    }
    if (tooltip.current === null || !this.findings.includes(tooltip.current)) {
      return;
    }
    if (event.key === "Escape") {
      tooltip.hide();
      event.preventDefault();
    } else if (event.key === "Enter" && event.altKey && tooltip.applyFix()) {
      event.preventDefault();
    }
  }

  private caretOffset(): number | null {
    const element = this.editor.element;
    if (element instanceof HTMLTextAreaElement) {
      return element.selectionStart === element.selectionEnd ? element.selectionStart : null;
    }
    const selection = element.ownerDocument.getSelection();
    if (selection === null || !selection.isCollapsed || selection.focusNode === null || !element.contains(selection.focusNode)) {
      return null;
    }
    return new TextModel(element).offsetOf(selection.focusNode, selection.focusOffset);
  }

  private showTooltip(index: number): void {
    const finding = this.findings[index];
    const tooltip = this.context.tooltip;
    if (tooltip.current === finding) {
      tooltip.cancelHide();
      return;
    }
    const rects = this.renderer.rectsOf(index);
    if (rects.length === 0) {
      return;
    }
    const fix = finding.fix;
    tooltip.show(finding, rects[0], themeOf(this.editor.element), {
      fix: fix === null || fix === undefined ? undefined : () => this.applyFix(finding, fix),
      ignore: () => this.ignore(finding),
      rewrite: () => void this.rewriteReply(),
    });
  }

  private hideOwnTooltipSoon(): void {
    const current = this.context.tooltip.current;
    if (current !== null && this.findings.includes(current)) {
      this.context.tooltip.hideSoon();
    }
  }

  /**
   * Applies a finding's fix. When the field does not take it, the draft is left as it was and the corrected
   * reply is offered to copy.
   */
  private applyFix(finding: Finding, replacement: string): void {
    const before = this.editor.readText();
    const { start, end } = replacement === "" ? widenDeletion(before, finding.start, finding.end) : finding;
    if (this.editOrRestore(start, end, replacement)) {
      return;
    }
    const corrected = before.slice(0, start) + replacement + before.slice(end);
    this.showNotice({ title: t("fixNotAppliedTitle"), lines: [t("fixFieldRefused")], copyText: corrected, copyLabel: t("fixCopyLabel") });
  }

  private ignore(finding: Finding): void {
    this.ignored.add(ignoreKey(finding));
    this.checkNow();
  }
}

/** Builds the notice shown after a rewrite: what was removed and why, or that a standard reply replaced it. */
function appliedNotice(rewrite: Rewrite): TooltipNotice {
  const lines: string[] = [];
  if (rewrite.composed) {
    lines.push(t("rewriteComposed"));
  }
  if (rewrite.removed.length === 0 && !rewrite.composed) {
    lines.push(t("rewriteNothingRemoved"));
  }
  return {
    title: t("rewriteAppliedTitle"),
    lines,
    removed: rewrite.removed,
    hint: t("rewriteUndoHint"),
  };
}

function ignoreKey(finding: Finding): string {
  return `${finding.rule}\u0000${finding.text}`;
}
