// The welcome page, opened once after install. In Firefox, where the user grants access to the supported
// sites, its button requests the manifest's host permissions.

/** Path of the welcome page inside the extension package. */
export const WELCOME_PAGE = "welcome.html";

/**
 * Opens the welcome page in a new tab when the extension is installed. An update, a browser update or the
 * reload of an unpacked extension reports another reason, so the page does not open again.
 */
export function openWelcomeOnInstall(): void {
  chrome.runtime.onInstalled.addListener((details) => {
    if (details.reason !== "install") {
      return;
    }
    chrome.tabs.create({ url: chrome.runtime.getURL(WELCOME_PAGE) }).catch((error: unknown) => {
      console.warn(`Discret: opening the welcome page failed (${error instanceof Error ? error.message : String(error)})`);
    });
  });
}
