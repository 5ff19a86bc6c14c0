// Firefox smoke tests: dist/firefox installed in Debian's headless Firefox ESR through WebDriver BiDi
// (puppeteer-core), with fixtures served by request interception at the real sites' URLs.
// Run with: node --test tests/e2e/firefox/

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import puppeteer from "puppeteer-core";

import { EXTENSION_DIR, REPLY, STRICT_CSP, openFixture, waitForChecked } from "./support.mjs";

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

let browser;

before(async () => {
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    // French UI, so that the extension's messages are French; the locale comes from firefox-esr-l10n-fr.
    extraPrefsFirefox: { "intl.locale.requested": "fr" },
  });
  await browser.installExtension(EXTENSION_DIR);
});

after(async () => {
  await browser?.close();
});




test("Firefox textarea: tooltip, fix, undo", async () => {
  const url = "https://www.resalib.fr/praticien/avis";
  const page = await openFixture(browser, url, { [url]: { file: "resalib-reviews.html" } });
  await page.click("textarea");
  await page.type("textarea", REPLY);
  const checked = await waitForChecked(page, "textarea");
  assert.ok(checked.findings.length > 0, "the reply has findings");

  const index = checked.findings.findIndex((finding) => finding.fix !== null);
  assert.ok(index >= 0, "a finding with a fix");
  const finding = checked.findings[index];
  const point = await page.evaluate((index) => {
    const spans = document.querySelector("discret-overlay").shadowRoot.querySelectorAll(".finding");
    const span = [...spans].find((each) => each.dataset.findings.split(" ").includes(String(index)));
    const rect = span.getClientRects()[0];
    return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
  }, index);
  await page.mouse.move(point.x, point.y);

  const message = await page.waitForFunction(() => {
    const box = document.querySelector("discret-tooltip")?.shadowRoot.querySelector(".tooltip");
    return box !== undefined && !box.hidden ? box.querySelector(".message").textContent : null;
  });
  assert.equal(await message.jsonValue(), finding.message);
  const label = await page.evaluate(() => document.querySelector("discret-tooltip").shadowRoot.querySelector("button.fix").textContent);
  assert.equal(label, "Corriger");

  await page.evaluate(() => document.querySelector("discret-tooltip").shadowRoot.querySelector("button.fix").click());
  const fixed = REPLY.slice(0, finding.start) + finding.fix + REPLY.slice(finding.end);
  await page.waitForFunction((fixed) => {
    // « Corriger » also takes out one space around a deleted span.
    const value = document.querySelector("textarea").value;
    return [fixed, fixed.replace(/ {2}/, " "), fixed.replace(/ (?=[,.])/, ""), fixed.trim()].includes(value);
  }, {}, fixed);

  await page.keyboard.down("Control");
  await page.keyboard.press("z");
  await page.keyboard.up("Control");
  await page.waitForFunction((reply) => document.querySelector("textarea").value === reply, {}, REPLY);
  await page.close();
});

test("Firefox contenteditable: highlights, strict CSP", async () => {
  const url = "https://pro.doctolib.fr/messaging";
  const page = await openFixture(browser, url, { [url]: { file: "doctolib-messaging.html", csp: STRICT_CSP } });
  await page.click("[contenteditable]");
  await page.type("[contenteditable]", REPLY);
  const checked = await waitForChecked(page, "[contenteditable]");
  assert.ok(checked.findings.length > 0, "the reply has findings");

  const ranges = await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith("discret-")).reduce((count, name) => count + CSS.highlights.get(name).size, 0));
  assert.equal(ranges, checked.findings.length, "one highlight range per finding");

  const style = await page.evaluate((severity) => {
    const computed = getComputedStyle(document.querySelector("[contenteditable] p"), `::highlight(discret-${severity}-light)`);
    return { line: computed.textDecorationLine, thickness: computed.textDecorationThickness };
  }, checked.findings[0].severity);
  assert.equal(style.line, "underline", "highlight style applied under a strict style-src CSP");
  assert.equal(style.thickness, "3px");
  await page.close();
});

test("Firefox Google reply iframe, strict CSP", async () => {
  const outer = "https://business.google.com/reviews/l/123";
  const frameUrl = "https://www.google.com/local/business/123/customers/reviews/reply?hl=fr";
  const page = await openFixture(browser, outer, {
    [outer]: { file: "google-business-outer.html" },
    [frameUrl]: { file: "google-business-reply.html", csp: STRICT_CSP },
  });
  const frameElement = await page.waitForSelector("iframe");
  const frame = await frameElement.contentFrame();
  await frame.waitForSelector("textarea");
  await frame.click("textarea");
  await frame.type("textarea", REPLY);

  const checked = await waitForChecked(frame, "textarea");
  assert.ok(checked.findings.length > 0, "the reply has findings");
  // Measured in Firefox ESR 153: the page's CSP does not stop WebAssembly in content scripts.
  assert.equal(checked.checker, "content");
  await page.close();
});
