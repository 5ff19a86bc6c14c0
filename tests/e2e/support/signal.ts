// Reading the content script's "checked" signal: attributes on the <discret-overlay> host of a box.

import type { Frame, Page } from "@playwright/test";

export interface SignalFinding {
  start: number;
  end: number;
  severity: "error" | "warning" | "info";
  category: string;
  rule: string;
  message: string;
  fix: string | null;
}

export interface CheckedState {
  count: number;
  checker: string;
  site: string;
  /** Parts of the review context the site adapter found: "review", "reviewer". */
  context: string[];
  findings: SignalFinding[];
}

/**
 * Waits until the box matched by `selector` has been checked with its current text, and returns the
 * findings drawn for it. The host's data-discret-length is the length of the text the check saw. `timeout`
 * is in milliseconds, and 0 waits for as long as the test runs.
 */
export async function waitForChecked(target: Page | Frame, selector: string, after = 0, timeout = 0): Promise<CheckedState> {
  const handle = await target.waitForFunction(
    ({ selector, after }) => {
      const editor = document.querySelector(selector);
      if (editor === null) {
        return null;
      }
      const text = editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? "");
      const host = document.querySelector<HTMLElement>("discret-overlay");
      if (host === null) {
        return null;
      }
      if (host.dataset.discretError !== undefined) {
        throw new Error(`check failed: ${host.dataset.discretError}`);
      }
      const count = Number(host.dataset.discretChecked ?? "0");
      if (count <= after || Number(host.dataset.discretLength) !== text.length) {
        return null;
      }
      return {
        count,
        checker: host.dataset.discretChecker ?? "",
        site: host.dataset.discretSite ?? "",
        context: (host.dataset.discretContext ?? "").split(" ").filter(Boolean),
        findings: JSON.parse(host.dataset.discretFindings ?? "[]"),
      };
    },
    { selector, after },
    { polling: 50, timeout },
  );
  return (await handle.jsonValue()) as CheckedState;
}
