// Measures the checker in headless Chromium and prints a Markdown table: WebAssembly size (raw and gzip),
// load and instantiation time, `check` time on a 4,096-byte reply, the JS heap the first check adds to a
// tab, and keystroke-to-underline latency.
//
// Usage: node scripts/bench-extension.mjs [--samples N]
// Needs dist/chrome and build/wasm (make -f mk/extension.mk build-extension).

import { readFileSync, statSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { CHROMIUM_PATH, launchWithExtension } from "./chromium-extension.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: options } = parseArgs({ options: { samples: { type: "string", default: "30" } } });
const samples = Number(options.samples);

const wasmPath = join(root, "build/wasm/discret_checker_bg.wasm");
const gluePath = join(root, "build/wasm/discret_checker.js");
const wasmBytes = readFileSync(wasmPath);
const BENCH_URL = "https://www.resalib.fr/discret-bench/";
const REPLY_SENTENCE = "Bonjour, je vous ai reçue le 12 mars pour votre détartrage et nous restons à votre écoute. ";

/** Returns the `fraction` quantile of `values` (nearest rank). */
function quantile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Builds a reply of exactly `bytes` UTF-8 bytes from the sample sentence, padded with spaces. */
function replyOfBytes(bytes) {
  let reply = "";
  while (Buffer.byteLength(reply + REPLY_SENTENCE) <= bytes) {
    reply += REPLY_SENTENCE;
  }
  return reply + " ".repeat(bytes - Buffer.byteLength(reply));
}

const { context, close } = await launchWithExtension(join(root, "dist/chrome"));
const rows = [];
try {
  await context.route(`${BENCH_URL}page.html`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: "<!doctype html><title>bench</title>" }));
  await context.route(`${BENCH_URL}glue.js`, (route) => route.fulfill({ contentType: "text/javascript", body: readFileSync(gluePath) }));
  await context.route(`${BENCH_URL}checker.wasm`, (route) => route.fulfill({ contentType: "application/wasm", body: wasmBytes }));
  await context.route("https://www.resalib.fr/discret-bench/reply.html", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: readFileSync(join(root, "tests/e2e/fixtures/resalib-reviews.html")) }),
  );

  // Load and instantiation: a fresh page each time, so the glue and the module start from nothing.
  const loadTimes = [];
  const firstCheckTimes = [];
  let checkTimes = [];
  for (let sample = 0; sample < Math.min(samples, 15); sample++) {
    const page = await context.newPage();
    await page.goto(`${BENCH_URL}page.html`);
    const result = await page.evaluate(
      async ({ base, reply, runs }) => {
        const bytes = await (await fetch(`${base}checker.wasm`)).arrayBuffer();
        const glue = await import(`${base}glue.js`);
        const start = performance.now();
        await glue.default({ module_or_path: bytes });
        const load = performance.now() - start;
        // The first check of a language parses its data and builds its automata, once per page.
        const firstStart = performance.now();
        glue.check({ reply: "Merci pour votre avis.", locale: "fr" });
        const firstCheck = performance.now() - firstStart;

        // Pages without cross-origin isolation get a coarse clock (0.1 ms in Chromium), so `check` is timed
        // in batches and each sample is a batch's mean.
        const times = [];
        const batch = 10;
        if (runs > 0) {
          glue.check({ reply, locale: "fr" });
          for (let run = 0; run < runs; run++) {
            const before = performance.now();
            for (let call = 0; call < batch; call++) {
              glue.check({ reply, locale: "fr" });
            }
            times.push((performance.now() - before) / batch);
          }
        }
        return { load, firstCheck, times };
      },
      { base: BENCH_URL, reply: replyOfBytes(4096), runs: sample === 0 ? 50 : 0 },
    );
    loadTimes.push(result.load);
    firstCheckTimes.push(result.firstCheck);
    if (sample === 0) {
      checkTimes = result.times;
    }
    await page.close();
  }

  // Keystroke to underline: time from a keydown to the next frame after the content script drew the check.
  // Before it, the V8 heap of the tab is measured after garbage collection, without and with the checker.
  const page = await context.newPage();
  await page.goto("https://www.resalib.fr/discret-bench/reply.html");
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heapBefore = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  const textarea = page.locator("textarea");
  await textarea.fill(replyOfBytes(600));
  await page.waitForFunction(() => document.querySelector("discret-overlay")?.dataset.discretChecked !== undefined);
  await cdp.send("HeapProfiler.collectGarbage");
  const heapAdded = (await cdp.send("Runtime.getHeapUsage")).usedSize - heapBefore;
  const checkerPath = await page.evaluate(() => document.querySelector("discret-overlay").dataset.discretChecker);
  await textarea.press("End");
  const latencies = [];
  for (let sample = 0; sample < samples; sample++) {
    const pending = page.evaluate(
      () =>
        new Promise((resolve) => {
          let typedAt = 0;
          document.querySelector("textarea").addEventListener("keydown", (event) => (typedAt = event.timeStamp), { once: true });
          const host = document.querySelector("discret-overlay");
          const observer = new MutationObserver(() => {
            if (typedAt === 0) {
              return;
            }
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - typedAt));
          });
          observer.observe(host, { attributes: true, attributeFilter: ["data-discret-checked"] });
        }),
    );
    await page.waitForTimeout(0);
    await textarea.press(sample % 2 === 0 ? "a" : "Backspace");
    latencies.push(await pending);
  }

  const median = (values, digits) => quantile(values, 0.5).toFixed(digits);
  rows.push(["WebAssembly size after wasm-opt", `${statSync(wasmPath).size} bytes raw, ${gzipSync(wasmBytes, { level: 9 }).length} bytes gzip -9`, "≤ 500 KB, ≤ 180 KB gzip"]);
  rows.push([`module instantiation in a page (median of ${loadTimes.length})`, `${median(loadTimes, 1)} ms`, "≤ 25 ms"]);
  rows.push([
    `first \`check\` after instantiation, short French reply (median of ${firstCheckTimes.length}; parses the French data)`,
    `${median(firstCheckTimes, 1)} ms`,
    "counted with load: ≤ 25 ms",
  ]);
  rows.push([`\`check\` on a 4,096-byte reply (median of ${checkTimes.length} batches of 10)`, `${median(checkTimes, 3)} ms`, "≤ 0.5 ms"]);
  rows.push([
    `JS heap added to the tab by the first check (${checkerPath} checker)`,
    `${(heapAdded / 1024 / 1024).toFixed(2)} MB (V8 used size after GC; WebAssembly memory not included)`,
    "≤ 5 MB",
  ]);
  rows.push([`keystroke to underline, 600-byte reply (${latencies.length} keystrokes)`, `p50 ${median(latencies, 1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms`, "p95 ≤ 120 ms, debounce included"]);
} finally {
  await close();
}

const version = (await import("node:child_process")).execFileSync(CHROMIUM_PATH, ["--version"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
console.log(`Headless ${version}, ${cpus().length} × ${cpus()[0].model}, measured by scripts/bench-extension.mjs.\n`);
console.log("| what | measured | budget |");
console.log("|---|---|---|");
for (const row of rows) {
  console.log(`| ${row.join(" | ")} |`);
}
