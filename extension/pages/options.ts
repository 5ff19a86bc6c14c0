// Options page: the practitioner's profession, practice details, strictness and word lists, saved to
// extension storage as soon as a field changes.

import type { LangChoice, Profession, Strictness } from "../shared/checker-types";
import { t } from "../shared/i18n";
import { loadSettings, saveSettings } from "../shared/settings";
import type { Settings } from "../shared/settings";
import { localisePage } from "./localise";

const form = document.getElementById("settings") as HTMLFormElement;
const status = document.getElementById("status") as HTMLElement;

function field<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(name: string): T {
  return form.elements.namedItem(name) as T;
}

/** Splits a textarea's value into its non-empty lines. */
function lines(value: string): string[] {
  return value
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function fillForm(settings: Settings): void {
  const practice = settings.practice;
  field<HTMLSelectElement>("profession").value = practice.profession ?? "medecin";
  field<HTMLInputElement>("name").value = practice.name ?? "";
  field<HTMLInputElement>("city").value = practice.city ?? "";
  field<HTMLInputElement>("specialty").value = practice.specialty ?? "";
  field<HTMLTextAreaElement>("signature").value = practice.signature ?? "";
  field<HTMLSelectElement>("strictness").value = settings.strictness;
  field<HTMLSelectElement>("lang").value = settings.lang;
  field<HTMLTextAreaElement>("sensitive_terms").value = (practice.sensitive_terms ?? []).join("\n");
  field<HTMLTextAreaElement>("allowed_terms").value = (practice.allowed_terms ?? []).join("\n");
  field<HTMLInputElement>("debug").checked = settings.debug;
}

function readForm(): Settings {
  return {
    strictness: field<HTMLSelectElement>("strictness").value as Strictness,
    lang: field<HTMLSelectElement>("lang").value as LangChoice,
    debug: field<HTMLInputElement>("debug").checked,
    practice: {
      profession: field<HTMLSelectElement>("profession").value as Profession,
      name: field<HTMLInputElement>("name").value.trim(),
      city: field<HTMLInputElement>("city").value.trim(),
      specialty: field<HTMLInputElement>("specialty").value.trim(),
      signature: field<HTMLTextAreaElement>("signature").value.trim(),
      sensitive_terms: lines(field<HTMLTextAreaElement>("sensitive_terms").value),
      allowed_terms: lines(field<HTMLTextAreaElement>("allowed_terms").value),
    },
  };
}

localisePage();
void loadSettings().then((settings) => {
  fillForm(settings);
  form.addEventListener("change", () => {
    void saveSettings(readForm()).then(() => (status.textContent = t("optionsSaved")));
  });
});
