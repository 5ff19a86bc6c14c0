// Measures the throughput of `discret audit` on one core and rewrites the audit section of BENCHMARKS.md.
//
// The input is 20,000 review/reply pairs taken in turn from the labelled corpora under tests/corpus/
// (about half of them breach, so about half get a rewrite). The audit runs three times with
// `--format json` on a single thread, its report written to target/bench/audit-report.json; the median
// wall time gives the pairs per second.
//
// Usage: node scripts/bench-audit.mjs   (after `cargo build --release -p discret-cli`)

import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PAIRS = 20_000;
const RUNS = 3;

const corpusDir = join(root, "tests/corpus");
const cases = readdirSync(corpusDir)
  .filter((name) => name.endsWith(".jsonl"))
  .sort()
  .flatMap((name) => readFileSync(join(corpusDir, name), "utf8").split("\n"))
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line))
  .map((item) => ({ review: item.review ?? "", reply: item.reply, reviewer: item.reviewer_name ?? "" }));

mkdirSync(join(root, "target/bench"), { recursive: true });
const input = join(root, "target/bench/audit-pairs.jsonl");
const output = join(root, "target/bench/audit-report.json");
const lines = [];
for (let index = 0; index < PAIRS; index++) {
  lines.push(JSON.stringify(cases[index % cases.length]));
}
writeFileSync(input, lines.join("\n") + "\n");

const binary = join(root, "target/release/discret");
const seconds = [];
let atRisk = 0;
for (let run = 0; run < RUNS; run++) {
  // The report goes to a file, as a user would save it, rather than through a pipe into this script,
  // which would time Node's buffering of some 30 MB along with the audit.
  const outputFile = openSync(output, "w");
  const started = process.hrtime.bigint();
  const result = spawnSync(binary, ["audit", "--format", "json", input], { stdio: ["ignore", outputFile, "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(outputFile);
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`discret audit failed with status ${result.status}: ${result.stderr}`);
  }
  atRisk = JSON.parse(readFileSync(output, "utf8")).with_breaches;
  seconds.push(elapsed);
}
seconds.sort((a, b) => a - b);
const median = seconds[Math.floor(RUNS / 2)];
const perSecond = Math.round(PAIRS / median);
const cpu = cpus()[0]?.model ?? "unknown CPU";
const version = execFileSync(binary, ["--version"]).toString().trim();

const section = [
  `Recorded by \`make bench\` on ${new Date().toISOString().slice(0, 10)}: ${version}, one thread, ${cpu}.`,
  "",
  "| input | pairs | at risk (rewritten) | median of 3 runs | throughput | budget |",
  "|---|---|---|---|---|---|",
  `| corpora in turn, \`--format json\` | ${PAIRS.toLocaleString("en")} | ${atRisk.toLocaleString("en")} | ${median.toFixed(2)} s | ${perSecond.toLocaleString("en")} pairs/s | ≥ 20,000 pairs/s |`,
].join("\n");

const page = join(root, "BENCHMARKS.md");
const text = readFileSync(page, "utf8");
const pattern = /<!-- audit:start -->[\s\S]*<!-- audit:end -->/;
if (!pattern.test(text)) {
  throw new Error("BENCHMARKS.md has no <!-- audit:start --> … <!-- audit:end --> section");
}
writeFileSync(page, text.replace(pattern, `<!-- audit:start -->\n${section}\n<!-- audit:end -->`));
console.log(section);
