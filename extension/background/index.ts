// Background context. It runs the checker for pages whose CSP forbids WebAssembly in content scripts, owns
// the context-menu entry, and requests host permissions where the browser made them opt-in.

import { loadEngine } from "../checker/engine";
import { isRuntimeMessage } from "../shared/messages";
import type { CheckResponse } from "../shared/messages";
import { registerContextMenu } from "./context-menu";
import { requestHostPermissionsOnInstall } from "./host-permissions";

chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if (!isRuntimeMessage(message) || message.type !== "discret:check") {
    return false;
  }

  loadEngine()
    .then((engine) => {
      const response: CheckResponse = { ok: true, report: engine.check(message.request) };
      sendResponse(response);
    })
    .catch((error: unknown) => {
      const response: CheckResponse = { ok: false, error: error instanceof Error ? error.message : String(error) };
      sendResponse(response);
    });

  // Keeps the message channel open until sendResponse is called.
  return true;
});

registerContextMenu();
requestHostPermissionsOnInstall();
