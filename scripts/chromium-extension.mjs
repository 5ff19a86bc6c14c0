// Launching headless Chromium with the built extension, shared by the end-to-end tests and the demo.

import { chromium } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's Chromium; Playwright's own browser downloads are not used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launches Chromium in a fresh profile with only the unpacked extension at `extensionDir` loaded, its UI in
 * French, and every host name unresolvable, so that only routed fixtures load. Returns the context and a
 * function that closes it and deletes the profile.
 */
export async function launchWithExtension(extensionDir) {
  const profile = mkdtempSync(join(tmpdir(), "discret-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: "fr-FR",
    viewport: { width: 1200, height: 800 },
    // Chromium on Linux takes its UI language, which the extension's messages follow, from the environment.
    env: { ...process.env, LANGUAGE: "fr", LANG: "fr_FR.UTF-8" },
    args: [
      "--headless=new",
      "--lang=fr",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--host-resolver-rules=MAP * ~NOTFOUND",
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}
