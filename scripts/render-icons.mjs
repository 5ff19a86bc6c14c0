// Rasterises the SVG icons of extension/icons/ to the PNG sizes the manifest and the toolbar use, with
// Debian's headless Chromium through Playwright, so that no image tool needs downloading.
//
// Usage: node scripts/render-icons.mjs            renders the icons whose SVG changed since the last rendering
//        node scripts/render-icons.mjs --force    renders every icon
//        node scripts/render-icons.mjs --check    compares the committed PNGs with a fresh rendering
//        node scripts/render-icons.mjs --preview FILE   saves a sheet of every icon on light and dark toolbars
//
// extension/icons/rendered.json records the SHA-256 of each SVG source with the sizes it was rendered at, so
// that a build renders only changed icons and otherwise keeps the committed PNGs: another Chromium version
// may anti-alias differently, and the packages must stay identical from one machine to the next. --check
// allows a small difference per channel for the same reason.

import { chromium } from "@playwright/test";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CHROMIUM_PATH } from "./chromium-extension.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const iconsDir = join(root, "extension/icons");

/** Every SVG source and the sizes it is rasterised to, in pixels. */
const ICONS = [
  // The app icon of the manifest's "icons": the toolbar's menu, the extensions page, the install prompt, the stores.
  { name: "icon", sizes: [16, 32, 48, 128] },
  // The toolbar button's states, which the background sets per tab; toolbars show 16 px, or 32 px at 2× zoom.
  { name: "toolbar-active", sizes: [16, 32] },
  { name: "toolbar-findings", sizes: [16, 32] },
  { name: "toolbar-off", sizes: [16, 32] },
];

/** Largest difference allowed per colour channel (0–255) between a committed PNG and a fresh rendering. */
const CHECK_TOLERANCE = 24;

/** Toolbar colours the preview sheet shows the icons on: Chrome's and Firefox's light and dark themes. */
const PREVIEW_BACKGROUNDS = ["#ffffff", "#f9f9fb", "#dee1e6", "#35363a", "#2b2a33", "#1c1b22"];

/** The record of the last rendering: for each icon, the SHA-256 of its SVG and the sizes. */
const RECORD_PATH = join(iconsDir, "rendered.json");

const { values: options } = parseArgs({
  options: { check: { type: "boolean", default: false }, force: { type: "boolean", default: false }, preview: { type: "string" } },
});

function sourceDigest(name, sizes) {
  return createHash("sha256").update(readFileSync(join(iconsDir, `${name}.svg`))).update(`sizes ${sizes.join(" ")}`).digest("hex");
}

function readRecord() {
  try {
    return JSON.parse(readFileSync(RECORD_PATH, "utf8"));
  } catch {
    return {};
  }
}

/** Returns the icons whose SVG or sizes changed since the last rendering, or whose PNGs are missing. */
function staleIcons() {
  const record = readRecord();
  return ICONS.filter(
    ({ name, sizes }) => record[name] !== sourceDigest(name, sizes) || sizes.some((size) => !existsSync(join(iconsDir, `${name}-${size}.png`))),
  );
}

function svgDataUrl(name) {
  return `data:image/svg+xml;base64,${readFileSync(join(iconsDir, `${name}.svg`)).toString("base64")}`;
}

/** Returns the PNG bytes of the SVG `name` drawn at `size` × `size` pixels on a transparent background. */
async function render(page, name, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" style="display:block"></body></html>`);
  await page.locator("img").evaluate(async (image, source) => {
    image.src = source;
    await image.decode();
  }, svgDataUrl(name));
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** Returns the largest per-channel difference between two PNGs of the same size, decoded by the page. */
async function maxChannelDifference(page, first, second) {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob(), { premultiplyAlpha: "none", colorSpaceConversion: "none" });
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d");
        context.drawImage(bitmap, 0, 0);
        return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const [left, right] = [await pixels(a), await pixels(b)];
      if (left.width !== right.width || left.height !== right.height) {
        return 255;
      }
      let max = 0;
      for (let index = 0; index < left.data.length; index++) {
        max = Math.max(max, Math.abs(left.data[index] - right.data[index]));
      }
      return max;
    },
    [first.toString("base64"), second.toString("base64")],
  );
}

/** Saves one sheet: each icon at each size, on each toolbar colour, magnified 4× without smoothing. */
async function savePreview(page, path) {
  const rows = PREVIEW_BACKGROUNDS.map((background) => {
    const cells = ICONS.flatMap(({ name, sizes }) =>
      sizes.filter((size) => size <= 32).map((size) => `<img src="${join(iconsDir, `${name}-${size}.png`)}" width="${size * 4}" height="${size * 4}">`),
    );
    return `<div style="background:${background};display:flex;gap:24px;align-items:center;padding:16px">${cells.join("")}</div>`;
  });
  const large = ICONS[0].sizes.filter((size) => size > 32).map((size) => `<img src="${join(iconsDir, `icon-${size}.png`)}">`);
  const stores = PREVIEW_BACKGROUNDS.map((background) => `<div style="background:${background};padding:16px;display:flex;gap:16px;align-items:center">${large.join("")}</div>`);
  await page.setViewportSize({ width: 900, height: 800 });
  await page.goto(`file://${iconsDir}/`);
  await page.setContent(`<!doctype html><html><body style="margin:0;image-rendering:pixelated">${rows.join("")}<div style="display:flex">${stores.join("")}</div></body></html>`);
  await page.screenshot({ path, fullPage: true });
}

const toRender = options.force ? ICONS : staleIcons();
if (!options.check && options.preview === undefined && toRender.length === 0) {
  console.log("icons: up to date");
  process.exit(0);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--disable-gpu", "--force-color-profile=srgb"] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  if (options.preview !== undefined) {
    await savePreview(page, resolve(options.preview));
    console.log(`saved ${options.preview}`);
  } else if (!options.check) {
    const record = readRecord();
    for (const { name, sizes } of toRender) {
      for (const size of sizes) {
        writeFileSync(join(iconsDir, `${name}-${size}.png`), await render(page, name, size));
      }
      record[name] = sourceDigest(name, sizes);
      console.log(`icons: rendered ${name}.svg at ${sizes.join(", ")} px`);
    }
    const ordered = Object.fromEntries(ICONS.map(({ name }) => [name, record[name]]));
    writeFileSync(RECORD_PATH, JSON.stringify(ordered, null, 2) + "\n");
  } else {
    const stale = [];
    for (const { name, sizes } of ICONS) {
      for (const size of sizes) {
        const png = await render(page, name, size);
        const path = join(iconsDir, `${name}-${size}.png`);
        let committed;
        try {
          committed = readFileSync(path);
        } catch {
          stale.push(`${name}-${size}.png is missing`);
          continue;
        }
        const difference = await maxChannelDifference(page, committed, png);
        if (difference > CHECK_TOLERANCE) {
          stale.push(`${name}-${size}.png differs from ${name}.svg by up to ${difference}/255 in a channel`);
        }
      }
    }
    if (stale.length > 0) {
      console.error(`error: the PNG icons do not match their SVG sources; run make icons\n  ${stale.join("\n  ")}`);
      process.exitCode = 1;
    } else {
      console.log("icons: every PNG matches its SVG source");
    }
  }
} finally {
  await browser.close();
}
