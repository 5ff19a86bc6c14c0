import { expect, test } from "./support/extension";
import { openTooltip, REPLY, typeAndWait } from "./support/flow";
import { waitForChecked } from "./support/signal";
import type { BoxUnderTest } from "./support/flow";

test("profession option rechecks open boxes", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture({ url: "https://pro.doctolib.fr/reviews", file: "doctolib-reviews.html" });
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const before = await typeAndWait(box, REPLY);
  expect(before.findings.length, "the reply has findings").toBeGreaterThan(0);
  await expect((await openTooltip(box, 0, before.findings[0])).locator(".legal"), "physicians' code of ethics").toContainText("R.4127-4 ");

  // Node gives "null" as the origin of a chrome-extension: URL, so the origin is cut from the string.
  const extensionOrigin = serviceWorker.url().split("/").slice(0, 3).join("/");
  const options = await context.newPage();
  await options.goto(`${extensionOrigin}/options.html`);
  await expect(options.locator("h1")).toHaveText("Réglages de Discret");
  await options.locator("select[name=profession]").selectOption("dentiste");
  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");

  await page.bringToFront();
  const after = await waitForChecked(page, "textarea", before.count);
  const tooltip = await openTooltip(box, 0, after.findings[0]);
  await expect(tooltip.locator(".legal"), "dentists' code of ethics").toContainText("R.4127-206");
});

test("context-menu entry is registered", async ({ serviceWorker }) => {
  // contextMenus.update rejects for an id that does not exist; the entry appears once onInstalled ran.
  const entryExists = () =>
    serviceWorker.evaluate(() =>
      chrome.contextMenus.update("discret-check-field", { contexts: ["editable"] }).then(
        () => true,
        () => false,
      ),
    );
  await expect.poll(entryExists).toBe(true);
});

test("permission page lists granted sites", async ({ context, serviceWorker }) => {
  const extensionOrigin = serviceWorker.url().split("/").slice(0, 3).join("/");
  const page = await context.newPage();
  await page.goto(`${extensionOrigin}/permissions.html`);

  await expect(page.locator("h1")).toHaveText("Autoriser Discret sur Google, Doctolib et Resalib");
  await expect(page.locator("#origins li")).toHaveCount(7);
  await expect(page.locator("#origins")).toContainText("https://www.google.com/local/business/*");
  // Chromium grants the manifest's host permissions at install; Firefox leaves them to this page.
  await expect(page.locator("#status")).toHaveText("Autorisation accordée : Discret vérifiera vos réponses sur ces sites.");
});

test("context-menu request checks focused box", async ({ serviceWorker, openFixture }) => {
  const page = await openFixture({ url: "https://www.google.com/search?q=avis", file: "generic-autofocus.html" });
  await expect(page.locator("#unlabelled")).toBeFocused();
  await expect(page.locator("discret-overlay"), "no box is checked before the request").toHaveCount(0);

  // What the context-menu entry does after a click: inject the content script into the frame (a second
  // injection does nothing), then send it the request. A headless browser cannot click the menu itself.
  await serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.scripting.executeScript({ target: { tabId: tab.id!, frameIds: [0] }, files: ["content.js"] });
    await chrome.tabs.sendMessage(tab.id!, { type: "discret:check-focused-field" }, { frameId: 0 });
  }, page.url());

  const checked = await waitForChecked(page, "#unlabelled");
  expect(checked.findings.length, "findings in the focused box").toBeGreaterThan(0);
  await expect(page.locator("discret-overlay"), "one overlay: the second injection did nothing").toHaveCount(1);
});
