// Context-menu entry « Vérifier ce champ avec Discret » for editable fields on any page.

import { t } from "../shared/i18n";
import type { CheckFocusedFieldMessage } from "../shared/messages";

const MENU_ID = "discret-check-field";

/** Creates the entry on install and injects the content script into the clicked frame on demand. */
export function registerContextMenu(): void {
  chrome.runtime.onInstalled.addListener(() => {
    chrome.contextMenus.create({
      id: MENU_ID,
      title: t("contextMenuCheckField"),
      contexts: ["editable"],
    });
  });

  chrome.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) {
      return;
    }
    void checkFieldInFrame(tab.id, info.frameId ?? 0);
  });
}

/**
 * Injects the content script into one frame (activeTab grants access to it after the click) and sends it
 * a request to check the focused field. The content script ignores a second injection into a frame that already runs it.
 */
async function checkFieldInFrame(tabId: number, frameId: number): Promise<void> {
  await chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ["content.js"] });
  const message: CheckFocusedFieldMessage = { type: "discret:check-focused-field" };
  await chrome.tabs.sendMessage(tabId, message, { frameId });
}
