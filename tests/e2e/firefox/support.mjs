// Shared helpers of the Firefox end-to-end tests: Debian's headless Firefox ESR driven through WebDriver BiDi
// (puppeteer-core), dist/firefox installed as a temporary add-on, and site fixtures served at the real
// sites' URLs by request interception, so that nothing leaves the machine.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

export const EXTENSION_DIR = fileURLToPath(new URL("../../../dist/firefox", import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

/** The add-on id that scripts/build-extension.mjs writes into the Firefox manifest. */
export const ADDON_ID = "discret@discret-extension.org";

/**
 * The extension's internal UUID. Firefox draws one at random on install unless the preference
 * extensions.webextensions.uuids already maps the add-on id to one, which launchFirefox sets.
 */
export const EXTENSION_UUID = "5d1f0c3e-8a47-4b9e-9c21-7e0b6a4d2f18";
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export const REPLY = "Bonjour, je vous ai reçue le 12 mars pour votre détartrage.";

/** A CSP like Google's, without 'wasm-unsafe-eval'. */
export const STRICT_CSP = "script-src 'nonce-discret-fixture'; style-src 'nonce-discret-fixture'; object-src 'none'; base-uri 'none'";

/**
 * Launches Firefox with a French UI and the extension's UUID fixed, and installs dist/firefox. With
 * `optInHostPermissions`, Firefox grants no host permission at install, as before Firefox 127 and as after a
 * user withdrew them, so the tests grant them through the welcome page's button. The preference
 * extensions.webextOptionalPermissionPrompts=false then accepts that request without the prompt, which a
 * headless browser cannot show.
 */
export async function launchFirefox({ optInHostPermissions = true } = {}) {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // The extension's messages follow the UI language; the French locale comes from firefox-esr-l10n-fr.
      "intl.locale.requested": "fr",
      "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      "extensions.originControls.grantByDefault": !optInHostPermissions,
      "extensions.webextOptionalPermissionPrompts": false,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  return browser;
}

/** Returns the address a page shows now; puppeteer's page.url() misses navigations the extension starts. */
export async function pageLocation(page) {
  try {
    return await page.evaluate(() => location.href);
  } catch {
    return "";
  }
}

/** Returns the open pages whose address is `url`, waiting up to `timeout` ms for at least `count` of them. */
export async function pagesAt(browser, url, { count = 1, timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const pages = [];
    for (const page of await browser.pages()) {
      if ((await pageLocation(page)) === url) {
        pages.push(page);
      }
    }
    if (pages.length >= count || Date.now() > deadline) {
      return pages;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Opens the extension page `path` (such as "options.html" or "popup.html?tab=3") in a new tab and returns
 * it once its document is loaded. WebDriver BiDi in Firefox refuses to navigate a tab to a moz-extension:
 * URL, so `extensionPage`, an open page of the extension, creates the tab with tabs.create.
 */
export async function openExtensionPage(browser, extensionPage, path) {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const before = (await pagesAt(browser, url, { count: 0, timeout: 0 })).length;
  await extensionPage.evaluate((url) => chrome.tabs.create({ url }).then(() => undefined), url);
  const pages = await pagesAt(browser, url, { count: before + 1 });
  if (pages.length <= before) {
    throw new Error(`${url} did not open within 10 s`);
  }
  const page = pages.at(-1);
  await page.waitForFunction(() => document.readyState === "complete");
  return page;
}

/**
 * Opens `url` in a new tab that serves each URL of `routes` from its fixture file, with its CSP if any, and
 * aborts every other request.
 */
export async function openFixture(browser, url, routes) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const route = routes[request.url()];
    if (route === undefined) {
      void request.abort();
      return;
    }
    const headers = route.csp === undefined ? {} : { "content-security-policy": route.csp };
    void request.respond({ status: 200, headers, contentType: "text/html; charset=utf-8", body: readFileSync(FIXTURES_DIR + route.file, "utf8") });
  });
  await page.goto(url);
  return page;
}

/**
 * Waits on the content script's "checked" signal for the box's whole text, after more than `after` checks,
 * and returns what it published: the checker's path (content or background), the number of checks and
 * the findings.
 */
export async function waitForChecked(frame, selector, after = 0) {
  const handle = await frame.waitForFunction(
    (selector, after) => {
      const editor = document.querySelector(selector);
      const host = document.querySelector("discret-overlay");
      const length = editor instanceof HTMLTextAreaElement ? editor.value.length : editor.textContent.length;
      if (host === null || Number(host.dataset.discretChecked ?? "0") <= after || Number(host.dataset.discretLength) !== length) {
        return null;
      }
      return { checker: host.dataset.discretChecker, count: Number(host.dataset.discretChecked), findings: JSON.parse(host.dataset.discretFindings) };
    },
    { timeout: 15_000 },
    selector,
    after,
  );
  return handle.jsonValue();
}

/** Types `text` at the end of the box and waits for the check of the whole text. */
export async function typeAndWait(frame, selector, text) {
  const before = await frame.evaluate(() => Number(document.querySelector("discret-overlay")?.dataset.discretChecked ?? "0"));
  await frame.click(selector);
  await frame.type(selector, text);
  return waitForChecked(frame, selector, before);
}

/** Returns the centre of the underline of finding `index` in a textarea's overlay. */
export function underlineCentre(frame, index) {
  return frame.evaluate((index) => {
    const spans = document.querySelector("discret-overlay").shadowRoot.querySelectorAll(".finding");
    const span = [...spans].find((each) => each.dataset.findings.split(" ").includes(String(index)));
    const rect = span.getClientRects()[0];
    return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
  }, index);
}

/**
 * Returns the centre of the first range of the CSS highlights in a contenteditable that covers `finding`.
 * The highlights do not say which finding they draw, so the range is found by its offsets in the text.
 */
export function highlightCentre(frame, finding) {
  return frame.evaluate((start, end) => {
    const editor = document.querySelector("[contenteditable]");
    for (const name of CSS.highlights.keys()) {
      if (!name.startsWith("discret-")) {
        continue;
      }
      for (const range of CSS.highlights.get(name)) {
        const before = document.createRange();
        before.setStart(editor, 0);
        before.setEnd(range.startContainer, range.startOffset);
        const offset = before.toString().length;
        if (offset < end && offset + range.toString().length > start) {
          const rect = range.getClientRects()[0];
          return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
        }
      }
    }
    return null;
  }, finding.start, finding.end);
}

/** Waits until the tooltip is shown and returns its message, its buttons' labels and its legal reference. */
export async function waitForTooltip(frame) {
  const handle = await frame.waitForFunction(() => {
    const box = document.querySelector("discret-tooltip")?.shadowRoot.querySelector(".tooltip");
    if (box === undefined || box === null || box.hidden || box.querySelector(".message") === null) {
      return null;
    }
    return {
      message: box.querySelector(".message").textContent,
      legal: box.querySelector(".legal")?.textContent ?? "",
      buttons: [...box.querySelectorAll("button")].map((button) => button.textContent),
    };
  });
  return handle.jsonValue();
}

/** Clicks the tooltip's button with class `className` ("fix", "rewrite", "ignore"). */
export function clickTooltipButton(frame, className) {
  return frame.evaluate((className) => document.querySelector("discret-tooltip").shadowRoot.querySelector(`button.${className}`).click(), className);
}

/** Sends a check request to the extension's background context from an extension page, as a content script does. */
export function checkInBackground(extensionPage, request) {
  return extensionPage.evaluate(async (request) => {
    const response = await chrome.runtime.sendMessage({ type: "discret:check", request });
    if (!response.ok) {
      throw new Error(response.error);
    }
    return response.result;
  }, request);
}

/** Returns the toolbar button's title in the tab showing `url`, read from an extension page. */
export function toolbarTitle(extensionPage, url) {
  return extensionPage.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.action.getTitle({ tabId: tab.id });
  }, url);
}

/** Returns the id of the tab showing `url`, read from an extension page. */
export function tabIdOf(extensionPage, url) {
  return extensionPage.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, url);
}
