// Packages the built extension for the stores: dist/discret-chrome.zip (Chrome Web Store),
// dist/discret-edge.zip (Microsoft Edge Add-ons, the same files) and dist/discret-firefox.zip
// (addons.mozilla.org). Run it after scripts/build-extension.mjs; `make package` runs both.
//
// Each archive holds only the files the extension loads, plus its licence and the word lists' notices, and
// is identical byte for byte from the same commit with the same Node.js version (zlib's output may change
// with it). The packaging fails on any other file, such as a source map, a test or a TypeScript source.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { listRelativeFiles, zipDirectory } from "./zip.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Every path a package may contain: what the manifest and the pages load, and the licence files. */
const ALLOWED_PATHS = [
  /^manifest\.json$/,
  /^_locales\/(en|fr)\/messages\.json$/,
  /^(background|content|options|permissions|popup|welcome)\.js$/,
  /^(options|permissions|popup|welcome)\.html$/,
  /^(pages|popup|welcome)\.css$/,
  /^icons\/(icon|toolbar-active|toolbar-findings|toolbar-off)-(16|32|48|128)\.png$/,
  /^wasm\/discret_checker_bg\.wasm$/,
  /^LICENSE$/,
  /^THIRD_PARTY_NOTICES\.md$/,
];

/** Archive name for each store, and the build it packages. */
const PACKAGES = [
  { archive: "discret-chrome.zip", build: "chrome" },
  { archive: "discret-edge.zip", build: "chrome" },
  { archive: "discret-firefox.zip", build: "firefox" },
];

/** Returns the problems that keep `buildDir` from being packaged; an empty list when there are none. */
function packagingProblems(buildDir) {
  const problems = [];
  const files = listRelativeFiles(buildDir);
  for (const file of files) {
    if (!ALLOWED_PATHS.some((pattern) => pattern.test(file))) {
      problems.push(`${file} is not a file the extension loads`);
    } else if (file.endsWith(".js") && readFileSync(join(buildDir, file), "utf8").includes("sourceMappingURL")) {
      problems.push(`${file} refers to a source map`);
    }
  }
  const manifest = JSON.parse(readFileSync(join(buildDir, "manifest.json"), "utf8"));
  const sourceVersion = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")).version;
  if (manifest.version !== sourceVersion) {
    problems.push(`manifest.json has version ${manifest.version}, but the source manifest has ${sourceVersion}; build again`);
  }
  return problems;
}

let failed = false;
for (const { archive, build } of PACKAGES) {
  const buildDir = join(root, "dist", build);
  if (!existsSync(join(buildDir, "manifest.json"))) {
    console.error(`error: dist/${build} is missing; build it first with: make build-extension`);
    process.exit(2);
  }
  const problems = packagingProblems(buildDir);
  if (problems.length > 0) {
    console.error(`error: dist/${build} cannot be packaged:\n  ${problems.join("\n  ")}`);
    failed = true;
    continue;
  }
  zipDirectory(buildDir, join(root, "dist", archive));
  console.log(`packaged dist/${archive} from dist/${build}`);
}
process.exitCode = failed ? 1 : 0;
