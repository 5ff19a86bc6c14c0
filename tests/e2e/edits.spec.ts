// Offset arithmetic of the content script, run in Node without a browser.

import { expect, test } from "@playwright/test";
import { shiftFindings, shiftOffset, smallestEdit, widenDeletion } from "../../extension/content/edits";
import { MIRROR_TAIL_CHARS, mirroredLength, segmentsOf } from "../../extension/content/render/textarea-mirror";
import type { Finding } from "../../extension/shared/checker-types";

function finding(start: number, end: number, severity: Finding["severity"] = "error"): Finding {
  return { start, end, byte_start: 0, byte_end: 0, text: "", category: "treatment", rule: "treatment/test", severity, message: "", explanation: "", legal: "", fix: null };
}

/** Returns `text` after deleting `span` the way « Corriger » deletes it. */
function deleteSpan(text: string, span: string): string {
  const start = text.indexOf(span);
  const range = widenDeletion(text, start, start + span.length);
  return text.slice(0, range.start) + text.slice(range.end);
}

test("widenDeletion leaves single spaces", () => {
  expect(deleteSpan("je vous ai reçue le 12 mars pour", "le 12 mars"), "between two words").toBe("je vous ai reçue pour");
  expect(deleteSpan("reçue le 12 mars, merci", "le 12 mars"), "before a comma").toBe("reçue, merci");
  expect(deleteSpan("reçue le 12 mars.", "le 12 mars"), "before a full stop").toBe("reçue.");
  expect(deleteSpan("merci le 12 mars", "le 12 mars"), "at the end").toBe("merci");
  expect(deleteSpan("le 12 mars merci", "le 12 mars"), "at the start").toBe("merci");
  expect(deleteSpan("reçue le 12 mars ! Merci", "le 12 mars"), "French spacing before « ! » is kept").toBe("reçue ! Merci");
  expect(deleteSpan("reçue (le 12 mars)", "le 12 mars"), "no space to take").toBe("reçue ()");
});

test("widenDeletion removes sentence or clause punctuation", () => {
  expect(deleteSpan("Merci ! Ravie que tout aille bien.", "Ravie que tout aille bien"), "last sentence").toBe("Merci !");
  expect(deleteSpan("Bon rétablissement ! Merci.", "Bon rétablissement"), "first sentence").toBe("Merci.");
  expect(deleteSpan("Merci Paul, bon rétablissement !", "bon rétablissement"), "clause after a comma").toBe("Merci Paul !");
  expect(deleteSpan("Thanks Paul, get well!", "get well"), "English clause").toBe("Thanks Paul!");
  expect(deleteSpan("reçue, le 12 mars.", "le 12 mars"), "date after a comma").toBe("reçue.");
});

test("smallestEdit keeps common prefix and suffix", () => {
  expect(smallestEdit("votre détartrage.", 0, 16, "vos soins")).toEqual({ start: 2, end: 16, text: "s soins" });
  expect(smallestEdit("abc", 1, 2, "b")).toEqual({ start: 2, end: 2, text: "" });
  expect(smallestEdit("le 12 mars", 0, 10, "")).toEqual({ start: 0, end: 10, text: "" });
});

test("smallestEdit never splits surrogate pairs", () => {
  // 😀 is U+1F600 (D83D DE00) and 😃 is U+1F603 (D83D DE03): they share their first code unit.
  expect(smallestEdit("a😀b", 1, 3, "😃")).toEqual({ start: 1, end: 3, text: "😃" });
  // 🙂 is U+1F642 (D83D DE42) and 😂 is U+1F602 (D83D DE02): the edit must not start between the halves.
  expect(smallestEdit("🙂", 0, 2, "😂")).toEqual({ start: 0, end: 2, text: "😂" });
});

test("shiftOffset moves offsets after an edit", () => {
  expect(shiftOffset(3, 5, 8, 1), "before the edit").toBe(3);
  expect(shiftOffset(10, 5, 8, 1), "after the edit").toBe(8);
  expect(shiftOffset(6, 5, 8, 1), "inside the edit").toBe(6);
});

test("shiftFindings follows typing", () => {
  const before = "je vous ai reçue le 12 mars";
  const findings = [finding(0, 16), finding(17, 27)];

  const typedAtStart = shiftFindings(findings, before, `Bonjour, ${before}`);
  expect(typedAtStart.map(({ start, end }) => [start, end])).toEqual([[9, 25], [26, 36]]);

  const typedInside = shiftFindings(findings, before, before.replace("reçue", "reçu"));
  expect(typedInside.map(({ start, end }) => [start, end]), "the touched finding is dropped").toEqual([[16, 26]]);

  const typedAtEnd = shiftFindings(findings, before, `${before}.`);
  expect(typedAtEnd.map(({ start, end }) => [start, end])).toEqual([[0, 16], [17, 27]]);
});

test("segmentsOf splits overlapping findings", () => {
  const segments = segmentsOf("abcdefgh", [finding(1, 5, "warning"), finding(3, 7, "error")]);
  expect(segments.map(({ start, end, findings, severity }) => [start, end, findings, severity])).toEqual([
    [0, 1, [], "info"],
    [1, 3, [0], "warning"],
    [3, 5, [0, 1], "error"],
    [5, 7, [1], "error"],
    [7, 8, [], "info"],
  ]);
});

test("segmentsOf matches per-piece scan", () => {
  // A reference that tests every finding against every piece, on pseudo-random findings.
  let seed = 7;
  const next = (limit: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % limit;
  };
  const severities: Finding["severity"][] = ["info", "warning", "error"];
  for (let round = 0; round < 50; round++) {
    const text = "x".repeat(40);
    const findings = Array.from({ length: next(8) }, () => {
      const start = next(45);
      return finding(start, start + next(12), severities[next(3)]);
    });
    const expected = [];
    const points = [...new Set([0, text.length, ...findings.flatMap((each) => [Math.min(each.start, 40), Math.min(each.end, 40)])])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const covering = findings.flatMap((each, index) => (each.start <= points[i] && each.end >= points[i + 1] ? [index] : []));
      const rank = (severity: Finding["severity"]) => severities.indexOf(severity);
      const severity = covering.reduce<Finding["severity"]>((highest, index) => (rank(findings[index].severity) > rank(highest) ? findings[index].severity : highest), "info");
      expected.push({ start: points[i], end: points[i + 1], findings: covering, severity });
    }
    expect(segmentsOf(text, findings), `round ${round}`).toEqual(expected);
  }
});

test("mirroredLength cuts long texts only", () => {
  expect(mirroredLength("court", [finding(0, 5)]), "a short text is copied whole").toBe(5);

  const paragraph = "a".repeat(99) + "\n";
  const long = paragraph.repeat(100);
  expect(mirroredLength(long, [finding(10, 20)]), "up to the line break after the last finding").toBe(99);
  expect(mirroredLength(long, []), "no finding: up to the first line break").toBe(99);

  const oneLine = "a".repeat(3 * MIRROR_TAIL_CHARS);
  expect(mirroredLength(oneLine, [finding(10, 20)]), "no line break: a fixed tail").toBe(20 + MIRROR_TAIL_CHARS);
  // 😀 is U+1F600, two code units: the cut moves past its second half.
  const emoji = "a".repeat(19 + MIRROR_TAIL_CHARS) + "😀" + "a".repeat(MIRROR_TAIL_CHARS);
  expect(mirroredLength(emoji, [finding(10, 20)]), "the cut keeps a surrogate pair whole").toBe(20 + MIRROR_TAIL_CHARS + 1);
});
