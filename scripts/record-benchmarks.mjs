// Rewrites the generated sections of BENCHMARKS.md from the latest measurements: the criterion results
// of `cargo bench -p discret-checker --bench check` (target/criterion) and the Markdown table printed by
// scripts/bench-extension.mjs (read from the file given with --extension).
//
// Usage: node scripts/record-benchmarks.mjs --extension FILE
// A section is the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`; the rest of the page is
// left as written.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: options } = parseArgs({ options: { extension: { type: "string" } } });
const page = join(root, "BENCHMARKS.md");

/** Returns the median of a criterion benchmark in microseconds, or null when it has not run. */
function medianMicroseconds(group, name) {
  const path = join(root, "target/criterion", group, group, name, "new/estimates.json");
  if (!existsSync(path)) return null;
  const estimates = JSON.parse(readFileSync(path, "utf8"));
  return estimates.median.point_estimate / 1000;
}

/** Formats microseconds with three significant figures. */
function format(microseconds) {
  return microseconds >= 1 ? `${microseconds.toPrecision(3)} µs` : `${(microseconds * 1000).toPrecision(3)} ns`;
}

function criterionTable() {
  const rows = [["short", "short (70 characters)"], ["typical_1000_chars", "typical (923 characters, with review)"], ["reply_4096_bytes", "4,096 bytes"]];
  const lines = ["| reply | `check` median | bare scan median | ratio |", "|---|---|---|---|"];
  for (const [name, label] of rows) {
    const check = medianMicroseconds("check", name);
    const scan = medianMicroseconds("bare_scan", name);
    if (check === null || scan === null) {
      lines.push(`| ${label} | not measured | not measured | |`);
      continue;
    }
    lines.push(`| ${label} | ${format(check)} | ${format(scan)} | ${(check / scan).toFixed(1)} × |`);
  }
  return lines.join("\n");
}

/** Replaces the text between the markers of section `name` with `content`. */
function replaceSection(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    throw new Error(`BENCHMARKS.md has no section ${name}: add the lines ${start} and ${end}`);
  }
  const stamp = `Recorded by \`make bench\` on ${new Date().toISOString().slice(0, 10)}.`;
  return `${text.slice(0, from + start.length)}\n${stamp}\n\n${content.trim()}\n${text.slice(to)}`;
}

let text = readFileSync(page, "utf8");
text = replaceSection(text, "native", criterionTable());
if (options.extension) {
  text = replaceSection(text, "extension", readFileSync(options.extension, "utf8"));
}
writeFileSync(page, text);
console.log("updated BENCHMARKS.md");
