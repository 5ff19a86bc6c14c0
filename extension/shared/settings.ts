// The practitioner's settings, kept in extension storage.

import type { Practice, Strictness, LangChoice } from "./checker-types";

export interface Settings {
  strictness: Strictness;
  lang: LangChoice;
  practice: Practice;
  /** Writes diagnostics (never the user's text) to the console. */
  debug: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  strictness: "standard",
  lang: "auto",
  practice: { profession: "medecin" },
  debug: false,
};

const STORAGE_KEY = "settings";

/** Reads the settings, filling every missing field with its default. */
export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.local.get(STORAGE_KEY);
  const value = (stored[STORAGE_KEY] ?? {}) as Partial<Settings>;
  return {
    ...DEFAULT_SETTINGS,
    ...value,
    practice: { ...DEFAULT_SETTINGS.practice, ...(value.practice ?? {}) },
  };
}

/** Writes the settings to storage; content scripts pick them up through onSettingsChanged. */
export async function saveSettings(settings: Settings): Promise<void> {
  await chrome.storage.local.set({ [STORAGE_KEY]: settings });
}

/** Calls `listener` with the new settings whenever they change in storage, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const handle = (changes: Record<string, chrome.storage.StorageChange>, area: string): void => {
    if (area === "local" && STORAGE_KEY in changes) {
      void loadSettings().then(listener);
    }
  };
  chrome.storage.onChanged.addListener(handle);
  signal.addEventListener("abort", () => chrome.storage.onChanged.removeListener(handle), { once: true });
}
