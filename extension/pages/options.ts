// Options page: the practitioner's profession, practice details, strictness, tone, word lists, sites and
// interface language. A change is validated and saved at once; invalid fields show their message next to
// them and nothing is saved until they are fixed. Settings can be exported to and imported from a JSON file.

import type { LangChoice, Profession, Strictness, Tone } from "../shared/checker-types";
import { applyUiLocale, t } from "../shared/i18n";
import { defaultSettings, loadSettings, loadSettingsWithNotice, migrateV1, onSettingsChanged, saveSettings, SETTINGS_VERSION, validateSettings } from "../shared/settings";
import type { FieldError, Settings, SettingsNotice, UiLocaleChoice } from "../shared/settings";
import { SITE_IDS } from "../shared/sites";
import { localisePage } from "./localise";

const form = document.getElementById("settings") as HTMLFormElement;
const status = document.getElementById("status") as HTMLElement;
const notice = document.getElementById("notice") as HTMLElement;
const importResult = document.getElementById("import-result") as HTMLElement;

/** Form control, and its error element "<name>-error", of each settings field that has one. */
const CONTROL_OF_FIELD: Record<string, string> = {
  strictness: "strictness",
  lang: "lang",
  tone: "tone",
  uiLocale: "uiLocale",
  disabledHosts: "disabledHosts",
  "practice.profession": "profession",
  "practice.name": "name",
  "practice.city": "city",
  "practice.specialty": "specialty",
  "practice.signature": "signature",
  "practice.sensitive_terms": "sensitive_terms",
  "practice.allowed_terms": "allowed_terms",
};

/** Label message of each settings field, to name it in the errors of an imported file. Errors about the whole file have none. */
const LABEL_OF_FIELD: Record<string, string> = {
  version: "optionsFileVersion",
  practice: "optionsPracticeLegend",
  sites: "optionsSitesLegend",
  strictness: "optionsStrictness",
  lang: "optionsLang",
  tone: "optionsTone",
  uiLocale: "optionsUiLocale",
  debug: "optionsDebug",
  disabledHosts: "optionsDisabledHosts",
  "practice.profession": "optionsProfession",
  "practice.name": "optionsPracticeName",
  "practice.city": "optionsCity",
  "practice.specialty": "optionsSpecialty",
  "practice.signature": "optionsSignature",
  "practice.sensitive_terms": "optionsSensitiveTerms",
  "practice.allowed_terms": "optionsAllowedTerms",
  ...Object.fromEntries(SITE_IDS.map((site) => [`sites.${site}`, `site_${site}`])),
};

function control<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(name: string): T {
  return form.elements.namedItem(name) as T;
}

/** Splits a textarea's value into its lines; settings validation trims them and drops empty ones. */
function lines(value: string): string[] {
  return value.split("\n");
}

/**
 * Returns the host name of a pasted address (« https://www.exemple.fr/page » or « www.exemple.fr/page »
 * gives « www.exemple.fr »), or the line as it is when it is not an address, for the validation to judge.
 */
function hostOfLine(line: string): string {
  const trimmed = line.trim();
  let address: string | null = null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    address = trimmed;
  } else if (/^[^\s/]+[/?#]/.test(trimmed)) {
    address = `https://${trimmed}`;
  }
  if (address === null || !URL.canParse(address)) {
    return line;
  }
  const host = new URL(address).hostname;
  return host === "" ? line : host;
}

function fillForm(settings: Settings): void {
  const practice = settings.practice;
  control<HTMLSelectElement>("profession").value = practice.profession;
  control<HTMLInputElement>("name").value = practice.name;
  control<HTMLInputElement>("city").value = practice.city;
  control<HTMLInputElement>("specialty").value = practice.specialty;
  control<HTMLTextAreaElement>("signature").value = practice.signature;
  control<HTMLSelectElement>("strictness").value = settings.strictness;
  control<HTMLSelectElement>("lang").value = settings.lang;
  for (const radio of form.querySelectorAll<HTMLInputElement>("input[name=tone]")) {
    radio.checked = radio.value === settings.tone;
  }
  control<HTMLTextAreaElement>("sensitive_terms").value = practice.sensitive_terms.join("\n");
  control<HTMLTextAreaElement>("allowed_terms").value = practice.allowed_terms.join("\n");
  for (const site of SITE_IDS) {
    control<HTMLInputElement>(`site_${site}`).checked = settings.sites[site];
  }
  control<HTMLTextAreaElement>("disabledHosts").value = settings.disabledHosts.join("\n");
  control<HTMLSelectElement>("uiLocale").value = settings.uiLocale;
  control<HTMLInputElement>("debug").checked = settings.debug;
}

/** Builds settings from the form as they are, valid or not; validateSettings reports what is wrong. */
function readForm(): Settings {
  const tone = form.querySelector<HTMLInputElement>("input[name=tone]:checked")?.value ?? "warm";
  return {
    version: SETTINGS_VERSION,
    strictness: control<HTMLSelectElement>("strictness").value as Strictness,
    lang: control<HTMLSelectElement>("lang").value as LangChoice,
    tone: tone as Tone,
    practice: {
      profession: control<HTMLSelectElement>("profession").value as Profession,
      name: control<HTMLInputElement>("name").value,
      city: control<HTMLInputElement>("city").value,
      specialty: control<HTMLInputElement>("specialty").value,
      signature: control<HTMLTextAreaElement>("signature").value,
      sensitive_terms: lines(control<HTMLTextAreaElement>("sensitive_terms").value),
      allowed_terms: lines(control<HTMLTextAreaElement>("allowed_terms").value),
    },
    sites: Object.fromEntries(SITE_IDS.map((site) => [site, control<HTMLInputElement>(`site_${site}`).checked])) as Settings["sites"],
    disabledHosts: lines(control<HTMLTextAreaElement>("disabledHosts").value).map(hostOfLine),
    uiLocale: control<HTMLSelectElement>("uiLocale").value as UiLocaleChoice,
    debug: control<HTMLInputElement>("debug").checked,
  };
}

/** Returns the element that receives aria-invalid for a control: the input itself, or a radio group's fieldset. */
function invalidTarget(name: string): HTMLElement | null {
  const element = form.elements.namedItem(name);
  if (element instanceof RadioNodeList) {
    return (element[0] as HTMLElement | undefined)?.closest("fieldset") ?? null;
  }
  return element instanceof HTMLElement ? element : null;
}

/** Shows each error next to its field, with aria-invalid and aria-describedby, and clears the others. */
function showFieldErrors(errors: FieldError[]): void {
  for (const name of Object.values(CONTROL_OF_FIELD)) {
    const target = invalidTarget(name);
    const message = document.getElementById(`${name}-error`);
    if (target === null || message === null) {
      continue;
    }
    const fieldErrors = errors.filter((error) => CONTROL_OF_FIELD[error.field] === name);
    const describedBy = (target.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id !== "" && id !== message.id);
    if (fieldErrors.length === 0) {
      message.hidden = true;
      message.textContent = "";
      target.removeAttribute("aria-invalid");
    } else {
      message.hidden = false;
      message.textContent = fieldErrors.map((error) => t(error.key, error.substitutions)).join(" ");
      target.setAttribute("aria-invalid", "true");
      describedBy.push(message.id);
    }
    if (describedBy.length > 0) {
      target.setAttribute("aria-describedby", describedBy.join(" "));
    } else {
      target.removeAttribute("aria-describedby");
    }
  }
}

function setStatus(key: string, kind: "saved" | "invalid" | "info"): void {
  status.textContent = t(key);
  status.dataset.kind = kind;
}

/** The settings last shown or saved, to tell an external change from the page's own save. */
let displayedSettings: Settings | null = null;

/** Validates the form and saves it when valid; otherwise shows the errors and leaves storage unchanged. */
async function saveForm(): Promise<void> {
  const { settings, errors } = validateSettings(readForm());
  showFieldErrors(errors);
  if (errors.length > 0) {
    const general = errors.filter((error) => CONTROL_OF_FIELD[error.field] === undefined);
    status.textContent = [t("optionsNotSaved"), ...general.map((error) => t(error.key, error.substitutions))].join(" ");
    status.dataset.kind = "invalid";
    return;
  }
  const previousLocale = displayedSettings?.uiLocale;
  // Set before the write, because storage.onChanged may fire before saveSettings resolves.
  displayedSettings = settings;
  const saveErrors = await saveSettings(settings);
  if (saveErrors.length > 0) {
    showFieldErrors(saveErrors);
    setStatus("optionsNotSaved", "invalid");
    return;
  }
  if (settings.uiLocale !== previousLocale) {
    relocalise(settings.uiLocale);
  }
  // Shows the host names kept from pasted addresses.
  const hostsControl = control<HTMLTextAreaElement>("disabledHosts");
  if (lines(hostsControl.value).some((line) => hostOfLine(line) !== line)) {
    hostsControl.value = settings.disabledHosts.join("\n");
  }
  hideNotice();
  setStatus("optionsSaved", "saved");
}

/** Writes the page again in the chosen interface language. */
function relocalise(choice: UiLocaleChoice): void {
  applyUiLocale(choice);
  localisePage();
  showFieldErrors(validateSettings(readForm()).errors);
}

function showNotice(kind: SettingsNotice): void {
  notice.textContent = t(kind === "future_version" ? "settingsNoticeFutureVersion" : "settingsNoticeCorrupt");
  notice.hidden = false;
}

function hideNotice(): void {
  notice.hidden = true;
}

/** Downloads the saved settings as a JSON file, through an object URL and a link with `download`. */
async function exportSettings(): Promise<void> {
  const settings = await loadSettings();
  const blob = new Blob([JSON.stringify(settings, null, 2) + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = t("optionsExportFileName");
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is released after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  setStatus("optionsExported", "info");
}

/** Reads an imported file: a JSON object of version 2, or of version 1 (no version field), which is migrated. */
function parseImported(text: string): { settings: Settings; errors: FieldError[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { settings: defaultSettings(), errors: [{ field: "settings", key: "settingsErrorNotJson" }] };
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !("version" in value)) {
    value = migrateV1(value as Record<string, unknown>);
  }
  return validateSettings(value);
}

function showImportErrors(errors: FieldError[]): void {
  const heading = document.createElement("p");
  heading.className = "error";
  heading.textContent = t("optionsImportInvalid");
  const list = document.createElement("ul");
  list.className = "error-list";
  for (const error of errors) {
    const item = document.createElement("li");
    const labelKey = LABEL_OF_FIELD[error.field];
    // An error about the whole file names the file itself, so it needs no label in front.
    if (labelKey === undefined) {
      item.textContent = t(error.key, error.substitutions);
    } else {
      const label = document.createElement("strong");
      label.textContent = t(labelKey);
      item.append(label, ` ${t("fieldErrorSeparator")} ${t(error.key, error.substitutions)}`);
    }
    list.append(item);
  }
  importResult.dataset.kind = "invalid";
  importResult.replaceChildren(heading, list);
}

async function importSettings(file: File): Promise<void> {
  const { settings, errors } = parseImported(await file.text());
  if (errors.length > 0) {
    showImportErrors(errors);
    return;
  }
  displayedSettings = settings;
  const saveErrors = await saveSettings(settings);
  if (saveErrors.length > 0) {
    showImportErrors(saveErrors);
    return;
  }
  fillForm(settings);
  relocalise(settings.uiLocale);
  hideNotice();
  const done = document.createElement("p");
  done.className = "success";
  done.textContent = t("optionsImported");
  importResult.dataset.kind = "saved";
  importResult.replaceChildren(done);
}

async function start(): Promise<void> {
  const loaded = await loadSettingsWithNotice();
  applyUiLocale(loaded.settings.uiLocale);
  localisePage();
  fillForm(loaded.settings);
  displayedSettings = loaded.settings;
  if (loaded.notice !== null) {
    showNotice(loaded.notice);
  }

  form.addEventListener("change", () => void saveForm());
  // Enter in a one-line field would submit the form and reload the page.
  form.addEventListener("submit", (event) => event.preventDefault());
  document.getElementById("export")?.addEventListener("click", () => void exportSettings());
  const fileInput = document.getElementById("import-file") as HTMLInputElement;
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (file !== undefined) {
      void importSettings(file);
    }
  });

  // Changes made elsewhere (the popup, another synced browser) show here, unless the form contains edits not
  // saved yet, which refilling it would erase.
  onSettingsChanged(({ settings }) => {
    const unchanged = JSON.stringify(settings) === JSON.stringify(displayedSettings);
    const formEdited = JSON.stringify(validateSettings(readForm()).settings) !== JSON.stringify(displayedSettings);
    if (unchanged || formEdited) {
      return;
    }
    displayedSettings = settings;
    fillForm(settings);
    relocalise(settings.uiLocale);
  }, new AbortController().signal);
}

void start();
