// Nothing leaves the browser: every feature is used once while two recorders (Playwright's request events and
// the DevTools protocol on every page and on the service worker) log each request the context makes.

import { STRICT_CSP, expect, test } from "./support/extension";
import type { Worker } from "@playwright/test";
import type { Page } from "./support/extension";
import { openExtensionPage, openPopupFor } from "./support/extension-pages";
import { openTooltip, REPLY, typeAndWait } from "./support/flow";
import type { BoxUnderTest } from "./support/flow";
import { isNetworkUrl, recordNetwork } from "./support/network";
import type { NetworkLog } from "./support/network";
import { waitForChecked } from "./support/signal";

const OUTER_URL = "https://business.google.com/reviews/l/123";
const REPLY_FRAME_URL = "https://www.google.com/local/business/123/customers/reviews/reply?hl=fr";
const RESALIB = { url: "https://www.resalib.fr/praticien/avis", file: "resalib-reviews.html" };

/**
 * Prefix of the requests the test makes on purpose from each context, to prove that the recorders see that
 * context. The .invalid top-level domain never resolves, and the test browser maps every host name to "not found".
 */
const CANARY = "https://recorder-canary.invalid/";

/** Uses the box's tooltip: hovers the first finding with a fix, applies it with « Corriger », then undoes it. */
async function fixAndUndo(box: BoxUnderTest): Promise<void> {
  const checked = await waitForChecked(box.target, box.selector);
  const index = checked.findings.findIndex((finding) => finding.fix !== null);
  expect(index, "a finding with a fix").toBeGreaterThanOrEqual(0);
  const before = await box.target.locator(box.selector).inputValue();
  const tooltip = await openTooltip(box, index, checked.findings[index]);
  await tooltip.locator("button.fix").click();
  await expect(box.target.locator(box.selector), "« Corriger » changed the reply").not.toHaveValue(before);
  await box.target.locator(box.selector).press("Control+z");
  await expect(box.target.locator(box.selector)).toHaveValue(before);
}

/** Rewrites the reply from the tooltip of its first finding and waits for the outcome. */
async function rewriteFromTooltip(box: BoxUnderTest): Promise<void> {
  const checked = await waitForChecked(box.target, box.selector);
  const tooltip = await openTooltip(box, 0, checked.findings[0]);
  await tooltip.locator("button.rewrite").click();
  await expect(box.target.locator("discret-overlay")).toHaveAttribute("data-discret-rewrite", "applied");
}

/** Makes one canary request from `target`, without waiting for its (failing) outcome to matter. */
async function sendCanary(target: Page | Worker, name: string): Promise<string> {
  const url = `${CANARY}${name}`;
  await target.evaluate((url) => fetch(url, { mode: "no-cors" }).then(() => undefined, () => undefined), url);
  return url;
}

function sourcesOf(log: NetworkLog, url: string): string[] {
  return [...new Set(log.requests.filter((request) => request.url === url).map((request) => request.source))].sort();
}

test("no request leaves the browser", async ({ context, serviceWorker, openFixture, servedUrls }) => {
  test.setTimeout(120_000);
  const log = await recordNetwork(context);

  await test.step("Google reply iframe: type, Corriger, Réécrire la réponse", async () => {
    const page = await openFixture({
      url: OUTER_URL,
      file: "google-business-outer.html",
      extra: [{ url: REPLY_FRAME_URL, file: "google-business-reply.html", contentType: "text/html; charset=utf-8", csp: STRICT_CSP }],
    });
    const frame = page.frame({ url: REPLY_FRAME_URL })!;
    const box: BoxUnderTest = { page, target: frame, selector: "textarea", kind: "textarea" };
    const checked = await typeAndWait(box, REPLY);
    expect(checked.checker, "the background checker runs in the service worker").toBe("background");
    await fixAndUndo(box);
    await rewriteFromTooltip(box);
  });

  const resalib = await openFixture(RESALIB);
  await test.step("Resalib box: type, Corriger", async () => {
    const box: BoxUnderTest = { page: resalib, target: resalib, selector: "textarea", kind: "textarea" };
    const checked = await typeAndWait(box, REPLY);
    expect(checked.checker, "the content script's own checker runs").toBe("content");
    await fixAndUndo(box);
  });

  const popup = await openPopupFor(context, serviceWorker, resalib.url());
  await test.step("popup: tone, Copier, Insérer, strictness, site switch", async () => {
    await popup.locator("label[for=tone-neutral]").click();
    await popup.locator(".suggestion button.copy").first().click();
    await expect(popup.locator("#popup-status")).toHaveText("Texte copié.");
    await popup.locator(".suggestion button.insert").first().click();
    await expect(popup.locator("#popup-status")).toHaveText("Réponse insérée. Ctrl+Z dans le champ pour annuler.");
    await popup.locator("label[for=strictness-strict]").click();
    await expect(popup.locator("#popup-status")).toHaveText("Réglage enregistré.");
    await popup.locator("#site-switch").uncheck();
    await expect(popup.locator("#popup-status")).toHaveText("Discret ne vérifie plus vos réponses sur ce site.");
    await popup.locator("#site-switch").check();
    await expect(popup.locator("#popup-status")).toHaveText("Discret vérifie à nouveau vos réponses sur ce site.");
  });

  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await test.step("options: change, export, import", async () => {
    await options.locator("#name").fill("Cabinet dentaire du Parc");
    await options.locator("#name").press("Tab");
    await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
    await options.locator("#strictness").selectOption("lenient");
    await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
    const downloading = options.waitForEvent("download");
    await options.locator("#export").click();
    const file = await (await downloading).path();
    await options.locator("#import-file").setInputFiles(file);
    await expect(options.locator("#import-result")).toHaveText("Réglages importés et enregistrés.");
  });

  const permissions = await openExtensionPage(context, serviceWorker, "permissions.html");
  await expect(permissions.locator("#status")).toHaveText("Autorisation accordée : Discret vérifiera vos réponses sur ces sites.");

  await test.step("the recorders see requests of every kind of context", async () => {
    const canaries = {
      fixturePage: await sendCanary(resalib, "fixture-page"),
      popup: await sendCanary(popup, "popup"),
      options: await sendCanary(options, "options"),
      serviceWorker: await sendCanary(serviceWorker, "service-worker"),
    };
    await expect.poll(() => sourcesOf(log, canaries.fixturePage)).toEqual(["page (Playwright)", "page (protocol)"]);
    await expect.poll(() => sourcesOf(log, canaries.popup)).toEqual(["page (Playwright)", "page (protocol)"]);
    await expect.poll(() => sourcesOf(log, canaries.options)).toEqual(["page (Playwright)", "page (protocol)"]);
    await expect.poll(() => sourcesOf(log, canaries.serviceWorker)).toEqual(["service worker (Playwright)", "service worker (protocol)"]);
  });

  // Chromium itself requests /favicon.ico from each page's origin, so neither the page nor the extension made it.
  const favicons = new Set([...servedUrls].map((url) => `${new URL(url).origin}/favicon.ico`));
  const leaving = log.requests.filter(({ url }) => isNetworkUrl(url) && !servedUrls.has(url) && !favicons.has(url) && !url.startsWith(CANARY));
  expect(leaving, "http(s) or ws(s) requests other than the fixtures").toEqual([]);
  expect(log.requests.filter(({ url }) => url.startsWith("chrome-extension://")).length, "the extension's own files were recorded").toBeGreaterThan(0);
});
