// What the extension requests, in the source manifest and in both built ones: no permission, page,
// web-accessible file or extension-page CSP beyond those listed here, so that widening any of them is a
// deliberate change to this file. Run in Node.

import { expect, test } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const ALLOWED_PERMISSIONS = ["storage", "contextMenus", "activeTab", "scripting"];
const SUPPORTED_PAGES = [
  "https://www.google.com/local/business/*",
  "https://business.google.com/*",
  "https://www.google.com/maps/*",
  "https://www.google.com/search*",
  "https://www.resalib.fr/*",
  "https://pro.doctolib.fr/*",
  "https://www.doctolib.fr/*",
];
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";
const WASM_FILE = "wasm/discret_checker_bg.wasm";

/**
 * Origins the WebAssembly file may be fetched from. Chrome accepts only whole origins ("/*" paths) in
 * web_accessible_resources, so these are the origins of the supported pages.
 */
const WASM_ORIGINS = [...new Set(SUPPORTED_PAGES.map((pattern) => `${new URL(pattern.replace(/\*/g, "x")).origin}/*`))];

type Manifest = Record<string, unknown>;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Returns what `manifest` requests beyond the allowed permissions, pages, resources and CSP, one line each. */
function manifestProblems(manifest: Manifest): string[] {
  const problems: string[] = [];
  for (const permission of list(manifest.permissions)) {
    if (!ALLOWED_PERMISSIONS.includes(String(permission))) {
      problems.push(`permission ${String(permission)}`);
    }
  }
  for (const key of ["optional_permissions", "optional_host_permissions"]) {
    for (const permission of list(manifest[key])) {
      problems.push(`${key} ${String(permission)}`);
    }
  }
  for (const pattern of list(manifest.host_permissions)) {
    if (!SUPPORTED_PAGES.includes(String(pattern))) {
      problems.push(`host permission ${String(pattern)}`);
    }
  }

  for (const script of list(manifest.content_scripts) as Manifest[]) {
    for (const pattern of list(script.matches)) {
      if (!SUPPORTED_PAGES.includes(String(pattern))) {
        problems.push(`content script match ${String(pattern)}`);
      }
    }
    for (const key of ["include_globs", "match_origin_as_fallback", "match_about_blank"]) {
      if (script[key] !== undefined) {
        problems.push(`content script ${key}`);
      }
    }
  }

  for (const entry of list(manifest.web_accessible_resources) as Manifest[]) {
    for (const resource of list(entry.resources)) {
      if (resource !== WASM_FILE) {
        problems.push(`web-accessible resource ${String(resource)}`);
      }
    }
    for (const pattern of list(entry.matches)) {
      if (!WASM_ORIGINS.includes(String(pattern))) {
        problems.push(`web-accessible resource match ${String(pattern)}`);
      }
    }
    if (entry.extension_ids !== undefined) {
      problems.push("web-accessible resource extension_ids");
    }
  }

  const csp = manifest.content_security_policy as Manifest | undefined;
  if (csp?.extension_pages !== EXTENSION_PAGES_CSP) {
    problems.push(`extension pages CSP ${JSON.stringify(csp?.extension_pages)}`);
  }
  for (const key of Object.keys(csp ?? {}).filter((each) => each !== "extension_pages")) {
    problems.push(`CSP ${key}`);
  }
  if (manifest.externally_connectable !== undefined) {
    problems.push("externally_connectable");
  }
  return problems;
}

function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(join(ROOT, path), "utf8")) as Manifest;
}

test("source manifest requests only the allowed", () => {
  const manifest = readManifest("manifest.json");
  expect(manifestProblems(manifest)).toEqual([]);
  expect(manifest.permissions, "every listed permission").toEqual(ALLOWED_PERMISSIONS);
  expect(list(manifest.web_accessible_resources).length, "the WebAssembly file is web-accessible").toBe(1);
});

for (const target of ["chrome", "firefox"]) {
  test(`built ${target} manifest requests only the allowed`, () => {
    const path = `dist/${target}/manifest.json`;
    expect(existsSync(join(ROOT, path)), `${path} exists (make build-extension writes it)`).toBe(true);
    expect(manifestProblems(readManifest(path))).toEqual([]);
  });
}

test("broadened manifests are caught", () => {
  const base = readManifest("manifest.json");
  const variants: [string, (manifest: Manifest) => void][] = [
    ["tabs permission", (manifest) => (manifest.permissions as string[]).push("tabs")],
    ["optional permission", (manifest) => (manifest.optional_permissions = ["history"])],
    ["all URLs", (manifest) => (manifest.host_permissions as string[]).push("<all_urls>")],
    ["any Google subdomain", (manifest) => ((manifest.content_scripts as Manifest[])[0].matches as string[]).push("https://*.google.com/*")],
    ["content script on about:blank", (manifest) => ((manifest.content_scripts as Manifest[])[0].match_about_blank = true)],
    ["another web-accessible file", (manifest) => ((manifest.web_accessible_resources as Manifest[])[0].resources as string[]).push("content.js")],
    ["wasm for every site", (manifest) => ((manifest.web_accessible_resources as Manifest[])[0].matches = ["<all_urls>"])],
    ["unsafe-eval", (manifest) => ((manifest.content_security_policy as Manifest).extension_pages = "script-src 'self' 'unsafe-eval'; object-src 'self'")],
    ["no CSP", (manifest) => delete manifest.content_security_policy],
    ["sandbox CSP", (manifest) => ((manifest.content_security_policy as Manifest).sandbox = "sandbox allow-scripts")],
    ["externally connectable", (manifest) => (manifest.externally_connectable = { matches: ["https://www.doctolib.fr/*"] })],
  ];
  for (const [name, broaden] of variants) {
    const manifest = structuredClone(base);
    broaden(manifest);
    expect(manifestProblems(manifest).length, name).toBeGreaterThan(0);
  }
});
