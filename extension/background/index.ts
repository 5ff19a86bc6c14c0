// Background context. It runs the checker for pages whose CSP forbids WebAssembly in content scripts, owns
// the context-menu entry and the rewrite shortcut, moves old settings to storage.sync, opens the welcome page
// after install, and sets the toolbar icon of each tab.

import { loadEngine } from "../checker/engine";
import type { Engine } from "../checker/engine";
import { applyUiLocale } from "../shared/i18n";
import { isCheckerMessage, isRuntimeMessage } from "../shared/messages";
import type { CheckerMessage, CheckerResponse } from "../shared/messages";
import { loadSettings, onSettingsChanged } from "../shared/settings";
import { registerRewriteCommand } from "./commands";
import { localiseContextMenu, registerContextMenu } from "./context-menu";
import { openWelcomeOnInstall } from "./welcome";
import { refreshAllTabs, registerToolbarIcon } from "./toolbar-icon";

/** Runs one checker call; the checker returns plain objects, which messaging passes on as they are. */
function runChecker(engine: Engine, message: CheckerMessage): unknown {
  switch (message.type) {
    case "discret:check":
      return engine.check(message.request);
    case "discret:rewrite":
      return engine.rewrite(message.request, message.tone);
    case "discret:suggest":
      return engine.suggest(message.request, message.situation);
  }
}

chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if (!isRuntimeMessage(message) || !isCheckerMessage(message)) {
    return false;
  }

  loadEngine()
    .then((engine) => {
      const response: CheckerResponse<unknown> = { ok: true, result: runChecker(engine, message) };
      sendResponse(response);
    })
    .catch((error: unknown) => {
      const response: CheckerResponse<unknown> = { ok: false, error: error instanceof Error ? error.message : String(error) };
      sendResponse(response);
    });

  // Keeps the message channel open until sendResponse is called.
  return true;
});

// Loading the settings also moves version-1 settings from storage.local to storage.sync.
const settingsApplied = loadSettings()
  .then((settings) => applyUiLocale(settings.uiLocale))
  .catch((error: unknown) => console.warn(`Discret: loading the settings failed (${error instanceof Error ? error.message : String(error)})`));
onSettingsChanged(({ settings }) => {
  applyUiLocale(settings.uiLocale);
  localiseContextMenu();
  void refreshAllTabs();
}, new AbortController().signal);

registerContextMenu(settingsApplied);
registerRewriteCommand();
openWelcomeOnInstall();
registerToolbarIcon();
void settingsApplied.then(() => refreshAllTabs());
