// Builds the extension: bundles extension/ with esbuild and writes dist/chrome (also for Edge) and dist/firefox.
// scripts/package-extension.mjs zips them for the stores.
//
// Usage: node scripts/build-extension.mjs [--wasm-dir DIR]
// DIR holds the wasm-bindgen output (discret_checker.js and discret_checker_bg.wasm), build/wasm by default;
// mk/extension.mk builds it from the checker crate.

import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: options } = parseArgs({ options: { "wasm-dir": { type: "string", default: "build/wasm" } } });
const wasmDir = resolve(root, options["wasm-dir"]);
const wasmGlue = join(wasmDir, "discret_checker.js");
const wasmBinary = join(wasmDir, "discret_checker_bg.wasm");

for (const path of [wasmGlue, wasmBinary]) {
  if (!existsSync(path)) {
    console.error(`error: ${path} is missing; build the checker first with: make -f mk/extension.mk build-wasm`);
    process.exit(2);
  }
}

/** Derives the Firefox manifest: an event page instead of a service worker, and the gecko settings. */
function firefoxManifest(manifest) {
  const derived = structuredClone(manifest);
  derived.background = { scripts: [manifest.background.service_worker] };
  derived.browser_specific_settings = {
    gecko: {
      id: "discret@discret-extension.org",
      strict_min_version: "140.0",
      data_collection_permissions: { required: ["none"] },
    },
    // Firefox for Android reads data_collection_permissions from version 142 on.
    gecko_android: { strict_min_version: "142.0" },
  };
  return derived;
}

/**
 * Provides the module "discret-locales": the message of every key of _locales/fr and _locales/en, so that
 * the extension can show its interface in the language of its settings, which chrome.i18n cannot switch to.
 */
const localesPlugin = {
  name: "discret-locales",
  setup(builder) {
    builder.onResolve({ filter: /^discret-locales$/ }, () => ({ path: "discret-locales", namespace: "discret-locales" }));
    builder.onLoad({ filter: /.*/, namespace: "discret-locales" }, () => {
      const catalogs = {};
      const watchFiles = [];
      for (const locale of ["fr", "en"]) {
        const file = join(root, "_locales", locale, "messages.json");
        const messages = JSON.parse(readFileSync(file, "utf8"));
        catalogs[locale] = Object.fromEntries(Object.entries(messages).map(([key, entry]) => [key, entry.message]));
        watchFiles.push(file);
      }
      return { contents: JSON.stringify(catalogs), loader: "json", watchFiles };
    });
  },
};

const bundleDir = join(root, "build", "bundle");
rmSync(bundleDir, { recursive: true, force: true });
await build({
  entryPoints: {
    content: join(root, "extension/content/index.ts"),
    background: join(root, "extension/background/index.ts"),
    permissions: join(root, "extension/pages/permissions.ts"),
    options: join(root, "extension/pages/options.ts"),
    popup: join(root, "extension/popup/popup.ts"),
    welcome: join(root, "extension/welcome/welcome.ts"),
  },
  outdir: bundleDir,
  bundle: true,
  format: "iife",
  target: ["chrome120", "firefox128"],
  alias: { "discret-wasm": wasmGlue },
  plugins: [localesPlugin],
  // The glue only reads import.meta.url to locate the .wasm when given no bytes, and it is always given bytes.
  define: { "import.meta.url": '""' },
  minify: true,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});

const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
const targets = { chrome: manifest, firefox: firefoxManifest(manifest) };

for (const [target, targetManifest] of Object.entries(targets)) {
  const outDir = join(root, "dist", target);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, "wasm"), { recursive: true });

  writeFileSync(join(outDir, "manifest.json"), JSON.stringify(targetManifest, null, 2) + "\n");
  cpSync(join(root, "_locales"), join(outDir, "_locales"), { recursive: true });
  for (const file of ["content.js", "background.js", "permissions.js", "options.js", "popup.js", "welcome.js"]) {
    cpSync(join(bundleDir, file), join(outDir, file));
  }
  for (const file of ["permissions.html", "options.html", "pages.css"]) {
    cpSync(join(root, "extension/pages", file), join(outDir, file));
  }
  for (const file of ["popup.html", "popup.css"]) {
    cpSync(join(root, "extension/popup", file), join(outDir, file));
  }
  for (const file of ["welcome.html", "welcome.css"]) {
    cpSync(join(root, "extension/welcome", file), join(outDir, file));
  }
  // Only the rasterised icons: the SVG sources and the rendering record stay out of the package.
  mkdirSync(join(outDir, "icons"));
  for (const file of readdirSync(join(root, "extension/icons")).filter((name) => name.endsWith(".png"))) {
    cpSync(join(root, "extension/icons", file), join(outDir, "icons", file));
  }
  cpSync(wasmBinary, join(outDir, "wasm", "discret_checker_bg.wasm"));
  // The module embeds word lists under other licences (BSD-3-Clause among them), whose notices must
  // travel with the binary.
  cpSync(join(root, "checker/data/SOURCES.md"), join(outDir, "THIRD_PARTY_NOTICES.md"));
  cpSync(join(root, "LICENSE"), join(outDir, "LICENSE"));
  console.log(`built dist/${target} (version ${targetManifest.version})`);
}
