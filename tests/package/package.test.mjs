// The store packages, the version written in one place, the store texts and the icons.
// Run with: node --test tests/package/ (make test-package), after make build-extension.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ARCHIVES = ["discret-chrome.zip", "discret-edge.zip", "discret-firefox.zip"];

/** Reads the entries of the ZIP archive at `path`: each name, header fields and uncompressed bytes. */
function readZip(path) {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, `${path} has an end of central directory record`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let index = 0; index < count; index++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, `${path}: central directory entry ${index}`);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const local = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const method = zip.readUInt16LE(offset + 10);
    const raw = zip.subarray(local, local + compressedSize);
    entries.push({
      name: zip.toString("utf8", offset + 46, offset + 46 + nameLength),
      madeBy: zip.readUInt16LE(offset + 4),
      time: zip.readUInt16LE(offset + 12),
      date: zip.readUInt16LE(offset + 14),
      mode: zip.readUInt32LE(offset + 38) >>> 16,
      data: method === 8 ? inflateRawSync(raw) : raw,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function runPackaging() {
  execFileSync("make", ["--no-print-directory", "package"], { cwd: ROOT, stdio: "pipe" });
  return Object.fromEntries(ARCHIVES.map((archive) => [archive, readFileSync(join(ROOT, "dist", archive))]));
}

/** The archives of the first `make package` run. */
let first;

before(() => {
  first = runPackaging();
});

test("make package is reproducible", () => {
  const second = runPackaging();
  for (const archive of ARCHIVES) {
    assert.ok(first[archive].length > 100_000, `${archive} holds the extension`);
    assert.ok(first[archive].equals(second[archive]), `${archive} is identical from one run to the next`);
  }
});

test("chrome zip holds only loaded files", () => {
  const entries = readZip(join(ROOT, "dist", "discret-chrome.zip"));
  const names = entries.map((entry) => entry.name);
  for (const name of names) {
    assert.doesNotMatch(name, /\.(map|ts|tsx|mjs|cjs|svg|spec\.\w+)$/, `${name} is a development file`);
    assert.doesNotMatch(name, /(^|\/)(tests?|fixtures|node_modules|src|scripts)\//, `${name} is under a development folder`);
    assert.doesNotMatch(name, /(^|\/)\./, `${name} is a hidden file`);
    assert.notEqual(name, "icons/rendered.json", "the icon rendering record stays out");
  }
  for (const required of ["manifest.json", "background.js", "content.js", "popup.html", "options.html", "welcome.html", "welcome.js", "wasm/discret_checker_bg.wasm", "icons/icon-128.png", "icons/toolbar-findings-16.png", "_locales/fr/messages.json", "_locales/en/messages.json", "LICENSE"]) {
    assert.ok(names.includes(required), `${required} is packaged`);
  }
  for (const entry of entries.filter((each) => each.name.endsWith(".js"))) {
    assert.ok(!entry.data.toString("utf8").includes("sourceMappingURL"), `${entry.name} refers to no source map`);
  }
  assert.deepEqual([...names].sort(), names, "entries are in sorted order");
  for (const entry of entries) {
    assert.equal(entry.mode, 0o100644, `${entry.name} is a regular file with mode 0644`);
    assert.equal(entry.madeBy >> 8, 3, `${entry.name} is recorded as made on Unix`);
    assert.equal(entry.date, (1 << 5) | 1, `${entry.name} is dated 1980-01-01`);
    assert.equal(entry.time, 0, `${entry.name} is timed 00:00`);
  }
});

test("edge zip has chrome files", () => {
  const chrome = readZip(join(ROOT, "dist", "discret-chrome.zip"));
  const edge = readZip(join(ROOT, "dist", "discret-edge.zip"));
  assert.deepEqual(edge.map((entry) => entry.name), chrome.map((entry) => entry.name));
  for (const [index, entry] of edge.entries()) {
    assert.ok(entry.data.equals(chrome[index].data), `${entry.name} is the same in both packages`);
  }
});

test("firefox zip has gecko manifest", () => {
  const entries = readZip(join(ROOT, "dist", "discret-firefox.zip"));
  const manifest = JSON.parse(entries.find((entry) => entry.name === "manifest.json").data.toString("utf8"));
  assert.equal(manifest.browser_specific_settings.gecko.id, "discret@discret-extension.org");
  assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ["none"] });
  assert.deepEqual(manifest.background, { scripts: ["background.js"] });
});

/** Returns the version of the first release heading of CHANGELOG.md, `## [x.y.z] - date`. */
function changelogVersion() {
  const match = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8").match(/^## \[(\d+(?:\.\d+){0,3})\] - \d{4}-\d{2}-\d{2}$/m);
  return match?.[1] ?? null;
}

test("version is the manifest's everywhere", () => {
  const version = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")).version;
  for (const archive of ARCHIVES) {
    const packaged = readZip(join(ROOT, "dist", archive)).find((entry) => entry.name === "manifest.json");
    assert.equal(JSON.parse(packaged.data.toString("utf8")).version, version, `${archive}: manifest version`);
  }
  const cargo = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/);
  assert.equal(cargo?.[1], version, "Cargo.toml: workspace.package version");
  assert.equal(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version, version, "package.json: version");
  assert.equal(changelogVersion(), version, "CHANGELOG.md: latest release");
  assert.match(readFileSync(join(ROOT, "CHANGELOG.md"), "utf8"), /^## \[Unreleased\]$/m, "CHANGELOG.md: Unreleased section");
});

/** Returns the text under each "## Heading" of a listing file, trimmed. */
function listingSections(locale) {
  const text = readFileSync(join(ROOT, "store", `listing.${locale}.md`), "utf8");
  const sections = {};
  for (const part of text.split(/^## /m).slice(1)) {
    const newline = part.indexOf("\n");
    sections[part.slice(0, newline).trim()] = part.slice(newline + 1).trim();
  }
  return sections;
}

test("store listings keep length limits", () => {
  for (const locale of ["fr", "en"]) {
    const sections = listingSections(locale);
    const catalog = JSON.parse(readFileSync(join(ROOT, "_locales", locale, "messages.json"), "utf8"));
    assert.equal(sections.Name, catalog.extensionName.message, `${locale}: name`);
    assert.ok(sections.Name.length <= 45, `${locale}: name within Edge's 45 characters`);
    assert.ok(sections.Summary.length <= 132, `${locale}: summary of ${sections.Summary.length} characters, at most 132`);
    assert.equal(sections.Summary, catalog.extensionSummary.message, `${locale}: summary is the manifest description`);
    assert.ok(sections.Description.length >= 250, `${locale}: description of ${sections.Description.length} characters`);
    assert.ok(sections.Description.length <= 16_000, `${locale}: description within 16,000 characters`);
    for (const heading of ["Category", "Single purpose", "Permission justifications", "Data usage"]) {
      assert.ok((sections[heading] ?? "").length > 0, `${locale}: ${heading} is filled in`);
    }
  }
  const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8"));
  assert.equal(manifest.description, "__MSG_extensionSummary__");
});

test("privacy policies state storage and contact", () => {
  for (const locale of ["fr", "en"]) {
    const policy = readFileSync(join(ROOT, "store", `privacy-policy.${locale}.md`), "utf8");
    assert.ok(policy.includes("storage.sync"), `${locale}: names the sync storage`);
    assert.match(policy, /example\.invalid/, `${locale}: has the contact address`);
    assert.match(policy, locale === "fr" ? /adresse provisoire/ : /placeholder address/, `${locale}: marks the address as a placeholder`);
  }
});

/** Returns the width and height of a PNG from its IHDR chunk. */
function pngSize(path) {
  const png = readFileSync(path);
  assert.equal(png.toString("latin1", 1, 4), "PNG", `${path} is a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("store screenshots are 1280 × 800", () => {
  const dir = join(ROOT, "store", "screenshots");
  const screenshots = readdirSync(dir).filter((name) => name.endsWith(".png"));
  assert.ok(screenshots.length >= 3, `store/screenshots has ${screenshots.length} screenshots`);
  for (const name of screenshots) {
    assert.deepEqual(pngSize(join(dir, name)), { width: 1280, height: 800 }, name);
  }
  assert.deepEqual(pngSize(join(ROOT, "extension/icons/icon-128.png")), { width: 128, height: 128 }, "store icon");
});

test("icons match their SVG sources", () => {
  // Renders every SVG again in headless Chromium and compares it with the committed PNG.
  execFileSync("node", ["scripts/render-icons.mjs", "--check"], { cwd: ROOT, stdio: "pipe" });
});
