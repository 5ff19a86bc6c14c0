// Underlines for a <textarea>: a mirror with the same text layout, drawn over it with transparent text.
// The Custom Highlight API cannot reach the text inside form controls, so the mirror is needed.

import type { Finding, Severity } from "../../shared/checker-types";
import type { OverlayHost } from "../overlay-host";
import type { FindingRenderer } from "./renderer";
import { maxSeverity, SEVERITIES, themeOf, underlineDeclarations } from "./theme";

/** Computed properties that decide where each character of a textarea is laid out. */
const LAYOUT_PROPERTIES = [
  "direction",
  "unicode-bidi",
  "writing-mode",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
  "border-top-width",
  "border-right-width",
  "border-bottom-width",
  "border-left-width",
  "font-family",
  "font-size",
  "font-style",
  "font-variant",
  "font-weight",
  "font-stretch",
  "font-size-adjust",
  "font-kerning",
  "font-feature-settings",
  "font-variation-settings",
  "font-optical-sizing",
  "line-height",
  "letter-spacing",
  "word-spacing",
  "text-align",
  "text-align-last",
  "text-indent",
  "text-transform",
  "text-rendering",
  "tab-size",
  "white-space",
  "word-break",
  "overflow-wrap",
  "line-break",
  "hyphens",
  "zoom",
];

/** Zero-width space after the text, so that a trailing line break still opens a line as in the textarea. */
const LINE_END_GUARD = "\u200b";

/**
 * Characters of a long reply copied into the mirror after the last finding. Text further on cannot move a
 * finding: it starts at least this many characters later, which is many lines later in any wrapping textarea.
 * The rest is left out because laying out a pasted megabyte twice (textarea and mirror) freezes the page.
 */
export const MIRROR_TAIL_CHARS = 4096;

export class TextareaMirror implements FindingRenderer {
  private readonly mirror: HTMLDivElement;
  /** The spans of each finding of the last render, by finding index. */
  private spansOfFinding: HTMLSpanElement[][] = [];
  /** Block after a shortened copy of the text, so that the mirror scrolls as far as the textarea does. */
  private spacer: HTMLDivElement | null = null;

  constructor(private readonly textarea: HTMLTextAreaElement, private readonly overlay: OverlayHost) {
    this.mirror = textarea.ownerDocument.createElement("div");
    this.mirror.className = "mirror";
    this.mirror.setAttribute("aria-hidden", "true");
    overlay.addStyle(mirrorStyles());
    overlay.frame.append(this.mirror);
  }

  render(findings: readonly Finding[]): void {
    const text = this.textarea.value;
    this.mirror.dataset.theme = themeOf(this.textarea);
    this.copyLayout();

    const end = mirroredLength(text, findings);
    const fragment = this.textarea.ownerDocument.createDocumentFragment();
    this.spansOfFinding = findings.map(() => []);
    for (const segment of segmentsOf(text.slice(0, end), findings)) {
      const content = text.slice(segment.start, segment.end);
      if (segment.findings.length === 0) {
        fragment.append(content);
        continue;
      }
      const span = this.textarea.ownerDocument.createElement("span");
      span.className = `finding ${segment.severity}`;
      span.dataset.findings = segment.findings.join(" ");
      span.textContent = content;
      fragment.append(span);
      for (const index of segment.findings) {
        this.spansOfFinding[index].push(span);
      }
    }
    fragment.append(LINE_END_GUARD);
    this.spacer = null;
    if (end < text.length) {
      this.spacer = this.textarea.ownerDocument.createElement("div");
      this.spacer.className = "spacer";
      fragment.append(this.spacer);
    }
    this.mirror.replaceChildren(fragment);
    this.syncScroll();
  }

  rectsOf(index: number): DOMRect[] {
    return (this.spansOfFinding[index] ?? []).flatMap((span) => [...span.getClientRects()]);
  }

  reposition(): void {
    this.overlay.reposition();
    this.copyLayout();
    this.syncScroll();
  }

  destroy(): void {
    this.mirror.remove();
  }

  /** Copies the textarea's text layout, reserving the room its scrollbars take so that lines wrap alike. */
  private copyLayout(): void {
    const computed = getComputedStyle(this.textarea);
    const style = this.mirror.style;
    for (const property of LAYOUT_PROPERTIES) {
      style.setProperty(property, computed.getPropertyValue(property));
    }

    const borderX = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const borderY = parseFloat(computed.borderTopWidth) + parseFloat(computed.borderBottomWidth);
    const scrollbarX = Math.max(0, this.textarea.offsetWidth - this.textarea.clientWidth - borderX);
    const scrollbarY = Math.max(0, this.textarea.offsetHeight - this.textarea.clientHeight - borderY);
    // Chromium puts the vertical scrollbar of a right-to-left textarea on the left.
    const scrollbarSide = computed.direction === "rtl" ? "left" : "right";
    style.setProperty(`border-${scrollbarSide}-width`, `${parseFloat(computed.getPropertyValue(`border-${scrollbarSide}-width`)) + scrollbarX}px`);
    style.borderBottomWidth = `${parseFloat(computed.borderBottomWidth) + scrollbarY}px`;
  }

  private syncScroll(): void {
    if (this.spacer !== null) {
      this.spacer.style.height = `${this.textarea.scrollHeight}px`;
    }
    this.mirror.scrollTop = this.textarea.scrollTop;
    this.mirror.scrollLeft = this.textarea.scrollLeft;
  }
}

function mirrorStyles(): string {
  const severityRules = (["light", "dark"] as const).flatMap((theme) =>
    SEVERITIES.map((severity) => `.mirror[data-theme=${theme}] .finding.${severity} { ${underlineDeclarations(theme, severity)}; }`),
  );
  return `
    .mirror {
      position: absolute; inset: 0; box-sizing: border-box; margin: 0;
      border-style: solid; border-color: transparent; overflow: hidden;
      color: transparent; background: transparent; pointer-events: none;
      white-space: pre-wrap; overflow-wrap: break-word;
    }
    .finding { border-radius: 2px; }
    ${severityRules.join("\n")}
  `;
}

/**
 * Returns how much of `text` the mirror copies: all of it, or for a long text, up to the first line break
 * after the last finding and at most MIRROR_TAIL_CHARS characters past it. Text after a line break cannot
 * change the layout of the lines before it. The cut never splits a surrogate pair.
 * NOTE: in a textarea that does not wrap (wrap="off") and centres its text, a cut on the line of the last
 * finding moves that line's underlines.
 */
export function mirroredLength(text: string, findings: readonly Finding[]): number {
  const lastEnd = findings.reduce((end, finding) => Math.max(end, finding.end), 0);
  if (text.length - lastEnd <= MIRROR_TAIL_CHARS) {
    return text.length;
  }
  const lineBreak = text.indexOf("\n", lastEnd);
  let end = lineBreak === -1 ? lastEnd + MIRROR_TAIL_CHARS : Math.min(lineBreak, lastEnd + MIRROR_TAIL_CHARS);
  const code = text.charCodeAt(end);
  if (code >= 0xdc00 && code <= 0xdfff) {
    end++;
  }
  return end;
}

/** A piece of text between two finding boundaries, with the findings that cover it. */
interface Segment {
  start: number;
  end: number;
  findings: number[];
  severity: Severity;
}

/**
 * Cuts the text at every finding boundary, so that overlapping findings share the pieces they cover. One
 * sweep over the boundaries in order, so that thousands of findings in a long paste stay cheap.
 */
export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const bounds = new Set<number>([0, text.length]);
  for (const finding of findings) {
    bounds.add(Math.min(finding.start, text.length));
    bounds.add(Math.min(finding.end, text.length));
  }
  const points = [...bounds].sort((a, b) => a - b);
  const byStart = findings.map((_, index) => index).sort((a, b) => findings[a].start - findings[b].start);

  const segments: Segment[] = [];
  let next = 0;
  let open: number[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (next < byStart.length && findings[byStart[next]].start <= start) {
      open.push(byStart[next]);
      next++;
    }
    // A finding that ends after `start` ends at a boundary, so at `end` or later: it covers the whole piece.
    open = open.filter((index) => findings[index].end > start);
    const covering = [...open].sort((a, b) => a - b);
    const severity = covering.reduce<Severity>((highest, index) => maxSeverity(highest, findings[index].severity), "info");
    segments.push({ start, end, findings: covering, severity });
  }
  return segments;
}
