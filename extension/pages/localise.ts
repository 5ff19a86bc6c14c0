// Fills an extension page's text from _locales: every element with data-i18n gets that message as text.

import { t } from "../shared/i18n";

export function localisePage(): void {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n ?? "");
  }
}
