// Severity colours and underline styles, for light and dark pages.

import type { Severity } from "../../shared/checker-types";

export type Theme = "light" | "dark";

interface SeverityStyle {
  line: string;
  tint: string;
  /** Line style, so that severity does not rest on colour alone. */
  style: "solid" | "dashed" | "dotted";
}

const STYLES: Record<Theme, Record<Severity, SeverityStyle>> = {
  light: {
    error: { line: "#c5221f", tint: "rgba(217, 48, 37, 0.16)", style: "solid" },
    warning: { line: "#b06000", tint: "rgba(227, 116, 0, 0.16)", style: "dashed" },
    info: { line: "#1967d2", tint: "rgba(26, 115, 232, 0.12)", style: "dotted" },
  },
  dark: {
    error: { line: "#ff7b72", tint: "rgba(255, 123, 114, 0.24)", style: "solid" },
    warning: { line: "#ffb74d", tint: "rgba(255, 183, 77, 0.22)", style: "dashed" },
    info: { line: "#8ab4f8", tint: "rgba(138, 180, 248, 0.2)", style: "dotted" },
  },
};

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Returns the more serious of two severities. */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** Underline thickness: thicker than a spellchecker's wavy line, so the two are not confused. */
const LINE_THICKNESS = "3px";

/** CSS declarations that draw one severity's underline and tint, valid in both rules and ::highlight(). */
export function underlineDeclarations(theme: Theme, severity: Severity): string {
  const style = STYLES[theme][severity];
  return [
    `background-color: ${style.tint}`,
    `text-decoration-line: underline`,
    `text-decoration-style: ${style.style}`,
    `text-decoration-color: ${style.line}`,
    `text-decoration-thickness: ${LINE_THICKNESS}`,
    `text-decoration-skip-ink: none`,
    `text-underline-offset: 2px`,
  ].join("; ");
}

/** Returns the colour of a severity's line, for the tooltip and badge. */
export function severityColour(theme: Theme, severity: Severity): string {
  return STYLES[theme][severity].line;
}

/** Returns "dark" when the element's text is light, which means its background is dark. */
export function themeOf(element: Element): Theme {
  const match = getComputedStyle(element).color.match(/[\d.]+/g);
  if (match === null || match.length < 3) {
    return "light";
  }
  const [red, green, blue] = match.slice(0, 3).map(Number);
  const luminance = (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
  return luminance > 0.6 ? "dark" : "light";
}
