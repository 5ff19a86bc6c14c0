// Playwright fixtures: headless Chromium with dist/chrome loaded, and site fixtures served at the real
// sites' URLs through context.route, so that the manifest's match patterns apply as on the real sites.

import { test as base } from "@playwright/test";
import type { BrowserContext, Frame, Page, Worker } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchWithExtension } from "../../../scripts/chromium-extension.mjs";

const EXTENSION_DIR = fileURLToPath(new URL("../../../dist/chrome", import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL("../fixtures", import.meta.url));

/** A CSP like Google's: scripts only by nonce, so WebAssembly may not compile in content scripts either. */
export const STRICT_CSP = "script-src 'nonce-discret-fixture'; style-src 'nonce-discret-fixture'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export interface FixturePage {
  /** URL the fixture is served at. */
  url: string;
  /** File under tests/e2e/fixtures/. */
  file: string;
  /** Content-Security-Policy header, when the real page sends a strict one. */
  csp?: string;
  /** Extra files under tests/e2e/fixtures/ or generated ones, served at other URLs (scripts, frames). */
  extra?: { url: string; file: string; contentType: string; csp?: string }[];
}

interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  /** Serves `fixture` at its URL and opens it in a new page. */
  openFixture: (fixture: FixturePage) => Promise<Page>;
  /** URLs served from fixtures in this test. */
  servedUrls: Set<string>;
  /** Every request of the context's pages, other than the fixtures and the extension's own files, in order. */
  unservedRequests: string[];
}

export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, close } = await launchWithExtension(EXTENSION_DIR);
    await use(context);
    await close();
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    await use(worker);
  },

  // eslint-disable-next-line no-empty-pattern
  servedUrls: async ({}, use) => {
    await use(new Set<string>());
  },

  unservedRequests: async ({ context, servedUrls }, use) => {
    const unserved: string[] = [];
    context.on("request", (request) => {
      const url = request.url();
      if (!servedUrls.has(url) && !url.startsWith("chrome-extension://")) {
        unserved.push(url);
      }
    });
    await use(unserved);
  },

  openFixture: async ({ context, serviceWorker, servedUrls }, use) => {
    void serviceWorker;
    await use(async (fixture) => {
      const routes = [{ url: fixture.url, file: fixture.file, contentType: "text/html; charset=utf-8", csp: fixture.csp }, ...(fixture.extra ?? [])];
      for (const route of routes) {
        const body = readFileSync(route.file.startsWith("/") ? route.file : join(FIXTURES_DIR, route.file));
        const headers: Record<string, string> = { "content-type": route.contentType };
        if (route.csp !== undefined) {
          headers["content-security-policy"] = route.csp;
        }
        servedUrls.add(route.url);
        await context.route(route.url, (request) => request.fulfill({ status: 200, headers, body }));
      }
      const page = await context.newPage();
      await page.goto(fixture.url);
      return page;
    });
  },
});

export { expect } from "@playwright/test";
export type { Frame, Page };
