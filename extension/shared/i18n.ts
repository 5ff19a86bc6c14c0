// Messages of the extension's pages, tooltip and badge, in the language the settings choose. chrome.i18n
// always follows the browser's language, so the build bundles the catalogs of _locales ("discret-locales")
// and t() looks messages up there. Manifest strings still go through chrome.i18n.

import catalogs from "discret-locales";
import type { Locale } from "./checker-types";
import type { UiLocaleChoice } from "./settings";

/** Locale chosen by applyUiLocale, or null to follow the browser. */
let chosen: Locale | null = null;

/** Returns the browser's UI language as one of the extension's locales; French is the default locale. */
export function browserLocale(): Locale {
  return chrome.i18n.getUILanguage().toLowerCase().startsWith("en") ? "en" : "fr";
}

/** Makes t() and uiLocale() use the interface language of the settings. */
export function applyUiLocale(choice: UiLocaleChoice): void {
  chosen = choice === "auto" ? null : choice;
}

/** Returns the locale the interface and the checker's messages are written in. */
export function uiLocale(): Locale {
  return chosen ?? browserLocale();
}

/**
 * Returns the localised message `key` with $1…$9 replaced by `substitutions` and $$ by $, as chrome.i18n
 * does, or the key itself when no locale has the message.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const message = catalogs[uiLocale()][key] ?? catalogs.fr[key];
  if (message === undefined) {
    return key;
  }
  const values = typeof substitutions === "string" ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === "$" ? "$" : (values[Number(which) - 1] ?? "")));
}
