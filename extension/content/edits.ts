// Offset arithmetic for edits of the reply: the smallest edit between two texts, and where offsets and
// findings move when the text changes. Pure functions, tested without a browser.

import type { Finding } from "../shared/checker-types";

/** True when the UTF-16 code unit at `index` is the second half of a surrogate pair. */
function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Returns the smallest edit that turns `before[start, end)` into `replacement`, keeping the common prefix
 * and suffix. The edit never splits a surrogate pair, so an emoji is replaced whole.
 */
export function smallestEdit(before: string, start: number, end: number, replacement: string): { start: number; end: number; text: string } {
  const old = before.slice(start, end);
  let prefix = 0;
  while (prefix < old.length && prefix < replacement.length && old[prefix] === replacement[prefix]) {
    prefix++;
  }
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < replacement.length - prefix &&
    old[old.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]
  ) {
    suffix++;
  }
  if (prefix > 0 && isLowSurrogate(old, prefix)) {
    prefix--;
  }
  if (suffix > 0 && isLowSurrogate(old, old.length - suffix)) {
    suffix--;
  }
  return { start: start + prefix, end: end - suffix, text: replacement.slice(prefix, replacement.length - suffix) };
}

/** Whitespace, then the marks that close a sentence. */
const SENTENCE_CLOSE = /^\s*[.!?…]+/;

/**
 * Returns the range to delete when a fix removes `text[start, end)`. A whole sentence goes with its closing
 * mark (« Merci ! Ravie que tout aille bien. » → « Merci ! »), and a clause between a comma and the closing
 * mark goes with the comma (« Merci Paul, bon rétablissement ! » → « Merci Paul ! »). Otherwise the range
 * is widened by one space, so that no double space is left (« reçue le 12 mars pour » → « reçue pour »).
 * Nor is a space left before a comma or a full stop (« reçue le 12 mars. » → « reçue. »).
 */
export function widenDeletion(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.slice(0, start).trimEnd();
  const closing = SENTENCE_CLOSE.exec(text.slice(end));
  if (closing !== null && (before === "" || /[.!?…]$/.test(before))) {
    let sentenceEnd = end + closing[0].length;
    if (before === "") {
      sentenceEnd += text.slice(sentenceEnd).length - text.slice(sentenceEnd).trimStart().length;
    }
    return { start: before.length, end: sentenceEnd };
  }
  if (closing !== null && before.endsWith(",")) {
    return { start: before.length - 1, end };
  }
  const spaceBefore = start > 0 && text[start - 1] === " ";
  const after = text[end];
  if (spaceBefore && (after === "," || after === "." || after === undefined)) {
    return { start: start - 1, end };
  }
  if (after === " " && (spaceBefore || start === 0)) {
    return { start, end: end + 1 };
  }
  return { start, end };
}

/** Moves an offset taken before an edit of [start, end) into `length` code units to where it is after it. */
export function shiftOffset(offset: number, start: number, end: number, length: number): number {
  if (offset <= start) {
    return offset;
  }
  if (offset >= end) {
    return offset + length - (end - start);
  }
  return start + length;
}

/**
 * Returns the findings of `before` moved to their place in `after`, which differs from it by one edit found
 * as the common prefix and suffix. Findings that the edit touches are dropped until the next check.
 */
export function shiftFindings(findings: readonly Finding[], before: string, after: string): Finding[] {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) {
    prefix++;
  }
  let suffix = 0;
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;

  const shifted: Finding[] = [];
  for (const finding of findings) {
    if (finding.end <= prefix) {
      shifted.push(finding);
    } else if (finding.start >= editEnd) {
      shifted.push({ ...finding, start: finding.start + delta, end: finding.end + delta });
    }
  }
  return shifted;
}
