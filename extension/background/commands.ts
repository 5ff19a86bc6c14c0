// The keyboard command "rewrite-reply" (Alt+Shift+R unless the user changed it in the browser's shortcut
// settings): rewrites the reply in the focused field of the active tab.

import type { RewriteFocusedFieldMessage } from "../shared/messages";

/** Name of the command in manifest.json. */
export const REWRITE_COMMAND = "rewrite-reply";

export function registerRewriteCommand(): void {
  chrome.commands.onCommand.addListener((command, tab) => {
    if (command !== REWRITE_COMMAND) {
      return;
    }
    activeTabId(tab)
      .then((tabId) => (tabId === null ? undefined : rewriteInTab(tabId)))
      .catch((error: unknown) => {
        // Browser pages such as the extensions page take no content script.
        console.warn(`Discret: the rewrite shortcut could not reach the page (${error instanceof Error ? error.message : String(error)})`);
      });
  });
}

async function activeTabId(tab: chrome.tabs.Tab | undefined): Promise<number | null> {
  if (tab?.id !== undefined) {
    return tab.id;
  }
  const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/**
 * Asks the tab's content scripts to rewrite the focused reply; the frame that has the focus does it. A page
 * outside the supported sites has no content script, so it is injected into the top frame first, which the
 * activeTab permission that the shortcut grants allows.
 */
async function rewriteInTab(tabId: number): Promise<void> {
  const message: RewriteFocusedFieldMessage = { type: "discret:rewrite-focused-field" };
  try {
    await chrome.tabs.sendMessage(tabId, message);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (!text.includes("Receiving end does not exist")) {
      // The content scripts received the request; none of them responds to it, which is expected.
      return;
    }
    await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ["content.js"] });
    await chrome.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  }
}
