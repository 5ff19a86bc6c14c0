// Drives the built extension headless on the Google Business reply fixture, types an example reply and
// saves screenshots of the underlines and the tooltip under target/demo/. It then types the same reply in
// a rich-text box and in a dark page, fills the options page with a practice's details, opens the popup
// on the Google Business tab and the welcome page, and saves those screenshots too. The stores' screenshots,
// 1280 × 800 pixels, go to target/demo/store/.
//
// Usage: node scripts/demo-extension.mjs [--reply-file FILE]

import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launchWithExtension } from "./chromium-extension.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: options } = parseArgs({ options: { "reply-file": { type: "string" } } });
const reply = options["reply-file"]
  ? readFileSync(options["reply-file"], "utf8").trim()
  : "Bonjour Sophie, je vous ai reçue le 12 mars pour votre détartrage et je suis désolé pour la douleur.";

const OUTER_URL = "https://business.google.com/reviews/l/123";
const REPLY_FRAME_URL = "https://www.google.com/local/business/123/customers/reviews/reply?hl=fr";
const MESSAGING_URL = "https://pro.doctolib.fr/messaging";
const DARK_URL = "https://www.resalib.fr/praticien/avis/repondre?variant=dark";
const STRICT_CSP = "script-src 'nonce-discret-fixture'; object-src 'none'; base-uri 'none'";
const fixtures = join(root, "tests/e2e/fixtures");
const outDir = join(root, "target/demo");
const storeDir = join(outDir, "store");
mkdirSync(outDir, { recursive: true });
rmSync(storeDir, { recursive: true, force: true });
mkdirSync(storeDir);
/** The size of the stores' screenshots: the Chrome Web Store's, which Edge and AMO accept too. */
const STORE_SIZE = { width: 1280, height: 800 };

/** Types `text` into the box, waits on the content script's "checked" signal for it, and returns the findings. */
async function typeReply(frame, selector, text) {
  const box = frame.locator(selector);
  await box.click();
  await box.pressSequentially(text);
  const handle = await frame.waitForFunction((selector) => {
    const host = document.querySelector("discret-overlay");
    const editor = document.querySelector(selector);
    const length = editor instanceof HTMLTextAreaElement ? editor.value.length : editor.textContent.length;
    return host !== null && host.dataset.discretChecked !== undefined && Number(host.dataset.discretLength) === length
      ? JSON.parse(host.dataset.discretFindings)
      : null;
  }, selector);
  return handle.jsonValue();
}

/** Practice details the options page is filled with, as a dentist would enter them. */
const PRACTICE = {
  profession: "dentiste",
  name: "Cabinet dentaire du Parc",
  city: "Lyon",
  specialty: "soins dentaires et orthodontie",
  signature: "Dr Claire Martin et l'équipe du Cabinet dentaire du Parc",
  sensitiveTerms: "blanchiment\nfacettes",
};

/** Fills the options page through its controls, as a user would, and waits for the last save. */
async function fillOptions(options) {
  await options.locator("#profession").selectOption(PRACTICE.profession);
  await options.locator("#name").fill(PRACTICE.name);
  await options.locator("#city").fill(PRACTICE.city);
  await options.locator("#specialty").fill(PRACTICE.specialty);
  await options.locator("#signature").fill(PRACTICE.signature);
  await options.locator("#sensitive_terms").fill(PRACTICE.sensitiveTerms);
  await options.locator("#sensitive_terms").press("Tab");
  await options.locator("#status[data-kind=saved]").waitFor();
}

/** Moves the pointer over the underline of finding `index` in the textarea and waits for the tooltip. */
async function hoverUnderline(frame, index) {
  const position = await frame.evaluate((index) => {
    const spans = document.querySelector("discret-overlay").shadowRoot.querySelectorAll(".finding");
    const span = [...spans].find((each) => each.dataset.findings.split(" ").includes(String(index)));
    const rect = span.getClientRects()[0];
    const editor = document.querySelector("textarea").getBoundingClientRect();
    return { x: (rect.left + rect.right) / 2 - editor.left, y: (rect.top + rect.bottom) / 2 - editor.top };
  }, index);
  await frame.locator("textarea").hover({ position });
  await frame.locator("discret-tooltip .tooltip").waitFor({ state: "visible" });
}

/**
 * Saves a store screenshot of the popup as the browser shows it: the popup's image over the page it acts on,
 * under the toolbar's right end, with a shadow.
 */
async function composePopupScreenshot(context, pageImage, popupImage, path) {
  const composer = await context.newPage();
  await composer.setViewportSize(STORE_SIZE);
  const source = (png) => `data:image/png;base64,${png.toString("base64")}`;
  await composer.setContent(`<!doctype html><html><body style="margin:0;overflow:hidden">
    <img id="page" style="position:absolute;inset:0;filter:brightness(0.92)">
    <img id="popup" style="position:absolute;top:0;right:24px;border-radius:0 0 8px 8px;box-shadow:0 8px 28px rgba(0,0,0,0.35)">
  </body></html>`);
  // The images are set through properties, so that no image data goes through the HTML parser.
  await composer.evaluate(
    async ([pageSource, popupSource]) => {
      const images = [document.getElementById("page"), document.getElementById("popup")];
      images[0].src = pageSource;
      images[1].src = popupSource;
      await Promise.all(images.map((image) => image.decode()));
    },
    [source(pageImage), source(popupImage)],
  );
  await composer.screenshot({ path });
  await composer.close();
}

const { context, close } = await launchWithExtension(join(root, "dist/chrome"));
try {
  const serve = (file, csp) => (route) =>
    route.fulfill({
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8", ...(csp ? { "content-security-policy": csp } : {}) },
      body: readFileSync(join(fixtures, file)),
    });
  await context.route(OUTER_URL, serve("google-business-outer.html"));
  await context.route(REPLY_FRAME_URL, serve("google-business-reply.html", STRICT_CSP));
  if (context.serviceWorkers().length === 0) {
    await context.waitForEvent("serviceworker");
  }

  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(OUTER_URL);
  const frame = page.frame({ url: REPLY_FRAME_URL });
  const findings = await typeReply(frame, "textarea", reply);
  await page.screenshot({ path: join(outDir, "underlines.png") });
  console.log(`${findings.length} finding(s) underlined; saved target/demo/underlines.png`);

  if (findings.length > 0) {
    // Shows a finding with a fix where there is one, so that the screenshot has « Corriger ».
    const withFix = findings.findIndex((finding) => finding.fix !== null);
    await hoverUnderline(frame, Math.max(withFix, 0));
    await page.screenshot({ path: join(outDir, "tooltip.png") });
    await page.screenshot({ path: join(storeDir, "1-tooltip.png") });
    console.log("saved target/demo/tooltip.png and target/demo/store/1-tooltip.png");
  }
  // The page behind the popup in the store's popup screenshot: the underlines, without the tooltip.
  await page.mouse.move(5, 5);
  await frame.locator("discret-tooltip .tooltip").waitFor({ state: "hidden" });
  const pageBehindPopup = await page.screenshot();

  // The same reply in a rich-text box and in a dark page.
  await context.route(MESSAGING_URL, serve("doctolib-messaging.html"));
  await context.route(DARK_URL, serve("field-variants.html"));
  for (const [url, selector, file] of [
    [MESSAGING_URL, "[contenteditable]", "contenteditable.png"],
    [DARK_URL, "textarea", "dark.png"],
  ]) {
    const other = await context.newPage();
    await other.goto(url);
    await typeReply(other.mainFrame(), selector, reply);
    await other.screenshot({ path: join(outDir, file) });
    console.log(`saved target/demo/${file}`);
  }

  // Node gives "null" as the origin of a chrome-extension: URL, so the origin is cut from the string.
  const worker = context.serviceWorkers()[0];
  const extensionOrigin = worker.url().split("/").slice(0, 3).join("/");
  const options = await context.newPage();
  await options.setViewportSize({ width: 980, height: 800 });
  await options.goto(`${extensionOrigin}/options.html`);
  await fillOptions(options);
  // The screenshot shows the page at rest: no focus ring on the last field, no status message over it.
  await options.evaluate(() => {
    document.activeElement.blur();
    document.getElementById("status").textContent = "";
  });
  await options.screenshot({ path: join(outDir, "options.png"), fullPage: true });
  console.log("saved target/demo/options.png");

  // The popup, opened as a page on the Google Business tab through its `tab` parameter.
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, OUTER_URL);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 390, height: 600 });
  await popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
  await popup.locator("body[data-ready=true]").waitFor();
  const popupImage = await popup.screenshot({ path: join(outDir, "popup.png") });
  console.log("saved target/demo/popup.png");
  await composePopupScreenshot(context, pageBehindPopup, popupImage, join(storeDir, "3-popup.png"));
  console.log("saved target/demo/store/3-popup.png");

  // « Réécrire la réponse » from the tooltip, and the notice that follows.
  await page.bringToFront();
  await hoverUnderline(frame, 0);
  await frame.locator("discret-tooltip button.rewrite").click();
  await frame.locator("discret-overlay[data-discret-rewrite=applied]").waitFor({ state: "attached" });
  await frame.locator("discret-tooltip .tooltip .title").waitFor();
  await page.screenshot({ path: join(storeDir, "2-rewrite.png") });
  console.log("saved target/demo/store/2-rewrite.png");

  // The welcome page: its top for the READMEs, and its example for the stores.
  const welcome = await context.newPage();
  await welcome.setViewportSize(STORE_SIZE);
  await welcome.goto(`${extensionOrigin}/welcome.html`);
  await welcome.locator("body[data-ready=true]").waitFor();
  await welcome.screenshot({ path: join(outDir, "welcome.png") });
  await welcome.locator("#example").evaluate((section) => window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - 24));
  await welcome.screenshot({ path: join(storeDir, "4-welcome-example.png") });
  console.log("saved target/demo/welcome.png and target/demo/store/4-welcome-example.png");

  await options.bringToFront();
  await options.setViewportSize(STORE_SIZE);
  await options.evaluate(() => window.scrollTo(0, 0));
  await options.screenshot({ path: join(storeDir, "5-options.png") });
  console.log("saved target/demo/store/5-options.png");
} finally {
  await close();
}
