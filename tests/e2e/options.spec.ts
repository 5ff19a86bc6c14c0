import { readFileSync } from "node:fs";
import { expect, test } from "./support/extension";
import { openExtensionPage, storedSettings, storeRawSettings } from "./support/extension-pages";
import { openTooltip, typeAndWait } from "./support/flow";
import { mirrorUnderlineBoxes } from "./support/underlines";
import { waitForChecked } from "./support/signal";
import type { BoxUnderTest } from "./support/flow";

const RESALIB = { url: "https://www.resalib.fr/praticien/avis", file: "resalib-reviews.html" };

test("strictness option changes underlines", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture(RESALIB);
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const standard = await typeAndWait(box, "Merci de votre confiance.");
  expect(standard.findings, "nothing flagged at standard strictness").toEqual([]);

  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await options.locator("#strictness").selectOption("strict");
  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
  const strict = await waitForChecked(page, "textarea", standard.count);
  expect(strict.findings.length, "flagged at strict strictness").toBeGreaterThan(0);
  expect((await mirrorUnderlineBoxes(page, 0)).length, "the finding is underlined").toBeGreaterThan(0);

  await options.locator("#strictness").selectOption("lenient");
  const lenient = await waitForChecked(page, "textarea", strict.count);
  expect(lenient.findings, "nothing flagged at lenient strictness").toEqual([]);
  expect(await mirrorUnderlineBoxes(page, 0), "no underline left").toEqual([]);
});

test("invalid settings show message, not saved", async ({ context, serviceWorker }) => {
  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await options.locator("#sensitive_terms").fill("implant\nblanchiment");
  await options.locator("#sensitive_terms").press("Tab");
  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
  const saved = await storedSettings(serviceWorker);

  await options.locator("#allowed_terms").fill("Implant");
  await options.locator("#allowed_terms").press("Tab");
  const error = options.locator("#allowed_terms-error");
  await expect(error).toBeVisible();
  await expect(error).toHaveText("« Implant » figure aussi dans les termes à signaler : retirez-le de l'une des deux listes.");
  await expect(options.locator("#allowed_terms")).toHaveAttribute("aria-invalid", "true");
  await expect(options.locator("#allowed_terms")).toHaveAttribute("aria-describedby", /allowed_terms-error/);
  await expect(options.locator("#status")).toHaveText("Réglages non enregistrés : corrigez les champs signalés.");

  await options.locator("#disabledHosts").fill("pas un site");
  await options.locator("#disabledHosts").press("Tab");
  await expect(options.locator("#disabledHosts-error")).toHaveText("« pas un site » n'est pas un nom de site valide (exemple : www.exemple.fr).");
  await options.locator("#city").fill("Lyon\u0007");
  await options.locator("#city").press("Tab");
  await expect(options.locator("#city-error")).toContainText("caractères invisibles");
  expect(await storedSettings(serviceWorker), "nothing saved while a field is invalid").toEqual(saved);

  await options.locator("#allowed_terms").fill("");
  await options.locator("#disabledHosts").fill("www.exemple.fr");
  await options.locator("#city").fill("Lyon");
  await options.locator("#city").press("Tab");
  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
  await expect(options.locator("#allowed_terms-error")).toBeHidden();
  await expect(options.locator("#allowed_terms")).not.toHaveAttribute("aria-invalid", "true");
  const fixed = (await storedSettings(serviceWorker)) as { practice: { sensitive_terms: string[]; city: string }; disabledHosts: string[] };
  expect(fixed.practice.sensitive_terms).toEqual(["implant", "blanchiment"]);
  expect(fixed.practice.city).toBe("Lyon");
  expect(fixed.disabledHosts).toEqual(["www.exemple.fr"]);
});

test("pasted address keeps host name", async ({ context, serviceWorker }) => {
  const options = await openExtensionPage(context, serviceWorker, "options.html");
  const hosts = options.locator("#disabledHosts");
  await hosts.fill("https://www.exemple.fr/page?x=1\nagenda.cabinet.fr/rendez-vous\nmail.exemple.org");
  await hosts.press("Tab");

  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
  await expect(options.locator("#disabledHosts-error")).toBeHidden();
  await expect(hosts, "the field shows the host names kept").toHaveValue("www.exemple.fr\nagenda.cabinet.fr\nmail.exemple.org");
  const saved = (await storedSettings(serviceWorker)) as { disabledHosts: string[] };
  expect(saved.disabledHosts).toEqual(["www.exemple.fr", "agenda.cabinet.fr", "mail.exemple.org"]);
});

test("exported settings import back", async ({ context, serviceWorker }) => {
  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await options.locator("#profession").selectOption("kinesitherapeute");
  await options.locator("#name").fill("Cabinet de kinésithérapie des Lilas");
  await options.locator("#city").fill("Rennes");
  await options.locator("#specialty").fill("kinésithérapie du sport");
  await options.locator("#signature").fill("L'équipe du cabinet des Lilas\n02 99 00 00 00");
  await options.locator("#sensitive_terms").fill("entorse\nligament");
  await options.locator("label[for=tone-professional]").click();
  await options.locator("input[name=site_resalib]").uncheck();
  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
  const exported = await storedSettings(serviceWorker);

  const downloading = options.waitForEvent("download");
  await options.locator("#export").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("discret-reglages.json");
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, "utf8")), "the file holds the saved settings").toEqual(exported);

  await storeRawSettings(serviceWorker, "sync", { version: 2 });
  await options.reload();
  await expect(options.locator("#name")).toHaveValue("");

  await options.locator("#import-file").setInputFiles(file);
  await expect(options.locator("#import-result")).toHaveText("Réglages importés et enregistrés.");
  expect(await storedSettings(serviceWorker), "the imported settings equal the exported ones").toEqual(exported);
  await expect(options.locator("#name")).toHaveValue("Cabinet de kinésithérapie des Lilas");
  await expect(options.locator("#profession")).toHaveValue("kinesitherapeute");
  await expect(options.locator("input[name=tone][value=professional]")).toBeChecked();
  await expect(options.locator("input[name=site_resalib]")).not.toBeChecked();
});

test("invalid import file changes nothing", async ({ context, serviceWorker }) => {
  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await options.locator("#name").fill("Cabinet du Parc");
  await options.locator("#name").press("Tab");
  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
  const saved = await storedSettings(serviceWorker);

  const invalid = { version: 2, strictness: "très strict", tone: "warm", practice: { name: "x".repeat(200) }, sites: { doctolib: "oui" } };
  await options.locator("#import-file").setInputFiles({ name: "reglages.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(invalid)) });
  const result = options.locator("#import-result");
  await expect(result.locator("p.error")).toHaveText("Fichier non importé, rien n'a été modifié :");
  await expect(result.locator("li")).toHaveText([
    "Niveau d'exigence : Valeur non reconnue : choisissez une des options proposées.",
    "Nom du cabinet : Trop long : 120 caractères au plus, celui-ci en compte 200.",
    "Doctolib : Doit valoir vrai ou faux.",
  ]);

  await options.locator("#import-file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ pas du JSON") });
  await expect(result.locator("li"), "the message names the file once").toHaveText(["Ce fichier n'est pas un fichier JSON valide."]);
  await options.locator("#import-file").setInputFiles({ name: "futur.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ version: 9 })) });
  await expect(result.locator("li")).toHaveText([/^Version : Ces réglages viennent d'une version plus récente/]);

  expect(await storedSettings(serviceWorker), "storage unchanged").toEqual(saved);
  await expect(options.locator("#name")).toHaveValue("Cabinet du Parc");
});

test("options controls labelled, keyboard usable", async ({ context, serviceWorker }) => {
  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await expect(options.locator("h1")).toHaveText("Réglages de Discret");
  const controls = options.locator("input, select, textarea, button");
  const count = await controls.count();
  expect(count, "controls on the page").toBeGreaterThan(15);
  for (let index = 0; index < count; index++) {
    const control = controls.nth(index);
    const name = (await control.getAttribute("name")) ?? (await control.getAttribute("id")) ?? String(index);
    await expect(control, `${name} has an accessible name`).toHaveAccessibleName(/\S/);
  }

  // The first Tab reaches the profession list, with a visible focus ring.
  await options.keyboard.press("Tab");
  await expect(options.locator("#profession")).toBeFocused();
  const outline = await options.locator("#profession").evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(outline.style, "focus ring style").toBe("solid");
  expect(outline.width, "focus ring width").toBe("3px");

  // Arrow keys move through the tone radios, and the choice is saved.
  await options.locator("input[name=tone][value=warm]").focus();
  await options.keyboard.press("ArrowRight");
  await expect(options.locator("input[name=tone][value=professional]")).toBeChecked();
  await expect(options.locator("#status")).toHaveText("Réglages enregistrés.");
  expect(((await storedSettings(serviceWorker)) as { tone: string }).tone).toBe("professional");
});

test("interface language setting switches to English", async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture({ url: "https://pro.doctolib.fr/reviews", file: "doctolib-reviews.html" });
  const box: BoxUnderTest = { page, target: page, selector: "textarea", kind: "textarea" };
  const french = await typeAndWait(box, "Bonjour, je vous ai reçue le 12 mars pour votre détartrage.");

  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await options.locator("#uiLocale").selectOption("en");
  await expect(options.locator("h1"), "the options page switches at once").toHaveText("Discret settings");
  await expect(options.locator("html")).toHaveAttribute("lang", "en");
  await expect(options.locator("#status")).toHaveText("Settings saved.");

  const english = await waitForChecked(page, "textarea", french.count);
  expect(english.findings[0].message, "the checker's messages follow the interface language").not.toBe(french.findings[0].message);
  const tooltip = await openTooltip(box, 0, english.findings[0]);
  await expect(tooltip.locator("button.ignore")).toHaveText("Ignore");
  await expect(tooltip.locator("button.rewrite")).toHaveText("Rewrite the reply");
});

test("saving keeps text being typed", async ({ context, serviceWorker }) => {
  await storeRawSettings(serviceWorker, "sync", { version: 2, practice: { name: "Ancien nom", city: "Ancienne ville", specialty: "ancienne spécialité" } });
  const options = await openExtensionPage(context, serviceWorker, "options.html");
  await expect(options.locator("#name")).toHaveValue("Ancien nom");

  // Filling a field moves the focus, which saves the previous one while the new text is not saved yet.
  const typed = { name: "Cabinet dentaire du Parc", city: "Lyon", specialty: "soins dentaires", signature: "Dr Claire Martin" };
  for (const [id, value] of Object.entries(typed)) {
    await options.locator(`#${id}`).fill(value);
  }
  await options.locator("#signature").press("Tab");
  await expect.poll(async () => ((await storedSettings(serviceWorker)) as { practice: { signature: string } }).practice.signature).toBe(typed.signature);

  for (const [id, value] of Object.entries(typed)) {
    await expect(options.locator(`#${id}`), `${id} keeps the text typed`).toHaveValue(value);
  }
  const stored = (await storedSettings(serviceWorker)) as { practice: Record<string, string> };
  expect({ name: stored.practice.name, city: stored.practice.city, specialty: stored.practice.specialty, signature: stored.practice.signature }).toEqual(typed);
});
