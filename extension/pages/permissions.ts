// Page that requests the supported sites' host permissions. The browser requires a click to grant them.

import { applyUiLocale, t } from "../shared/i18n";
import { loadSettings } from "../shared/settings";
import { localisePage } from "./localise";

function listOrigins(origins: string[]): void {
  const list = document.getElementById("origins");
  for (const origin of origins) {
    const item = document.createElement("li");
    const code = document.createElement("code");
    code.textContent = origin;
    item.append(code);
    list?.append(item);
  }
}

async function showStatus(origins: string[]): Promise<void> {
  const granted = await chrome.permissions.contains({ origins });
  const status = document.getElementById("status");
  if (status !== null) {
    status.textContent = t(granted ? "permissionsGranted" : "permissionsMissing");
  }
}

const origins = chrome.runtime.getManifest().host_permissions ?? [];
listOrigins(origins);
void loadSettings()
  .then((settings) => applyUiLocale(settings.uiLocale))
  .catch(() => undefined)
  .then(() => {
    localisePage();
    return showStatus(origins);
  });

document.getElementById("grant")?.addEventListener("click", () => {
  void chrome.permissions.request({ origins }).then(() => showStatus(origins));
});
