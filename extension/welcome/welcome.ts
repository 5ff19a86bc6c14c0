// The welcome page, opened once after install and from the popup's « Guide » link. It shows what Discret
// checks, a before/after example that the real checker produces in this page, the strictness levels, the
// practice's details and the privacy promise. Where the browser has not granted site access, it requests it.

import { loadEngine } from "../checker/engine";
import type { CheckRequest, Finding } from "../shared/checker-types";
import { applyUiLocale, t, uiLocale } from "../shared/i18n";
import { loadSettings } from "../shared/settings";
import { localisePage } from "../pages/localise";

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Returns the example's request in the interface language, with a fictitious practice that the rewrite signs. */
function exampleRequest(): CheckRequest {
  return {
    reply: t("welcomeExampleReply"),
    review: t("welcomeExampleReview"),
    reviewer: t("welcomeExampleReviewer"),
    lang: uiLocale(),
    strictness: "standard",
    locale: uiLocale(),
    practice: { profession: "dentiste", name: t("welcomeExamplePractice"), city: t("welcomeExampleCity") },
  };
}

/**
 * Returns the parts of `text` covered by at least one finding, merged where findings overlap, as [start, end)
 * pairs in UTF-16 code units with the highest severity among the findings that cover each part.
 */
function markedSpans(findings: readonly Finding[]): { start: number; end: number; severity: Finding["severity"] }[] {
  const rank = { info: 0, warning: 1, error: 2 } as const;
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: { start: number; end: number; severity: Finding["severity"] }[] = [];
  for (const finding of sorted) {
    const last = spans.at(-1);
    if (last !== undefined && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end);
      if (rank[finding.severity] > rank[last.severity]) {
        last.severity = finding.severity;
      }
    } else {
      spans.push({ start: finding.start, end: finding.end, severity: finding.severity });
    }
  }
  return spans;
}

/** Fills `target` with `text`, each marked span wrapped in a <mark>, as text nodes only. */
function renderMarkedText(target: HTMLElement, text: string, findings: readonly Finding[]): void {
  const nodes: Node[] = [];
  let position = 0;
  for (const span of markedSpans(findings)) {
    nodes.push(document.createTextNode(text.slice(position, span.start)));
    const mark = document.createElement("mark");
    mark.className = `finding severity-${span.severity}`;
    mark.textContent = text.slice(span.start, span.end);
    nodes.push(mark);
    position = span.end;
  }
  nodes.push(document.createTextNode(text.slice(position)));
  target.replaceChildren(...nodes);
}

/** Lists each finding's message once, in the order of the reply. */
function renderFindingList(findings: readonly Finding[]): void {
  const messages = [...new Set([...findings].sort((a, b) => a.start - b.start).map((finding) => finding.message))];
  element<HTMLUListElement>("example-findings").replaceChildren(
    ...messages.map((message) => {
      const item = document.createElement("li");
      item.textContent = message;
      return item;
    }),
  );
  element<HTMLElement>("example-findings-label").textContent = t("welcomeExampleFindings", String(findings.length));
}

/** Checks and rewrites the example with the checker, in this page, and shows both versions. */
async function showExample(): Promise<void> {
  const section = element<HTMLElement>("example");
  const status = element<HTMLElement>("example-status");
  const request = exampleRequest();
  element<HTMLElement>("example-review").textContent = request.review ?? "";
  try {
    const engine = await loadEngine();
    const report = engine.check(request);
    const rewrite = engine.rewrite(request, "warm");
    renderMarkedText(element<HTMLElement>("example-before"), request.reply, report.findings);
    renderFindingList(report.findings);
    element<HTMLElement>("example-after").textContent = rewrite.text;
    status.textContent = t("welcomeExampleNote");
    section.dataset.findings = String(report.findings.length);
    section.dataset.state = "ready";
  } catch (error) {
    element<HTMLElement>("example-before").textContent = request.reply;
    status.textContent = t("welcomeExampleError");
    section.dataset.state = "error";
    console.warn(`Discret: the welcome page's example failed (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Shows the site access section when the browser has not granted every host permission of the manifest
 * (Firefox asks the user; Chrome and Edge grant them at install unless the user restricted them). It stays
 * visible after a grant, with the new status.
 */
async function setupAccess(): Promise<void> {
  const origins = chrome.runtime.getManifest().host_permissions ?? [];
  const section = element<HTMLElement>("access");
  const button = element<HTMLButtonElement>("grant");
  const status = element<HTMLElement>("access-status");

  const showStatus = async (): Promise<boolean> => {
    const granted = await chrome.permissions.contains({ origins });
    status.textContent = t(granted ? "permissionsGranted" : "permissionsMissing");
    status.dataset.granted = String(granted);
    button.hidden = granted;
    return granted;
  };

  element<HTMLUListElement>("origins").replaceChildren(
    ...origins.map((origin: string) => {
      const item = document.createElement("li");
      const code = document.createElement("code");
      code.textContent = origin;
      item.append(code);
      return item;
    }),
  );
  // permissions.request must run in the click's handler, before any await, or the browser rejects it.
  button.addEventListener("click", () => {
    void chrome.permissions
      .request({ origins })
      .catch((error: unknown) => console.warn(`Discret: the permission request failed (${error instanceof Error ? error.message : String(error)})`))
      .then(() => showStatus());
  });
  section.hidden = await showStatus();
}

async function start(): Promise<void> {
  try {
    applyUiLocale((await loadSettings()).uiLocale);
  } catch {
    // Unreadable settings: the page follows the browser's language.
  }
  localisePage();
  element<HTMLButtonElement>("open-options").addEventListener("click", () => void chrome.runtime.openOptionsPage());
  await Promise.all([setupAccess(), showExample()]);
  document.body.dataset.ready = "true";
}

void start();
