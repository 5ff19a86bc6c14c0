// The toolbar popup: ready replies for the review of the reply box in the active tab, in the chosen tone,
// to insert into the box or copy. It also has the strictness and an on/off switch for the current site.
// The checker runs here, in the popup page, which may compile WebAssembly.

import { loadEngine } from "../checker/engine";
import type { CheckRequest, Situation, Strictness, Suggestion, Suggestions, Tone } from "../shared/checker-types";
import { applyUiLocale, t, uiLocale } from "../shared/i18n";
import type { GetReplyBoxMessage, InsertReplyMessage, InsertReplyResponse, ReplyBoxInfo } from "../shared/messages";
import { isHostName, loadSettingsWithNotice, STRICTNESS_CHOICES, TONE_CHOICES, updateSettings } from "../shared/settings";
import type { Settings } from "../shared/settings";
import { siteOf } from "../shared/sites";
import type { SiteId } from "../shared/sites";
import { localisePage } from "../pages/localise";

/** Every situation suggest() accepts, in the order of the situation list. */
const SITUATIONS: readonly Situation[] = ["positive", "negative", "mixed", "neutral", "care_mentioned", "relative_mentioned", "not_a_patient", "aggressive"];

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const status = element<HTMLElement>("popup-status");
const suggestionList = element<HTMLUListElement>("suggestions");
const situationSelect = element<HTMLSelectElement>("situation");

interface PopupState {
  tabId: number | null;
  settings: Settings;
  /** The reply box the tab's content script described, or null when the tab has none. */
  box: ReplyBoxInfo | null;
  tone: Tone;
  result: Suggestions | null;
}

/**
 * Returns the tab the popup acts on: the active tab of the current window. Testing hook: the query parameter
 * `tab` (popup.html?tab=ID) names another tab, so that end-to-end tests can open the popup as a page next to
 * the fixture tab it acts on.
 */
async function targetTabId(): Promise<number | null> {
  const requested = new URLSearchParams(location.search).get("tab");
  if (requested !== null && /^\d+$/.test(requested)) {
    return Number(requested);
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Asks the tab's content scripts for the reply box focused last. Only a frame with a reply box responds;
 * when none does, or the tab has no content script, the result is null.
 */
async function askReplyBox(tabId: number): Promise<ReplyBoxInfo | null> {
  const message: GetReplyBoxMessage = { type: "discret:get-reply-box" };
  try {
    const response = (await chrome.tabs.sendMessage(tabId, message)) as ReplyBoxInfo | undefined;
    return response ?? null;
  } catch {
    return null;
  }
}

/** Returns the URL of the tab, when the extension may read it (a supported site, or after a toolbar click). */
async function tabUrl(tabId: number): Promise<URL | null> {
  try {
    const tab = await chrome.tabs.get(tabId);
    return tab.url === undefined || tab.url === "" ? null : new URL(tab.url);
  } catch {
    return null;
  }
}

function setStatus(text: string, kind: "info" | "error" = "info"): void {
  status.textContent = text;
  status.dataset.kind = kind;
}

function requestFor(state: PopupState): CheckRequest {
  const { settings, box } = state;
  return {
    reply: "",
    review: box?.review ?? null,
    reviewer: box?.reviewer ?? null,
    lang: settings.lang,
    strictness: settings.strictness,
    locale: uiLocale(),
    practice: settings.practice,
  };
}

/** Runs suggest() for `situation` (null: detect it from the review) and shows the result. */
async function loadSuggestions(state: PopupState, situation: Situation | null): Promise<void> {
  try {
    const engine = await loadEngine();
    state.result = engine.suggest(requestFor(state), situation);
  } catch (error) {
    state.result = null;
    suggestionList.replaceChildren();
    setStatus(t("popupSuggestError"), "error");
    console.warn(`Discret: suggestions failed (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  renderSituation(state);
  renderSuggestions(state);
}

function renderSituation(state: PopupState): void {
  const result = state.result;
  if (result === null || state.box === null) {
    return;
  }
  situationSelect.value = result.situation;
  const source = element<HTMLElement>("situation-source");
  if (state.box.review === null) {
    source.textContent = t("popupNoReviewFound");
    return;
  }
  const sentences = [t(state.box.reviewer === null ? "popupSituationDetected" : "popupSituationDetectedFrom", state.box.reviewer ?? "")];
  // "neutral" is the general fallback, which says nothing more about the review.
  const others = result.situations.filter((situation) => situation !== result.situation && situation !== "neutral");
  if (others.length > 0) {
    sentences.push(t("popupSituationAlso", others.map((situation) => t(`situation_${situation}`)).join(", ")));
  }
  source.textContent = sentences.join(" ");
}

function renderSuggestions(state: PopupState): void {
  const suggestions = (state.result?.suggestions ?? []).filter((suggestion) => suggestion.tone === state.tone);
  suggestionList.replaceChildren(...suggestions.map((suggestion, index) => suggestionItem(state, suggestion, index)));
  document.body.dataset.suggestions = String(suggestions.length);
}

function suggestionItem(state: PopupState, suggestion: Suggestion, index: number): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "suggestion";
  const text = document.createElement("p");
  text.className = "suggestion-text";
  text.id = `suggestion-${index}`;
  text.textContent = suggestion.text;
  const actions = document.createElement("div");
  actions.className = "suggestion-actions";

  if (state.box !== null) {
    const insert = document.createElement("button");
    insert.type = "button";
    insert.className = "insert";
    insert.textContent = t("popupInsert");
    insert.setAttribute("aria-describedby", text.id);
    insert.addEventListener("click", () => void insertSuggestion(state, suggestion.text));
    actions.append(insert);
  }
  const copy = document.createElement("button");
  copy.type = "button";
  copy.className = state.box === null ? "copy" : "copy secondary";
  copy.textContent = t("copy");
  copy.setAttribute("aria-describedby", text.id);
  copy.addEventListener("click", () => void copySuggestion(suggestion.text, text));
  actions.append(copy);

  // The buttons come first, so that the first suggestion's buttons are in view above the footer even when
  // its text is long.
  item.append(actions, text);
  return item;
}

/** Puts `text` in the reply box through the content script, as an edit that Ctrl+Z undoes in the page. */
async function insertSuggestion(state: PopupState, text: string): Promise<void> {
  if (state.tabId === null || state.box === null) {
    return;
  }
  const message: InsertReplyMessage = { type: "discret:insert-reply", frame: state.box.frame, text };
  let response: InsertReplyResponse | undefined;
  try {
    response = (await chrome.tabs.sendMessage(state.tabId, message)) as InsertReplyResponse | undefined;
  } catch {
    response = undefined;
  }
  switch (response?.outcome) {
    case "applied":
      state.box.hasDraft = true;
      setStatus(t("popupInserted"));
      break;
    case "failed":
      setStatus(t("popupInsertFailed"), "error");
      break;
    default:
      setStatus(t("popupBoxGone"), "error");
  }
}

async function copySuggestion(text: string, source: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    setStatus(t("copied"));
  } catch {
    // Selects the text so that Ctrl+C copies it.
    const range = document.createRange();
    range.selectNodeContents(source);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    setStatus(t("copyManually"), "error");
  }
}

function radios(name: string): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)];
}

function setupTone(state: PopupState): void {
  for (const radio of radios("tone")) {
    radio.checked = radio.value === state.tone;
    radio.addEventListener("change", () => {
      if (radio.checked && (TONE_CHOICES as readonly string[]).includes(radio.value)) {
        state.tone = radio.value as Tone;
        renderSuggestions(state);
      }
    });
  }
}

/** Saves a strictness chosen in the popup at once; open tabs check their boxes again through onSettingsChanged. */
function setupStrictness(state: PopupState): void {
  for (const radio of radios("strictness")) {
    radio.checked = radio.value === state.settings.strictness;
    radio.addEventListener("change", () => {
      if (!radio.checked || !(STRICTNESS_CHOICES as readonly string[]).includes(radio.value)) {
        return;
      }
      const strictness = radio.value as Strictness;
      void updateSettings((settings) => (settings.strictness = strictness)).then((errors) => {
        state.settings.strictness = strictness;
        setStatus(t(errors.length === 0 ? "popupSettingSaved" : "optionsNotSaved"), errors.length === 0 ? "info" : "error");
      });
    });
  }
}

/**
 * Shows the on/off switch of the current site: a supported site turns on or off as a whole, any other page
 * by its host name. The switch stays hidden when the popup cannot read the tab's address.
 */
function setupSiteSwitch(state: PopupState, url: URL | null): void {
  const site: SiteId | null = state.box?.site ?? (url === null ? null : siteOf(url));
  const host = url !== null && (url.protocol === "https:" || url.protocol === "http:") && isHostName(url.hostname) ? url.hostname : null;
  if (site === null && host === null) {
    return;
  }
  const checkbox = element<HTMLInputElement>("site-switch");
  element<HTMLElement>("site-label").textContent = site !== null ? t("popupSiteSwitch", t(`site_${site}`)) : t("popupSiteSwitch", host ?? "");
  checkbox.checked = site !== null ? state.settings.sites[site] && (host === null || !state.settings.disabledHosts.includes(host)) : !state.settings.disabledHosts.includes(host ?? "");
  element<HTMLElement>("site-row").hidden = false;

  checkbox.addEventListener("change", () => {
    const on = checkbox.checked;
    void updateSettings((settings) => {
      if (site !== null) {
        settings.sites[site] = on;
      }
      // A host turned off on its own is turned back on with its site.
      if (host !== null && (site === null || on)) {
        settings.disabledHosts = on ? settings.disabledHosts.filter((each) => each !== host) : [...settings.disabledHosts, host];
      }
    }).then((errors) => {
      if (errors.length > 0) {
        setStatus(t("optionsNotSaved"), "error");
      } else {
        setStatus(t(on ? "popupSiteOn" : "popupSiteOff"));
      }
    });
  });
}

function setupSituations(state: PopupState): void {
  situationSelect.replaceChildren(
    ...SITUATIONS.map((situation) => {
      const option = document.createElement("option");
      option.value = situation;
      option.textContent = t(`situation_${situation}`);
      return option;
    }),
  );
  situationSelect.addEventListener("change", () => void loadSuggestions(state, situationSelect.value as Situation));
}

async function start(): Promise<void> {
  const loaded = await loadSettingsWithNotice();
  applyUiLocale(loaded.settings.uiLocale);
  localisePage();
  if (loaded.notice !== null) {
    const notice = element<HTMLElement>("notice");
    notice.textContent = t(loaded.notice === "future_version" ? "settingsNoticeFutureVersion" : "settingsNoticeCorrupt");
    notice.hidden = false;
  }
  element<HTMLButtonElement>("open-options").addEventListener("click", () => void chrome.runtime.openOptionsPage());
  element<HTMLButtonElement>("open-welcome").addEventListener("click", () => void chrome.tabs.create({ url: chrome.runtime.getURL("welcome.html") }));

  const tabId = await targetTabId();
  const state: PopupState = { tabId, settings: loaded.settings, box: null, tone: loaded.settings.tone, result: null };
  state.box = tabId === null ? null : await askReplyBox(tabId);
  const url = tabId === null ? null : await tabUrl(tabId);

  setupSiteSwitch(state, url);
  setupStrictness(state);
  setupTone(state);
  setupSituations(state);
  element<HTMLElement>("box-context").hidden = state.box === null;
  element<HTMLElement>("no-box").hidden = state.box !== null;
  element<HTMLElement>("draft-warning").hidden = state.box === null || !state.box.hasDraft;

  // Without a reply box there is no review to read, so the replies are the general ones.
  await loadSuggestions(state, state.box === null ? "neutral" : null);
  document.body.dataset.ready = "true";
}

void start();
