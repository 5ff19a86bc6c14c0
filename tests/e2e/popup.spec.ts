import { expect, test } from "./support/extension";
import { openPopupFor, storedSettings } from "./support/extension-pages";
import { REPLY, typeAndWait } from "./support/flow";
import { waitForChecked } from "./support/signal";
import type { BoxUnderTest } from "./support/flow";

const DOCTOLIB = { url: "https://pro.doctolib.fr/reviews", file: "doctolib-reviews.html" };

test("popup Insérer fills box, Ctrl+Z undoes", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture(DOCTOLIB);
  const textarea = page.locator("textarea");
  const draft = "Bonjour Claire,";
  await typeAndWait({ page, target: page, selector: "textarea", kind: "textarea" }, draft);

  const popup = await openPopupFor(context, serviceWorker, page.url());
  await expect(popup.locator("h2#suggestions-heading")).toHaveText("Réponses proposées");
  await expect(popup.locator("#box-context"), "the tab has a reply box").toBeVisible();
  await expect(popup.locator("#no-box")).toBeHidden();
  await expect(popup.locator("#draft-warning"), "the box holds a draft that Insérer replaces").toBeVisible();
  await expect(popup.locator("#situation-source"), "the situation comes from Claire B.'s review").toContainText("Claire B.");
  await expect(popup.locator("input[name=tone][value=warm]"), "default tone from the settings").toBeChecked();

  const first = popup.locator(".suggestion").first();
  const suggestion = (await first.locator(".suggestion-text").textContent()) ?? "";
  expect(suggestion.length, "a suggestion text").toBeGreaterThan(20);
  await expect(first.locator("button.insert")).toHaveText("Insérer");
  await first.locator("button.insert").click();
  await expect(popup.locator("#popup-status")).toHaveText("Réponse insérée. Ctrl+Z dans le champ pour annuler.");
  await expect(textarea, "Insérer puts the suggestion in the box").toHaveValue(suggestion);

  await page.bringToFront();
  const inserted = await waitForChecked(page, "textarea");
  expect(inserted.findings.filter((finding) => finding.severity !== "info"), "the suggestion passes the check").toEqual([]);
  await textarea.press("Control+z");
  await expect(textarea, "Ctrl+Z brings the draft back").toHaveValue(draft);
});

test("popup situations and tones", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture(DOCTOLIB);
  await page.locator("textarea").click();
  const popup = await openPopupFor(context, serviceWorker, page.url());

  const situation = popup.locator("#situation");
  await expect(situation.locator("option"), "every situation is offered").toHaveCount(8);
  const detected = await situation.inputValue();
  expect(["positive", "care_mentioned"], "a review that praises an explanation of care").toContain(detected);

  const texts = async () => popup.locator(".suggestion-text").allTextContents();
  const warm = await texts();
  expect(warm.length, "at least three warm suggestions").toBeGreaterThanOrEqual(3);
  await popup.locator("label[for=tone-neutral]").click();
  const neutral = await texts();
  expect(neutral.length, "at least three neutral suggestions").toBeGreaterThanOrEqual(3);
  expect(neutral, "the tone switch changes the suggestions").not.toEqual(warm);

  await situation.selectOption("aggressive");
  await expect.poll(texts, { message: "choosing a situation changes the suggestions" }).not.toEqual(neutral);
  expect((await texts()).length, "at least three suggestions for the chosen situation").toBeGreaterThanOrEqual(3);
});

test("popup without box: general suggestions", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture({ url: "https://www.google.com/search?q=cabinet", file: "generic-fields.html" });
  const popup = await openPopupFor(context, serviceWorker, page.url());

  await expect(popup.locator("#no-box")).toBeVisible();
  await expect(popup.locator("#no-box h2")).toHaveText("Aucun champ de réponse ouvert");
  await expect(popup.locator("#no-box"), "what Discret checks").toContainText("secret médical");
  await expect(popup.locator("#box-context")).toBeHidden();
  expect(await popup.locator(".suggestion").count(), "general suggestions").toBeGreaterThanOrEqual(3);
  await expect(popup.locator("button.insert"), "nothing to insert into").toHaveCount(0);
  await expect(popup.locator("button.copy").first()).toHaveText("Copier");
  await expect(popup.locator("#site-switch"), "the page is on Google Search").toBeChecked();
  await expect(popup.locator("#site-label")).toHaveText("Vérifier sur Google Maps et Recherche");
});

test("popup Copier copies suggestion", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture(DOCTOLIB);
  await page.locator("textarea").click();
  const popup = await openPopupFor(context, serviceWorker, page.url());

  const first = popup.locator(".suggestion").first();
  await first.locator("button.copy").click();
  await expect(popup.locator("#popup-status")).toHaveText("Texte copié.");

  // Pastes into the reply box, as the user would after « Copier ».
  await page.bringToFront();
  await page.locator("textarea").press("Control+v");
  await expect(page.locator("textarea"), "the clipboard holds the suggestion").toHaveValue((await first.locator(".suggestion-text").textContent()) ?? "");
});

test("popup site switch removes underlines", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture(DOCTOLIB);
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const checked = await typeAndWait(box, REPLY);
  expect(checked.findings.length, "the reply has findings").toBeGreaterThan(0);

  const popup = await openPopupFor(context, serviceWorker, page.url());
  const siteSwitch = popup.locator("#site-switch");
  await expect(popup.locator("#site-label")).toHaveText("Vérifier sur Doctolib");
  await expect(siteSwitch).toBeChecked();

  await siteSwitch.uncheck();
  await expect(popup.locator("#popup-status")).toHaveText("Discret ne vérifie plus vos réponses sur ce site.");
  await expect(page.locator("discret-overlay"), "turning the site off removes the underlines at once").toHaveCount(0);
  expect(((await storedSettings(serviceWorker)) as { sites: Record<string, boolean> }).sites.doctolib).toBe(false);

  await siteSwitch.check();
  await expect(page.locator("discret-overlay"), "turning it on brings them back").toHaveCount(1);
  const again = await waitForChecked(page, "textarea");
  expect(again.findings.map((finding) => finding.rule), "the same findings").toEqual(checked.findings.map((finding) => finding.rule));
});

test("popup strictness switch rechecks tab", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture(DOCTOLIB);
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const standard = await typeAndWait(box, "Merci de votre confiance.");
  expect(standard.findings, "nothing flagged at standard strictness").toEqual([]);

  const popup = await openPopupFor(context, serviceWorker, page.url());
  await expect(popup.locator("input[name=strictness][value=standard]")).toBeChecked();
  await popup.locator("label[for=strictness-strict]").click();
  await expect(popup.locator("#popup-status")).toHaveText("Réglage enregistré.");

  const strict = await waitForChecked(page, "textarea", standard.count);
  expect(strict.findings.length, "flagged at strict strictness").toBeGreaterThan(0);
});

test("first suggestion buttons in view", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture(DOCTOLIB);
  await typeAndWait({ page, target: page, selector: "textarea", kind: "textarea" }, "Bonjour Claire,");

  const popup = await openPopupFor(context, serviceWorker, page.url());
  // Browsers cap a popup at 600 pixels tall; 390 pixels is the popup's own width.
  await popup.setViewportSize({ width: 390, height: 600 });
  const footer = (await popup.locator(".popup-footer").boundingBox())!;
  expect(footer.y + footer.height, "the footer with « Exigence » ends at the bottom of the popup").toBeLessThanOrEqual(600);

  const first = popup.locator(".suggestion").first();
  for (const name of ["insert", "copy"]) {
    const button = (await first.locator(`button.${name}`).boundingBox())!;
    expect(button.y, `${name} below the top of the popup`).toBeGreaterThanOrEqual(0);
    expect(button.y + button.height, `${name} above the « Exigence » footer`).toBeLessThanOrEqual(footer.y);
  }
  expect(await popup.locator("main").evaluate((main) => main.scrollTop), "no scrolling needed").toBe(0);
});
