import { recordErrors } from "./support/devtools";
import { expect, test } from "./support/extension";
import { openExtensionPage, openPopupFor, storedSettings, storeRawSettings } from "./support/extension-pages";
import { expectUnderlinesMatchFindings, REPLY, typeAndWait } from "./support/flow";
import { waitForChecked } from "./support/signal";

test("version-1 settings move to sync", async ({ context, serviceWorker }) => {
  const legacy = {
    strictness: "strict",
    lang: "fr",
    practice: { profession: "dentiste", name: "Cabinet dentaire du Parc", city: "Lyon", sensitive_terms: ["implant"], allowed_terms: ["sourire"] },
    debug: true,
  };
  await storeRawSettings(serviceWorker, "local", legacy);

  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await expect(options.locator("#name")).toHaveValue("Cabinet dentaire du Parc");
  await expect(options.locator("#profession")).toHaveValue("dentiste");
  await expect(options.locator("#strictness")).toHaveValue("strict");
  await expect(options.locator("#notice"), "a valid old format needs no notice").toBeHidden();

  expect(await storedSettings(serviceWorker)).toEqual({
    version: 2,
    strictness: "strict",
    lang: "fr",
    tone: "warm",
    practice: { profession: "dentiste", name: "Cabinet dentaire du Parc", city: "Lyon", specialty: "", signature: "", sensitive_terms: ["implant"], allowed_terms: ["sourire"] },
    sites: { google_business: true, google_maps: true, doctolib: true, resalib: true },
    disabledHosts: [],
    uiLocale: "auto",
    debug: true,
  });
  const local = await serviceWorker.evaluate(() => chrome.storage.local.get("settings"));
  expect(local, "the old copy is removed, so the move happens once").toEqual({});
});

test("corrupt settings: defaults and notice", async ({ context, serviceWorker, openFixture }) => {
  await storeRawSettings(serviceWorker, "sync", { version: 2, strictness: "extrême", practice: "Cabinet", sites: [] });

  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await expect(options.locator("#notice")).toHaveText(
    "Vos réglages enregistrés étaient en partie illisibles : les valeurs par défaut les remplacent. Vérifiez-les ci-dessous.",
  );
  await expect(options.locator("#strictness")).toHaveValue("standard");

  // Content scripts keep working with the defaults.
  const page = await openFixture({ url: "https://pro.doctolib.fr/reviews", file: "doctolib-reviews.html" });
  const checked = await typeAndWait({ page, target: page, selector: "textarea", kind: "textarea" }, REPLY);
  expect(checked.findings.length, "the reply is checked with the defaults").toBeGreaterThan(0);
  const popup = await openPopupFor(context, serviceWorker, page.url());
  await expect(popup.locator("#notice"), "the popup shows the notice too").toBeVisible();

  expect(await storedSettings(serviceWorker), "the stored value is left as it was until the user saves").toEqual({
    version: 2,
    strictness: "extrême",
    practice: "Cabinet",
    sites: [],
  });
  await options.bringToFront();
  await options.locator("#strictness").selectOption("strict");
  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
  await expect(options.locator("#notice"), "saving valid settings clears the notice").toBeHidden();
  expect(((await storedSettings(serviceWorker)) as { strictness: string }).strictness).toBe("strict");
  await waitForChecked(page, "textarea", checked.count);
});

test("future settings version: defaults and notice", async ({ context, serviceWorker }) => {
  const future = { version: 3, strictness: "strict", newField: true };
  await storeRawSettings(serviceWorker, "sync", future);

  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await expect(options.locator("#notice")).toContainText("une version plus récente de Discret");
  await expect(options.locator("#strictness")).toHaveValue("standard");
  expect(await storedSettings(serviceWorker), "a newer version's settings are kept").toEqual(future);
});

test("unreadable settings value: defaults", async ({ context, serviceWorker }) => {
  await storeRawSettings(serviceWorker, "sync", "pas un objet");
  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await expect(options.locator("#notice")).toBeVisible();
  await expect(options.locator("#profession")).toHaveValue("medecin");
  await expect(options.locator("input[name=tone][value=warm]")).toBeChecked();
});

/** Time an open tab has to check its box again after the settings changed, in milliseconds. */
const RECHECK_TIMEOUT_MS = 10_000;

test("open tab survives corrupt settings", async ({ context, serviceWorker, openFixture }) => {
  await storeRawSettings(serviceWorker, "sync", { version: 2, strictness: "strict" });
  const page = await openFixture({ url: "https://pro.doctolib.fr/reviews", file: "doctolib-reviews.html" });
  const errors = await recordErrors(context, page);
  const box = { page, target: page, selector: "textarea", kind: "textarea" as const };
  // Flagged at strict strictness only, so the findings tell which settings the tab checks with.
  let checked = await typeAndWait(box, "Merci de votre confiance.");
  expect(checked.findings.length, "flagged with the stored strict settings").toBeGreaterThan(0);

  const corruptValues: [string, unknown][] = [
    ["not an object", "pas un objet"],
    ["a list", ["strict"]],
    ["invalid fields", { version: 2, strictness: "extrême", practice: "Cabinet", sites: [] }],
    ["a newer version", { version: 99, strictness: "strict" }],
  ];
  for (const [name, value] of corruptValues) {
    await test.step(`settings become ${name}`, async () => {
      await storeRawSettings(serviceWorker, "sync", value);
      checked = await waitForChecked(page, "textarea", checked.count, RECHECK_TIMEOUT_MS);
      expect(checked.findings, "checked with the defaults, standard strictness").toEqual([]);

      await storeRawSettings(serviceWorker, "sync", { version: 2, strictness: "strict" });
      checked = await waitForChecked(page, "textarea", checked.count, RECHECK_TIMEOUT_MS);
      expect(checked.findings.length, "valid settings apply again").toBeGreaterThan(0);
    });
  }

  await storeRawSettings(serviceWorker, "sync", "pas un objet");
  checked = await waitForChecked(page, "textarea", checked.count, RECHECK_TIMEOUT_MS);
  await page.locator("textarea").fill("");
  const typed = await typeAndWait(box, REPLY);
  expect(typed.findings.length, "a breach typed with corrupt settings is flagged").toBeGreaterThan(0);
  await expectUnderlinesMatchFindings(box, typed.findings);
  expect(errors, "uncaught exceptions and console errors in the page and the service worker").toEqual([]);
});
