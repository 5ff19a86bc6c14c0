// The extension's sources use none of the APIs that parse a string as HTML or as code. Run in Node.

import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCES = join(ROOT, "extension");

/** APIs that turn a string into DOM nodes or into code. */
const FORBIDDEN: [string, RegExp][] = [
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["document.write", /\bdocument\s*\.\s*write(?:ln)?\b/],
  ["eval(", /\beval\s*\(/],
  ["new Function(", /\bnew\s+Function\s*\(/],
  ["createContextualFragment", /\bcreateContextualFragment\b/],
  ["setHTMLUnsafe", /\bsetHTMLUnsafe\b/],
];

/** Returns "file:line: name" for each use of a forbidden API in `text`. */
function forbiddenUses(file: string, text: string): string[] {
  const uses: string[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    for (const [name, pattern] of FORBIDDEN) {
      if (pattern.test(line)) {
        uses.push(`${file}:${index + 1}: ${name}`);
      }
    }
  }
  return uses;
}

test("forbidden-API patterns match their uses", () => {
  const samples = [
    "box.innerHTML = text;",
    "const html = node.outerHTML;",
    'node.insertAdjacentHTML("beforeend", text);',
    "document.write(text);",
    "document.writeln(text);",
    "eval (code);",
    'new Function("return 1")();',
    "range.createContextualFragment(text);",
    "node.setHTMLUnsafe(text);",
  ];
  for (const sample of samples) {
    expect(forbiddenUses("sample.ts", sample), sample).toHaveLength(1);
  }
  expect(forbiddenUses("sample.ts", "element.textContent = text; evaluate(x); writer.write(x);"), "safe code").toEqual([]);
});

test("sources use no HTML or code sinks", () => {
  const files = readdirSync(SOURCES, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  expect(files.length, "TypeScript files under extension/").toBeGreaterThan(20);
  const uses = files.flatMap((file) => forbiddenUses(relative(ROOT, join(SOURCES, file)), readFileSync(join(SOURCES, file), "utf8")));
  expect(uses, "uses of APIs that parse strings as HTML or code").toEqual([]);
});
