// First-run request for the supported sites' host permissions, which Firefox grants only on request.

/** Returns the host permissions listed in the manifest. */
function manifestOrigins(): string[] {
  return chrome.runtime.getManifest().host_permissions ?? [];
}

/**
 * Opens the permission page after install when the browser has not granted every host permission.
 * Chrome grants them at install, so the page only opens in Firefox or after the user withdrew them.
 */
export function requestHostPermissionsOnInstall(): void {
  chrome.runtime.onInstalled.addListener((details) => {
    if (details.reason !== "install") {
      return;
    }
    void chrome.permissions.contains({ origins: manifestOrigins() }).then((granted) => {
      if (!granted) {
        void chrome.tabs.create({ url: chrome.runtime.getURL("permissions.html") });
      }
    });
  });
}
