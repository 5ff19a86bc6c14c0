// Context-menu entry « Vérifier ce champ avec Discret » for editable fields on any page.

import { t } from "../shared/i18n";
import type { CheckFocusedFieldMessage } from "../shared/messages";

const MENU_ID = "discret-check-field";

/**
 * Creates the entry on install, titled in the interface language once `settingsApplied` resolves, and
 * injects the content script into the clicked frame on demand.
 */
export function registerContextMenu(settingsApplied: Promise<void>): void {
  chrome.runtime.onInstalled.addListener(() => {
    void settingsApplied.then(() =>
      chrome.contextMenus.create({
        id: MENU_ID,
        title: t("contextMenuCheckField"),
        contexts: ["editable"],
      }),
    );
  });

  chrome.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) {
      return;
    }
    void checkFieldInFrame(tab.id, info.frameId ?? 0);
  });
}

/** Sets the entry's title in the current interface language, after the user changed it. */
export function localiseContextMenu(): void {
  chrome.contextMenus.update(MENU_ID, { title: t("contextMenuCheckField") }).catch(() => {
    // The entry does not exist yet: onInstalled creates it with the title in the current language.
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
