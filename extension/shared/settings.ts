// The practitioner's settings, kept in chrome.storage.sync so that they follow the browser profile.
//
// Stored format, version 2: one object under the key "settings" in storage.sync. Version 1 had no version
// field and lived in storage.local; it is moved to storage.sync the first time any context loads the
// settings. A stored value that cannot be read, or that a newer Discret wrote, gives the defaults and a
// notice, and is left in storage untouched.

import type { LangChoice, Practice, Profession, Strictness, Tone } from "./checker-types";
import { SITE_IDS, siteOf } from "./sites";
import type { SiteId } from "./sites";

export const SETTINGS_VERSION = 2;

/** Language of the extension's own pages and tooltip: the browser's, or one chosen by the user. */
export type UiLocaleChoice = "auto" | "fr" | "en";

export interface Settings {
  version: typeof SETTINGS_VERSION;
  strictness: Strictness;
  /** Language of the replies. */
  lang: LangChoice;
  /** Register of rewrites and of the suggestions the popup shows first. */
  tone: Tone;
  practice: Required<Practice>;
  /** Automatic checking on each supported site. */
  sites: Record<SiteId, boolean>;
  /** Host names where nothing is checked automatically, for pages outside the supported sites too. */
  disabledHosts: string[];
  uiLocale: UiLocaleChoice;
  /** Writes diagnostics (never the user's text) to the console. */
  debug: boolean;
}

/** Reason the settings in use are the defaults rather than the stored ones. */
export type SettingsNotice = "corrupt" | "future_version";

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored settings could not be used, so that the options page and the popup can show a notice. */
  notice: SettingsNotice | null;
}

/** One invalid field: its path in Settings, and the _locales message that explains what is wrong. */
export interface FieldError {
  field: string;
  key: string;
  substitutions?: string[];
}

export const STRICTNESS_CHOICES: readonly Strictness[] = ["lenient", "standard", "strict"];
export const LANG_CHOICES: readonly LangChoice[] = ["auto", "fr", "en"];
export const TONE_CHOICES: readonly Tone[] = ["warm", "professional", "neutral"];
export const UI_LOCALE_CHOICES: readonly UiLocaleChoice[] = ["auto", "fr", "en"];
export const PROFESSION_CHOICES: readonly Profession[] = [
  "medecin",
  "dentiste",
  "sage_femme",
  "kinesitherapeute",
  "infirmier",
  "orthophoniste",
  "orthoptiste",
  "psychologue",
  "osteopathe",
  "other",
];

/** Maximum lengths of the practice's text fields, in characters. */
export const TEXT_MAX_LENGTH = { name: 120, city: 80, specialty: 120, signature: 500 } as const;
export const TERM_MAX_LENGTH = 80;
export const TERMS_MAX_COUNT = 200;
export const HOSTS_MAX_COUNT = 100;
/**
 * Largest item chrome.storage.sync accepts, key and JSON value together, in bytes (QUOTA_BYTES_PER_ITEM in
 * Chrome and Firefox).
 */
export const SYNC_ITEM_MAX_BYTES = 8192;

const STORAGE_KEY = "settings";

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  strictness: "standard",
  lang: "auto",
  tone: "warm",
  practice: Object.freeze({
    profession: "medecin",
    name: "",
    city: "",
    specialty: "",
    signature: "",
    sensitive_terms: [],
    allowed_terms: [],
  }),
  sites: Object.freeze({ google_business: true, google_maps: true, doctolib: true, resalib: true }),
  disabledHosts: [],
  uiLocale: "auto",
  debug: false,
}) as Settings;

/** Returns a deep copy of the defaults, safe to modify. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

type JsonObject = Record<string, unknown>;

function isRecord(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Control characters other than tab and line breaks: invisible, and never typed on purpose.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Shortens a user's value quoted in a message. */
function quoted(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/** Collects the errors of one settings object while building its valid part. */
class Validator {
  readonly errors: FieldError[] = [];

  fail(field: string, key: string, substitutions?: string[]): void {
    this.errors.push(substitutions === undefined ? { field, key } : { field, key, substitutions });
  }

  /** Returns `value` when it is one of `choices`; otherwise records an error and returns `fallback`. */
  choice<T extends string>(field: string, value: unknown, choices: readonly T[], fallback: T): T {
    if (value === undefined) {
      return fallback;
    }
    if (typeof value === "string" && (choices as readonly string[]).includes(value)) {
      return value as T;
    }
    this.fail(field, "settingsErrorChoice");
    return fallback;
  }

  boolean(field: string, value: unknown, fallback: boolean): boolean {
    if (value === undefined) {
      return fallback;
    }
    if (typeof value === "boolean") {
      return value;
    }
    this.fail(field, "settingsErrorBoolean");
    return fallback;
  }

  /** Returns the trimmed text, or records why it is invalid and returns `fallback`. */
  text(field: string, value: unknown, maxLength: number, multiline: boolean, fallback: string): string {
    if (value === undefined) {
      return fallback;
    }
    if (typeof value !== "string") {
      this.fail(field, "settingsErrorText");
      return fallback;
    }
    const text = value.trim();
    if (text.length > maxLength) {
      this.fail(field, "settingsErrorTooLong", [String(maxLength), String(text.length)]);
      return fallback;
    }
    if (!multiline && /[\r\n]/.test(text)) {
      this.fail(field, "settingsErrorOneLine");
      return fallback;
    }
    if (CONTROL_CHARACTERS.test(text)) {
      this.fail(field, "settingsErrorControlCharacters");
      return fallback;
    }
    return text;
  }

  /** Returns the list of terms, trimmed, without empty lines or repeats (compared without case). */
  terms(field: string, value: unknown, fallback: string[]): string[] {
    if (value === undefined) {
      return fallback;
    }
    if (!Array.isArray(value) || value.some((term) => typeof term !== "string")) {
      this.fail(field, "settingsErrorTermList");
      return fallback;
    }
    const terms: string[] = [];
    const seen = new Set<string>();
    let valid = true;
    for (const raw of value as string[]) {
      const term = raw.trim();
      if (term === "" || seen.has(term.toLocaleLowerCase())) {
        continue;
      }
      if (term.length > TERM_MAX_LENGTH) {
        this.fail(field, "settingsErrorTermTooLong", [quoted(term), String(TERM_MAX_LENGTH)]);
        valid = false;
      } else if (/[\r\n]/.test(term) || CONTROL_CHARACTERS.test(term)) {
        this.fail(field, "settingsErrorControlCharacters");
        valid = false;
      }
      seen.add(term.toLocaleLowerCase());
      terms.push(term);
    }
    if (terms.length > TERMS_MAX_COUNT) {
      this.fail(field, "settingsErrorTooManyTerms", [String(TERMS_MAX_COUNT), String(terms.length)]);
      valid = false;
    }
    return valid ? terms : fallback;
  }

  /** Returns the host names, lowercased and without repeats. */
  hosts(field: string, value: unknown, fallback: string[]): string[] {
    if (value === undefined) {
      return fallback;
    }
    if (!Array.isArray(value) || value.some((host) => typeof host !== "string")) {
      this.fail(field, "settingsErrorHostList");
      return fallback;
    }
    const hosts: string[] = [];
    let valid = true;
    for (const raw of value as string[]) {
      const host = raw.trim().toLowerCase();
      if (host === "" || hosts.includes(host)) {
        continue;
      }
      if (!isHostName(host)) {
        this.fail(field, "settingsErrorHost", [quoted(raw.trim())]);
        valid = false;
      }
      hosts.push(host);
    }
    if (hosts.length > HOSTS_MAX_COUNT) {
      this.fail(field, "settingsErrorTooManyHosts", [String(HOSTS_MAX_COUNT)]);
      valid = false;
    }
    return valid ? hosts : fallback;
  }
}

/** True for a DNS host name such as www.exemple.fr (letters, digits and hyphens; punycode for others). */
export function isHostName(host: string): boolean {
  return host.length <= 253 && /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/.test(host);
}

export interface ValidationResult {
  /** The valid fields, with the defaults in place of the invalid or missing ones. */
  settings: Settings;
  /** Empty when every field is valid. */
  errors: FieldError[];
}

/**
 * Validates settings of the current version, as the options page builds them or a file gives them. Missing
 * fields take their defaults; fields unknown to this version are dropped.
 */
export function validateSettings(value: unknown): ValidationResult {
  const check = new Validator();
  const defaults = defaultSettings();
  if (!isRecord(value)) {
    check.fail("settings", "settingsErrorNotObject");
    return { settings: defaults, errors: check.errors };
  }
  if (value.version !== SETTINGS_VERSION) {
    const future = typeof value.version === "number" && value.version > SETTINGS_VERSION;
    check.fail("version", future ? "settingsErrorFutureVersion" : "settingsErrorVersion");
    return { settings: defaults, errors: check.errors };
  }

  const practice = isRecord(value.practice) ? value.practice : {};
  if (value.practice !== undefined && !isRecord(value.practice)) {
    check.fail("practice", "settingsErrorNotObject");
  }
  const sensitive = check.terms("practice.sensitive_terms", practice.sensitive_terms, defaults.practice.sensitive_terms);
  const allowed = check.terms("practice.allowed_terms", practice.allowed_terms, defaults.practice.allowed_terms);
  const sensitiveFolded = new Set(sensitive.map((term) => term.toLocaleLowerCase()));
  const inBoth = allowed.find((term) => sensitiveFolded.has(term.toLocaleLowerCase()));
  if (inBoth !== undefined) {
    check.fail("practice.allowed_terms", "settingsErrorTermInBothLists", [quoted(inBoth)]);
  }

  const sites = isRecord(value.sites) ? value.sites : {};
  if (value.sites !== undefined && !isRecord(value.sites)) {
    check.fail("sites", "settingsErrorNotObject");
  }

  const settings: Settings = {
    version: SETTINGS_VERSION,
    strictness: check.choice("strictness", value.strictness, STRICTNESS_CHOICES, defaults.strictness),
    lang: check.choice("lang", value.lang, LANG_CHOICES, defaults.lang),
    tone: check.choice("tone", value.tone, TONE_CHOICES, defaults.tone),
    practice: {
      profession: check.choice("practice.profession", practice.profession, PROFESSION_CHOICES, defaults.practice.profession),
      name: check.text("practice.name", practice.name, TEXT_MAX_LENGTH.name, false, ""),
      city: check.text("practice.city", practice.city, TEXT_MAX_LENGTH.city, false, ""),
      specialty: check.text("practice.specialty", practice.specialty, TEXT_MAX_LENGTH.specialty, false, ""),
      signature: check.text("practice.signature", practice.signature, TEXT_MAX_LENGTH.signature, true, ""),
      sensitive_terms: sensitive,
      allowed_terms: inBoth === undefined ? allowed : defaults.practice.allowed_terms,
    },
    sites: Object.fromEntries(SITE_IDS.map((site) => [site, check.boolean(`sites.${site}`, sites[site], defaults.sites[site])])) as Record<SiteId, boolean>,
    disabledHosts: check.hosts("disabledHosts", value.disabledHosts, defaults.disabledHosts),
    uiLocale: check.choice("uiLocale", value.uiLocale, UI_LOCALE_CHOICES, defaults.uiLocale),
    debug: check.boolean("debug", value.debug, defaults.debug),
  };

  if (check.errors.length === 0 && storedSize(settings) > SYNC_ITEM_MAX_BYTES) {
    check.fail("settings", "settingsErrorTooLarge");
  }
  return { settings, errors: check.errors };
}

/** Size of the settings as chrome.storage.sync counts it: the key and the JSON value, in UTF-8 bytes. */
function storedSize(settings: Settings): number {
  return new TextEncoder().encode(STORAGE_KEY + JSON.stringify(settings)).length;
}

/**
 * Turns settings of version 1 (no version field: strictness, lang, practice, debug) into version 2, with the
 * new fields at their defaults. Version 1 kept term lists as arrays too.
 */
export function migrateV1(value: JsonObject): JsonObject {
  const defaults = defaultSettings();
  return {
    ...defaults,
    strictness: value.strictness ?? defaults.strictness,
    lang: value.lang ?? defaults.lang,
    practice: isRecord(value.practice) ? { ...defaults.practice, ...value.practice } : value.practice ?? defaults.practice,
    debug: value.debug ?? defaults.debug,
  };
}

/**
 * Reads settings of any version as found in storage or in an imported file, never throwing. Version-less
 * objects are migrated from version 1; invalid fields take their defaults with the notice "corrupt"; a newer
 * version gives the defaults with the notice "future_version".
 */
export function readSettings(value: unknown): LoadedSettings & { errors: FieldError[] } {
  if (value === undefined || value === null) {
    return { settings: defaultSettings(), notice: null, errors: [] };
  }
  if (!isRecord(value)) {
    return { settings: defaultSettings(), notice: "corrupt", errors: [{ field: "settings", key: "settingsErrorNotObject" }] };
  }
  if (typeof value.version === "number" && value.version > SETTINGS_VERSION) {
    return { settings: defaultSettings(), notice: "future_version", errors: [{ field: "version", key: "settingsErrorFutureVersion" }] };
  }
  const current = value.version === undefined ? migrateV1(value) : value;
  const { settings, errors } = validateSettings(current);
  return { settings, notice: errors.length === 0 ? null : "corrupt", errors };
}

/**
 * Reads the settings from storage.sync, moving version-1 settings from storage.local there first. Never
 * throws for stored content; rejects only when the storage API itself fails.
 */
export async function loadSettingsWithNotice(): Promise<LoadedSettings> {
  const synced = await chrome.storage.sync.get(STORAGE_KEY);
  if (synced[STORAGE_KEY] !== undefined) {
    const { settings, notice } = readSettings(synced[STORAGE_KEY]);
    return { settings, notice };
  }

  const local = await chrome.storage.local.get(STORAGE_KEY);
  if (local[STORAGE_KEY] === undefined) {
    return { settings: defaultSettings(), notice: null };
  }
  const { settings, notice } = readSettings(local[STORAGE_KEY]);
  // The valid part is kept, so a partly corrupt old value loses only its invalid fields. Only an unknown
  // future version stays in storage.local, untouched, for the Discret that wrote it.
  if (notice !== "future_version") {
    await chrome.storage.sync.set({ [STORAGE_KEY]: settings });
    await chrome.storage.local.remove(STORAGE_KEY);
  }
  return { settings, notice };
}

/** Reads the settings; see loadSettingsWithNotice. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithNotice()).settings;
}

/**
 * Validates the settings and writes them to storage.sync when valid. Returns the errors, empty when saved.
 * Open tabs pick the new settings up through onSettingsChanged.
 */
export async function saveSettings(settings: Settings): Promise<FieldError[]> {
  const { settings: valid, errors } = validateSettings(settings);
  if (errors.length > 0) {
    return errors;
  }
  await chrome.storage.sync.set({ [STORAGE_KEY]: valid });
  return [];
}

/** Loads the settings, applies `change` to a copy and saves the result; returns the errors, empty when saved. */
export async function updateSettings(change: (settings: Settings) => void): Promise<FieldError[]> {
  const settings = structuredClone(await loadSettings());
  change(settings);
  return saveSettings(settings);
}

/** Calls `listener` with the new settings whenever they change in storage.sync, until `signal` aborts. */
export function onSettingsChanged(listener: (loaded: LoadedSettings) => void, signal: AbortSignal): void {
  const handle = (changes: Record<string, chrome.storage.StorageChange>, area: string): void => {
    if (area === "sync" && STORAGE_KEY in changes) {
      const { settings, notice } = readSettings(changes[STORAGE_KEY].newValue);
      listener({ settings, notice });
    }
  };
  chrome.storage.onChanged.addListener(handle);
  signal.addEventListener("abort", () => chrome.storage.onChanged.removeListener(handle), { once: true });
}

/** True when the page at `url` is checked automatically: its site is on and its host is not disabled. */
export function isCheckingEnabled(settings: Settings, url: URL): boolean {
  if (settings.disabledHosts.includes(url.hostname.toLowerCase())) {
    return false;
  }
  const site = siteOf(url);
  return site === null || settings.sites[site];
}
