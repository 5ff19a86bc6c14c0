// Fills an extension page's text from _locales in the interface language of the settings: every element
// with data-i18n gets that message as text, and data-i18n-aria-label sets its aria-label.

import { t, uiLocale } from "../shared/i18n";

export function localisePage(root: ParentNode = document): void {
  document.documentElement.lang = uiLocale();
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n ?? "");
  }
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n-aria-label]")) {
    element.setAttribute("aria-label", t(element.dataset.i18nAriaLabel ?? ""));
  }
}
