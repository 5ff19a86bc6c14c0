// Parity of the French and English catalogs, and every message key the extension uses, run in Node.

import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Entry {
  message: string;
  description?: string;
  placeholders?: unknown;
}

function catalog(locale: string): Record<string, Entry> {
  return JSON.parse(readFileSync(join(ROOT, "_locales", locale, "messages.json"), "utf8"));
}

/** Returns every file under `dir` whose name ends with `suffix`. */
function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(suffix))
    .map((file) => join(ROOT, dir, file));
}

const fr = catalog("fr");
const en = catalog("en");

test("locales have the same keys", () => {
  const onlyFr = Object.keys(fr).filter((key) => !(key in en));
  const onlyEn = Object.keys(en).filter((key) => !(key in fr));
  expect(onlyFr, "keys in _locales/fr only").toEqual([]);
  expect(onlyEn, "keys in _locales/en only").toEqual([]);
});

test("messages are complete in both locales", () => {
  for (const [locale, messages] of [["fr", fr], ["en", en]] as const) {
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${locale}: ${key} has a message`).not.toBe("");
      // t() in extension/shared/i18n.ts substitutes $1…$9 only, not named placeholders.
      expect(entry.placeholders, `${locale}: ${key} uses no named placeholders`).toBeUndefined();
    }
  }
  for (const key of Object.keys(fr).filter((each) => each in en)) {
    const substitutions = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
    expect(substitutions(en[key].message), `${key}: same $n substitutions in both locales`).toEqual(substitutions(fr[key].message));
  }
});

test("page data-i18n keys exist", () => {
  const pages = [...filesUnder("extension", ".html")];
  expect(pages.length, "extension pages found").toBeGreaterThanOrEqual(3);
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    const keys = [...html.matchAll(/data-i18n(?:-aria-label)?="([^"]+)"/g)].map((match) => match[1]);
    expect(keys.length, `${page} has localised text`).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key in fr, `${page}: ${key} in _locales/fr`).toBe(true);
      expect(key in en, `${page}: ${key} in _locales/en`).toBe(true);
    }
  }
});

test("script and manifest keys exist", () => {
  const used = new Set<string>();
  for (const file of filesUnder("extension", ".ts")) {
    for (const match of readFileSync(file, "utf8").matchAll(/\bt\("([A-Za-z0-9_]+)"/g)) {
      used.add(match[1]);
    }
  }
  for (const match of readFileSync(join(ROOT, "manifest.json"), "utf8").matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) {
    used.add(match[1]);
  }
  // Keys the sources build from an id, as t(`situation_${situation}`) does.
  const families: Record<string, string[]> = {
    situation: ["positive", "negative", "mixed", "neutral", "care_mentioned", "relative_mentioned", "not_a_patient", "aggressive"],
    site: ["google_business", "google_maps", "doctolib", "resalib"],
    tone: ["warm", "professional", "neutral"],
    severity: ["error", "warning", "info"],
  };
  for (const [prefix, ids] of Object.entries(families)) {
    for (const id of ids) {
      used.add(`${prefix}_${id}`);
    }
  }
  expect(used.size, "message keys found in the sources").toBeGreaterThan(20);
  for (const key of used) {
    expect(key in fr, `${key} in _locales/fr`).toBe(true);
    expect(key in en, `${key} in _locales/en`).toBe(true);
  }
});
