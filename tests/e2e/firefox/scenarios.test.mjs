// The core scenarios of the Chromium tests, in Firefox ESR. They cover a Google Business reply box under a
// strict CSP, a contenteditable box, the underline, the tooltip, « Corriger », « Réécrire la réponse », the
// background checker path, the toolbar state, the popup page and the options page. The welcome page's
// button grants the host permissions, as a Firefox user does (see launchFirefox).
// Run with: node --test tests/e2e/firefox/

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  clickTooltipButton,
  EXTENSION_ORIGIN,
  highlightCentre,
  launchFirefox,
  openExtensionPage,
  openFixture,
  pagesAt,
  REPLY,
  STRICT_CSP,
  tabIdOf,
  toolbarTitle,
  typeAndWait,
  underlineCentre,
  waitForChecked,
  waitForTooltip,
} from "./support.mjs";

const OUTER_URL = "https://business.google.com/reviews/l/123";
const REPLY_FRAME_URL = "https://www.google.com/local/business/123/customers/reviews/reply?hl=fr";
const GOOGLE_ROUTES = {
  [OUTER_URL]: { file: "google-business-outer.html" },
  [REPLY_FRAME_URL]: { file: "google-business-reply.html", csp: STRICT_CSP },
};
const MESSAGING_URL = "https://pro.doctolib.fr/messaging";
const PRACTICE_NAME = "Cabinet dentaire des Tilleuls";

let browser;
/** The welcome tab, an extension page from which the tests call extension APIs. */
let welcome;

before(async () => {
  browser = await launchFirefox({ optInHostPermissions: true });
  [welcome] = await pagesAt(browser, `${EXTENSION_ORIGIN}/welcome.html`);
  await welcome.waitForSelector("body[data-ready=true]");
  await welcome.click("#grant");
  await welcome.waitForFunction(() => document.getElementById("access-status").dataset.granted === "true");
});

after(async () => {
  await browser?.close();
});

/** Opens the Google Business page and returns it with its reply iframe. */
async function openGoogleReply() {
  const page = await openFixture(browser, OUTER_URL, GOOGLE_ROUTES);
  const frameElement = await page.waitForSelector("iframe");
  const frame = await frameElement.contentFrame();
  await frame.waitForSelector("textarea");
  return { page, frame };
}

/** Moves the pointer to `point` of the iframe, given in the iframe's own coordinates. */
async function hoverInFrame(page, frame, point) {
  const frameBox = await (await frame.frameElement()).boundingBox();
  await page.mouse.move(frameBox.x + point.x, frameBox.y + point.y);
}

test("Google reply: underline, tooltip, fix", async () => {
  const { page, frame } = await openGoogleReply();
  const checked = await typeAndWait(frame, "textarea", REPLY);
  assert.ok(checked.findings.length > 0, "the reply has findings");
  // Measured in Firefox ESR 153: a page CSP without 'wasm-unsafe-eval' does not stop WebAssembly in
  // content scripts, unlike in Chromium.
  assert.equal(checked.checker, "content");

  const underlines = await frame.evaluate(() => {
    const spans = [...document.querySelector("discret-overlay").shadowRoot.querySelectorAll(".finding")];
    return spans.map((span) => ({ width: span.getBoundingClientRect().width, decoration: getComputedStyle(span).textDecorationLine }));
  });
  assert.ok(underlines.length > 0, "underlines are drawn");
  assert.ok(underlines.every((underline) => underline.width > 0), "every underline has a width");

  const index = checked.findings.findIndex((finding) => finding.fix !== null);
  assert.ok(index >= 0, "a finding with a fix");
  const finding = checked.findings[index];
  await hoverInFrame(page, frame, await underlineCentre(frame, index));
  const tooltip = await waitForTooltip(frame);
  assert.equal(tooltip.message, finding.message);
  assert.ok(tooltip.buttons.includes("Corriger"), `buttons: ${tooltip.buttons.join(", ")}`);
  assert.ok(tooltip.buttons.includes("Réécrire la réponse"), `buttons: ${tooltip.buttons.join(", ")}`);
  assert.match(tooltip.legal, /R\.4127-4|L\.1110-4/);

  await clickTooltipButton(frame, "fix");
  const fixed = REPLY.slice(0, finding.start) + finding.fix + REPLY.slice(finding.end);
  await frame.waitForFunction((fixed) => {
    // « Corriger » also takes out one space around a deleted span.
    const value = document.querySelector("textarea").value;
    return [fixed, fixed.replace(/ {2}/, " "), fixed.replace(/ (?=[,.])/, ""), fixed.trim()].includes(value);
  }, {}, fixed);
  await page.close();
});

test("Google reply: Réécrire la réponse", async () => {
  const { page, frame } = await openGoogleReply();
  const checked = await typeAndWait(frame, "textarea", REPLY);
  await hoverInFrame(page, frame, await underlineCentre(frame, 0));
  await waitForTooltip(frame);
  await clickTooltipButton(frame, "rewrite");

  const outcome = await frame.waitForFunction(() => document.querySelector("discret-overlay").dataset.discretRewrite ?? null);
  assert.equal(await outcome.jsonValue(), "applied");
  const rewritten = await frame.evaluate(() => document.querySelector("textarea").value);
  assert.notEqual(rewritten, REPLY);
  assert.ok(!rewritten.includes("je vous ai reçue"), "the visit confirmation is gone");
  const after = await waitForChecked(frame, "textarea", checked.count);
  assert.deepEqual(after.findings.filter((finding) => finding.severity !== "info").map((finding) => finding.text), [], "the rewrite passes the check");

  await frame.focus("textarea");
  await page.keyboard.down("Control");
  await page.keyboard.press("z");
  await page.keyboard.up("Control");
  await frame.waitForFunction((reply) => document.querySelector("textarea").value === reply, {}, REPLY);
  await page.close();
});

test("sandboxed reply page uses background checker", async () => {
  // A CSP with `sandbox` gives the page an opaque origin, so the content script cannot load the checker
  // (measured in Firefox ESR 153) and sends its requests to the extension's event page instead.
  const page = await openFixture(browser, REPLY_FRAME_URL, {
    [REPLY_FRAME_URL]: { file: "google-business-reply.html", csp: `sandbox allow-scripts allow-forms; ${STRICT_CSP}` },
  });
  const checked = await typeAndWait(page, "textarea", REPLY);
  assert.equal(checked.checker, "background");
  assert.ok(checked.findings.some((finding) => finding.category === "visit_confirmation"), "the visit confirmation is found");
  const spans = await page.evaluate(() => document.querySelector("discret-overlay").shadowRoot.querySelectorAll(".finding").length);
  assert.ok(spans > 0, "underlines are drawn from the background's findings");
  await page.close();
});

test("contenteditable: highlight, tooltip, fix", async () => {
  const page = await openFixture(browser, MESSAGING_URL, { [MESSAGING_URL]: { file: "doctolib-messaging.html", csp: STRICT_CSP } });
  const checked = await typeAndWait(page, "[contenteditable]", REPLY);
  assert.ok(checked.findings.length > 0, "the reply has findings");

  const ranges = await page.evaluate(() =>
    [...CSS.highlights.keys()].filter((name) => name.startsWith("discret-")).reduce((count, name) => count + CSS.highlights.get(name).size, 0),
  );
  assert.equal(ranges, checked.findings.length, "one highlight range per finding");
  const style = await page.evaluate((severity) => {
    const computed = getComputedStyle(document.querySelector("[contenteditable] p"), `::highlight(discret-${severity}-light)`);
    return { line: computed.textDecorationLine, thickness: computed.textDecorationThickness };
  }, checked.findings[0].severity);
  assert.equal(style.line, "underline", "the highlight style applies under a strict style-src CSP");
  assert.equal(style.thickness, "3px");

  const finding = checked.findings.find((each) => each.fix !== null);
  assert.ok(finding !== undefined, "a finding with a fix");
  const point = await highlightCentre(page, finding);
  assert.ok(point !== null, "the finding is highlighted");
  await page.mouse.move(point.x, point.y);
  const tooltip = await waitForTooltip(page);
  assert.equal(tooltip.message, finding.message);
  await clickTooltipButton(page, "fix");
  // Firefox's editor merges the two spaces that an empty fix leaves into one, so whitespace runs compare as one space.
  const fixed = (REPLY.slice(0, finding.start) + finding.fix + REPLY.slice(finding.end)).replace(/\s+/g, " ");
  await page.waitForFunction((fixed) => document.querySelector("[contenteditable]").textContent.replace(/\s+/g, " ") === fixed, {}, fixed);
  await page.close();
});

test("toolbar title follows the tab's state", async () => {
  const url = "https://www.resalib.fr/praticien/avis";
  const page = await openFixture(browser, url, { [url]: { file: "resalib-reviews.html" } });
  await welcome.waitForFunction(
    async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return (await chrome.action.getTitle({ tabId: tab.id })) === "Discret vérifie vos réponses sur cette page";
    },
    {},
    url,
  );

  const checked = await typeAndWait(page, "textarea", REPLY);
  const count = checked.findings.length;
  await welcome.waitForFunction(
    async (url, expected) => {
      const [tab] = await chrome.tabs.query({ url });
      return (await chrome.action.getTitle({ tabId: tab.id })) === expected;
    },
    {},
    url,
    `Discret : ${count} points à revoir dans votre réponse`,
  );

  // Turning the site off in the popup puts the tab in the "off" state.
  const popup = await openExtensionPage(browser, welcome, `popup.html?tab=${await tabIdOf(welcome, url)}`);
  await popup.waitForSelector("body[data-ready=true]");
  await popup.click("#site-switch");
  await welcome.waitForFunction(
    async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return (await chrome.action.getTitle({ tabId: tab.id })) === "Discret ne vérifie pas cette page";
    },
    {},
    url,
  );
  // Turning it on again leaves the "off" state once the setting has reached the tab: wait for it
  // instead of reading the title at once.
  await popup.click("#site-switch");
  await popup.close();
  await welcome.waitForFunction(
    async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return (await chrome.action.getTitle({ tabId: tab.id })) !== "Discret ne vérifie pas cette page";
    },
    {},
    url,
  );
  assert.notEqual(await toolbarTitle(welcome, url), "Discret ne vérifie pas cette page");
  await page.close();
});

test("popup page inserts a suggestion", async () => {
  const { page, frame } = await openGoogleReply();
  await frame.click("textarea");
  const tabId = await tabIdOf(welcome, OUTER_URL);
  const popup = await openExtensionPage(browser, welcome, `popup.html?tab=${tabId}`);
  await popup.waitForSelector("body[data-ready=true]", { timeout: 15_000 });

  const shown = await popup.evaluate(() => ({
    brand: document.querySelector(".brand").textContent,
    links: [...document.querySelectorAll(".popup-header button")].map((button) => button.textContent),
    suggestions: [...document.querySelectorAll(".suggestion-text")].map((text) => text.textContent),
    insertButtons: document.querySelectorAll("button.insert").length,
  }));
  assert.equal(shown.brand, "Discret");
  assert.deepEqual(shown.links, ["Guide", "Réglages"]);
  assert.ok(shown.suggestions.length >= 3, `suggestions: ${shown.suggestions.length}`);
  assert.equal(shown.insertButtons, shown.suggestions.length, "a reply box is open, so each suggestion can be inserted");

  await popup.click("button.insert");
  await frame.waitForFunction((text) => document.querySelector("textarea").value === text, {}, shown.suggestions[0]);
  const status = await popup.$eval("#popup-status", (element) => element.textContent);
  assert.ok(status.length > 0, "the popup confirms the insertion");

  const welcomeTabs = (await pagesAt(browser, `${EXTENSION_ORIGIN}/welcome.html`, { count: 0, timeout: 0 })).length;
  await popup.click("#open-welcome");
  const opened = await pagesAt(browser, `${EXTENSION_ORIGIN}/welcome.html`, { count: welcomeTabs + 1 });
  assert.equal(opened.length, welcomeTabs + 1, "« Guide » opens the welcome page");
  await opened.at(-1).close();
  await popup.close();
  await page.close();
});

test("options page saves practice details", async () => {
  const options = await openExtensionPage(browser, welcome, "options.html");
  assert.equal(await options.$eval("h1", (heading) => heading.textContent), "Réglages de Discret");
  await options.click("#name");
  await options.type("#name", PRACTICE_NAME);
  await options.keyboard.press("Tab");
  await options.waitForFunction(() => document.getElementById("status").textContent === "Réglages enregistrés.");
  const stored = await options.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)));
  assert.ok(stored.includes(PRACTICE_NAME), "the practice name is in storage.sync");

  // The practice's own name is never a finding.
  const url = "https://www.resalib.fr/praticien/avis";
  const page = await openFixture(browser, url, { [url]: { file: "resalib-reviews.html" } });
  const checked = await typeAndWait(page, "textarea", `Toute l'équipe du ${PRACTICE_NAME} vous remercie pour votre message.`);
  assert.deepEqual(checked.findings.map((finding) => finding.text), [], "the practice name is not flagged");
  await page.close();
  await options.close();
});
