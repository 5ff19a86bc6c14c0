// The explicit "checked" signal: attributes on the overlay host that tests and tools wait on, instead of
// guessing with sleeps. They carry the findings' spans and messages, never the reply's text.

import type { CheckerPath } from "../checker/client";
import type { Finding } from "../shared/checker-types";
import type { ReviewContext } from "./sites/adapter";

/**
 * Publishes one drawn check. data-discret-checked is the number of checks drawn so far, and
 * data-discret-length is the length of the text the last one checked, in UTF-16 code units.
 * data-discret-context lists the parts of the review context found, and data-discret-findings the findings.
 */
export function publishChecked(
  host: HTMLElement,
  count: number,
  textLength: number,
  path: CheckerPath,
  context: ReviewContext,
  findings: readonly Finding[],
): void {
  const summary = findings.map(({ start, end, severity, category, rule, message, fix }) => ({ start, end, severity, category, rule, message, fix: fix ?? null }));
  host.dataset.discretChecker = path;
  host.dataset.discretLength = String(textLength);
  // Which parts of the review context the site adapter found, never their text.
  host.dataset.discretContext = [context.review !== null ? "review" : "", context.reviewer !== null ? "reviewer" : ""].filter(Boolean).join(" ");
  host.dataset.discretFindings = JSON.stringify(summary);
  host.removeAttribute("data-discret-error");
  host.dataset.discretChecked = String(count);
}

/** Sets data-discret-error to why the last check failed. */
export function publishError(host: HTMLElement, error: unknown): void {
  host.dataset.discretError = error instanceof Error ? error.message : String(error);
}

/**
 * Publishes the outcome of the last rewrite of the box as data-discret-rewrite ("applied", "failed",
 * "changed" or "error"), and the number of rewrites so far as data-discret-rewrites.
 */
export function publishRewrite(host: HTMLElement, outcome: string): void {
  host.dataset.discretRewrite = outcome;
  host.dataset.discretRewrites = String(Number(host.dataset.discretRewrites ?? "0") + 1);
}
