// Underlines for contenteditable editors through the CSS Custom Highlight API, which styles ranges of the
// page's text without touching the editor's DOM.

import type { Finding, Severity } from "../../shared/checker-types";
import { TextModel } from "../editor";
import { adoptStyles } from "../overlay-host";
import type { OverlayHost } from "../overlay-host";
import type { FindingRenderer } from "./renderer";
import { SEVERITIES, themeOf, underlineDeclarations } from "./theme";
import type { Theme } from "./theme";

/** Documents that already have the highlight styles. */
const styledDocuments = new WeakSet<Document>();

function highlightName(theme: Theme, severity: Severity): string {
  return `discret-${severity}-${theme}`;
}

/** Returns the page's highlight for one theme and severity, registering it and its style on first use. */
function sharedHighlight(document: Document, theme: Theme, severity: Severity): Highlight {
  const name = highlightName(theme, severity);
  let highlight = CSS.highlights.get(name);
  if (highlight === undefined) {
    highlight = new Highlight();
    CSS.highlights.set(name, highlight);
  }

  if (!styledDocuments.has(document)) {
    styledDocuments.add(document);
    adoptStyles(
      document,
      (["light", "dark"] as const)
        .flatMap((each) => SEVERITIES.map((level) => `::highlight(${highlightName(each, level)}) { ${underlineDeclarations(each, level)}; }`))
        .join("\n"),
    );
  }
  return highlight;
}

export class EditableHighlights implements FindingRenderer {
  private ranges: { range: Range; highlight: Highlight }[] = [];
  private findingRanges: Range[][] = [];

  constructor(private readonly element: HTMLElement, private readonly overlay: OverlayHost) {}

  render(findings: readonly Finding[]): void {
    this.clear();
    const model = new TextModel(this.element);
    const theme = themeOf(this.element);

    this.findingRanges = findings.map((finding) => {
      const range = model.range(finding.start, finding.end);
      if (range === null) {
        return [];
      }
      const highlight = sharedHighlight(this.element.ownerDocument, theme, finding.severity);
      highlight.add(range);
      this.ranges.push({ range, highlight });
      return [range];
    });
    this.overlay.reposition();
  }

  rectsOf(index: number): DOMRect[] {
    return (this.findingRanges[index] ?? []).flatMap((range) => [...range.getClientRects()]);
  }

  reposition(): void {
    this.overlay.reposition();
  }

  destroy(): void {
    this.clear();
  }

  private clear(): void {
    for (const { range, highlight } of this.ranges) {
      highlight.delete(range);
    }
    this.ranges = [];
    this.findingRanges = [];
  }
}
