// The welcome page in Firefox. It opens once after install and not after an update, and shows an example
// that the checker produces in the page. Its button grants the supported sites' host permissions, which
// Firefox leaves to the user in these tests (see launchFirefox).
// Run with: node --test tests/e2e/firefox/

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  checkInBackground,
  EXTENSION_DIR,
  EXTENSION_ORIGIN,
  launchFirefox,
  openExtensionPage,
  openFixture,
  pagesAt,
  REPLY,
  waitForChecked,
} from "./support.mjs";

const WELCOME_URL = `${EXTENSION_ORIGIN}/welcome.html`;
const RESALIB_URL = "https://www.resalib.fr/praticien/avis";

let browser;
/** The welcome tab that the extension opened on install. */
let welcome;

before(async () => {
  browser = await launchFirefox({ optInHostPermissions: true });
  [welcome] = await pagesAt(browser, WELCOME_URL);
});

after(async () => {
  await browser?.close();
});

/** Reads what the welcome page shows, once it is ready. */
async function readWelcome(page) {
  await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 });
  return page.evaluate(() => {
    const example = document.getElementById("example");
    return {
      title: document.querySelector("h1").textContent,
      lang: document.documentElement.lang,
      exampleState: example.dataset.state,
      findings: Number(example.dataset.findings ?? "0"),
      marks: [...document.querySelectorAll("#example-before mark.finding")].map((mark) => mark.textContent),
      before: document.getElementById("example-before").textContent,
      after: document.getElementById("example-after").textContent,
      accessHidden: document.getElementById("access").hidden,
      accessStatus: document.getElementById("access-status").textContent,
      grantHidden: document.getElementById("grant").hidden,
      origins: [...document.querySelectorAll("#origins li")].map((item) => item.textContent),
    };
  });
}

test("welcome page opens on install", async () => {
  const pages = await pagesAt(browser, WELCOME_URL, { count: 2, timeout: 2_000 });
  assert.equal(pages.length, 1, "one welcome tab after install");
  const shown = await readWelcome(welcome);
  assert.equal(shown.title, "Bienvenue dans Discret");
  assert.equal(shown.lang, "fr");
});

test("welcome example comes from checker", async () => {
  const shown = await readWelcome(welcome);
  assert.equal(shown.exampleState, "ready");
  assert.ok(shown.findings >= 3, `the draft has findings (${shown.findings})`);
  assert.ok(shown.marks.includes("votre détartrage") || shown.marks.some((mark) => mark.includes("détartrage")), `a treatment is underlined: ${shown.marks.join(" | ")}`);
  assert.ok(shown.after.includes("Cabinet dentaire du Parc"), "the rewrite signs with the example practice");

  // The background context checks both versions again, independently of the page's own checker.
  const strict = { review: "Très bonne dentiste, mon détartrage s'est très bien passé, je recommande.", reviewer: "Sophie M.", strictness: "strict", locale: "fr" };
  const draft = await checkInBackground(welcome, { ...strict, reply: shown.before });
  assert.ok(draft.findings.some((finding) => finding.severity === "error"), "the draft breaches medical secrecy");
  const rewritten = await checkInBackground(welcome, { ...strict, reply: shown.after });
  const risky = rewritten.findings.filter((finding) => finding.severity !== "info");
  assert.deepEqual(risky.map((finding) => finding.text), [], "the rewrite passes a strict check");
});

test("welcome button grants site access", async () => {
  const shown = await readWelcome(welcome);
  assert.equal(shown.accessHidden, false, "the access section shows while access is missing");
  assert.equal(shown.accessStatus, "Autorisation non accordée : Discret ne peut vérifier vos réponses que par le menu contextuel.");
  assert.equal(shown.origins.length, 7, "every host pattern of the manifest is listed");

  // Without the permission, Firefox does not inject the content script into the supported site.
  const blocked = await openFixture(browser, RESALIB_URL, { [RESALIB_URL]: { file: "resalib-reviews.html" } });
  await blocked.click("textarea");
  await blocked.type("textarea", REPLY);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  assert.equal(await blocked.evaluate(() => document.querySelector("discret-overlay") === null), true, "no check before the grant");
  await blocked.close();

  await welcome.bringToFront();
  await welcome.click("#grant");
  await welcome.waitForFunction(() => document.getElementById("access-status").dataset.granted === "true");
  const granted = await readWelcome(welcome);
  assert.equal(granted.accessStatus, "Autorisation accordée : Discret vérifiera vos réponses sur ces sites.");
  assert.equal(granted.grantHidden, true, "the button goes once access is granted");
  assert.equal(granted.accessHidden, false, "the section stays to show the new status");

  const page = await openFixture(browser, RESALIB_URL, { [RESALIB_URL]: { file: "resalib-reviews.html" } });
  await page.click("textarea");
  await page.type("textarea", REPLY);
  const checked = await waitForChecked(page, "textarea");
  assert.ok(checked.findings.length > 0, "the reply is checked after the grant");
  await page.close();
});

test("welcome page follows English setting", async () => {
  const options = await openExtensionPage(browser, welcome, "options.html");
  await options.select("#uiLocale", "en");
  await options.waitForFunction(() => document.documentElement.lang === "en");
  const english = await openExtensionPage(browser, welcome, "welcome.html");
  const shown = await readWelcome(english);
  assert.equal(shown.title, "Welcome to Discret");
  assert.equal(shown.lang, "en");
  assert.equal(shown.exampleState, "ready");
  assert.ok(shown.findings >= 3, `the English draft has findings (${shown.findings})`);
  assert.ok(shown.after.includes("Parc Dental Practice"), "the English rewrite signs with the example practice");
  await options.select("#uiLocale", "auto");
  await english.close();
  await options.close();
});

test("update does not reopen welcome", async () => {
  // Installing the same add-on again is an update: onInstalled fires with the reason "update".
  // The update also closes the extension's open pages, the first welcome tab among them.
  await browser.installExtension(EXTENSION_DIR);
  // The extension restarted; give onInstalled time to run before counting welcome tabs.
  const pages = await pagesAt(browser, WELCOME_URL, { count: 1, timeout: 3_000 });
  assert.equal(pages.length, 0, "no welcome tab after the update");
});
