// Opening the extension's own pages (options, popup) as tabs, and reading the settings they store.

import type { BrowserContext, Page, Worker } from "@playwright/test";

/** Returns the chrome-extension:// origin of the extension whose service worker is `worker`. */
export function extensionOrigin(worker: Worker): string {
  // Node gives "null" as the origin of a chrome-extension: URL, so the origin is cut from the string.
  return worker.url().split("/").slice(0, 3).join("/");
}

/** Opens an extension page such as "options.html" in a new tab. */
export async function openExtensionPage(context: BrowserContext, worker: Worker, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${extensionOrigin(worker)}/${path}`);
  return page;
}

/** Returns the id of the tab showing `url`. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return tab.id as number;
  }, url);
}

/**
 * Opens the popup as a page acting on the tab that shows `url` (the popup's `tab` query parameter), and
 * waits until it has shown its suggestions.
 */
export async function openPopupFor(context: BrowserContext, worker: Worker, url: string): Promise<Page> {
  const tabId = await tabIdOf(worker, url);
  const popup = await openExtensionPage(context, worker, `popup.html?tab=${tabId}`);
  await popup.locator("body[data-ready=true]").waitFor();
  return popup;
}

/** Returns the raw value stored under "settings" in storage.sync (undefined when there is none). */
export async function storedSettings(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => (await chrome.storage.sync.get("settings")).settings);
}

/** Stores `value` under "settings" in storage `area`, as is, without validation. */
export async function storeRawSettings(worker: Worker, area: "sync" | "local", value: unknown): Promise<void> {
  await worker.evaluate(async ({ area, value }) => {
    await chrome.storage[area].set({ settings: value });
  }, { area, value });
}
