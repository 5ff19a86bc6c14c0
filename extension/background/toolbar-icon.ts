// The toolbar button's icon and title in each tab. "findings" shows when a checked reply box in the tab has
// findings, and "active" where Discret checks the page. "off" shows elsewhere: on a page outside the
// supported sites, a site or host turned off in the settings, or a site the browser gives no access to.

import { t } from "../shared/i18n";
import type { FindingCountMessage } from "../shared/messages";
import { isCheckingEnabled, loadSettings } from "../shared/settings";
import type { Settings } from "../shared/settings";
import { siteOf } from "../shared/sites";

export type ToolbarState = "active" | "findings" | "off";

const ICON_PATHS: Record<ToolbarState, Record<string, string>> = {
  active: { 16: "icons/toolbar-active-16.png", 32: "icons/toolbar-active-32.png" },
  findings: { 16: "icons/toolbar-findings-16.png", 32: "icons/toolbar-findings-32.png" },
  off: { 16: "icons/toolbar-off-16.png", 32: "icons/toolbar-off-32.png" },
};

/** The last report of one frame's content script: its findings in total, and its boxes being checked. */
interface FrameReport {
  count: number;
  boxes: number;
}

/**
 * Reports per tab, then per frame id.
 * NOTE: kept in memory only, so after Chrome stops the service worker the icon keeps its last state until
 * the next check in the tab reports again.
 */
const reportsByTab = new Map<number, Map<number, FrameReport>>();

function parseUrl(url: string | undefined): URL | null {
  try {
    return url === undefined ? null : new URL(url);
  } catch {
    return null;
  }
}

/**
 * Returns the state of a tab. `url` is undefined when the browser does not let the extension read the
 * tab's address, which means Discret has no access to the page.
 */
export function toolbarState(url: string | undefined, settings: Settings, reports: Iterable<FrameReport>): ToolbarState {
  const parsed = parseUrl(url);
  if (parsed !== null && (parsed.protocol === "https:" || parsed.protocol === "http:") && !isCheckingEnabled(settings, parsed)) {
    return "off";
  }
  let boxes = 0;
  for (const report of reports) {
    if (report.count > 0) {
      return "findings";
    }
    boxes += report.boxes;
  }
  // A page outside the supported sites is checked only when the user asked for it, through the context menu.
  return boxes > 0 || (parsed !== null && siteOf(parsed) !== null) ? "active" : "off";
}

function titleOf(state: ToolbarState, findings: number): string {
  switch (state) {
    case "active":
      return t("toolbarTitleActive");
    case "findings":
      return t(findings === 1 ? "toolbarTitleOneFinding" : "toolbarTitleFindings", String(findings));
    case "off":
      return t("toolbarTitleOff");
  }
}

async function showState(tabId: number, url: string | undefined, settings: Settings): Promise<void> {
  const reports = [...(reportsByTab.get(tabId)?.values() ?? [])];
  const state = toolbarState(url, settings, reports);
  const findings = reports.reduce((sum, report) => sum + report.count, 0);
  try {
    await chrome.action.setIcon({ tabId, path: ICON_PATHS[state] });
    await chrome.action.setTitle({ tabId, title: titleOf(state, findings) });
  } catch {
    // The tab was closed in the meantime.
  }
}

async function refreshTab(tabId: number, url: string | undefined): Promise<void> {
  await showState(tabId, url, await loadSettings());
}

/** Shows the state of every open tab again, after the settings or the granted permissions changed. */
export async function refreshAllTabs(): Promise<void> {
  const settings = await loadSettings();
  const tabs = await chrome.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : showState(tab.id, tab.url, settings))));
}

function isFindingCountMessage(message: unknown): message is FindingCountMessage {
  if (typeof message !== "object" || message === null) {
    return false;
  }
  const { type, count, boxes } = message as Partial<FindingCountMessage>;
  return type === "discret:finding-count" && Number.isSafeInteger(count) && Number.isSafeInteger(boxes);
}

export function registerToolbarIcon(): void {
  chrome.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isFindingCountMessage(message) || tabId === undefined) {
      return false;
    }
    let reports = reportsByTab.get(tabId);
    if (reports === undefined) {
      reports = new Map();
      reportsByTab.set(tabId, reports);
    }
    reports.set(sender.frameId ?? 0, { count: message.count, boxes: message.boxes });
    void refreshTab(tabId, sender.tab?.url);
    return false;
  });

  chrome.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // A new document is loading in the tab: the old document's boxes are gone.
    if (changeInfo.status === "loading") {
      reportsByTab.delete(tabId);
    }
    if (changeInfo.status !== undefined || changeInfo.url !== undefined) {
      void refreshTab(tabId, tab.url);
    }
  });
  chrome.tabs.onRemoved.addListener((tabId) => reportsByTab.delete(tabId));
  chrome.permissions.onAdded.addListener(() => void refreshAllTabs());
  chrome.permissions.onRemoved.addListener(() => void refreshAllTabs());
}
