// Recording every request the browser context makes, from every place the extension runs: its pages (popup,
// options, permission page), the content scripts in fixture pages, and its service worker.

import type { BrowserContext, Page } from "@playwright/test";
import { watchServiceWorkers } from "./devtools";

export interface RecordedRequest {
  url: string;
  /** Which target made it, and which of the two recorders saw it. */
  source: string;
}

/**
 * The requests recorded so far. Two recorders see each request: Playwright's request events (pages, frames and,
 * in Chromium, service workers) and the DevTools protocol's Network domain, enabled on each page target and on
 * each service worker target. The protocol also reports WebSocket connections.
 * NOTE: the protocol recorder does not attach to out-of-process iframes; Playwright's events cover their requests.
 */
export interface NetworkLog {
  readonly requests: RecordedRequest[];
}

export async function recordNetwork(context: BrowserContext): Promise<NetworkLog> {
  const requests: RecordedRequest[] = [];

  context.on("request", (request) => {
    requests.push({ url: request.url(), source: request.serviceWorker() === null ? "page (Playwright)" : "service worker (Playwright)" });
  });

  const watchPage = async (page: Page): Promise<void> => {
    page.on("websocket", (socket) => requests.push({ url: socket.url(), source: "page (Playwright)" }));
    const cdp = await context.newCDPSession(page);
    cdp.on("Network.requestWillBeSent", ({ request }) => requests.push({ url: request.url, source: "page (protocol)" }));
    cdp.on("Network.webSocketCreated", ({ url }) => requests.push({ url, source: "page (protocol)" }));
    await cdp.send("Network.enable");
  };
  context.on("page", (page) => void watchPage(page));
  await Promise.all(context.pages().map(watchPage));

  await watchServiceWorkers(context, ["Network.enable"], ({ method, params }) => {
    if (method === "Network.requestWillBeSent") {
      requests.push({ url: (params as { request: { url: string } }).request.url, source: "service worker (protocol)" });
    } else if (method === "Network.webSocketCreated") {
      requests.push({ url: (params as { url: string }).url, source: "service worker (protocol)" });
    }
  });
  return { requests };
}

/** True for a URL that would leave the browser: http(s) or ws(s). */
export function isNetworkUrl(url: string): boolean {
  return /^(https?|wss?):/i.test(url);
}
