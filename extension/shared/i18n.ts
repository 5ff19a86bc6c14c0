// Access to the extension's _locales messages.

/** Returns the localised message `key`, or the key itself when the message is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  const message = chrome.i18n.getMessage(key, substitutions);
  return message === "" ? key : message;
}

/** Returns the UI locale the checker should write its messages in. */
export function uiLocale(): "fr" | "en" {
  return chrome.i18n.getUILanguage().toLowerCase().startsWith("en") ? "en" : "fr";
}
