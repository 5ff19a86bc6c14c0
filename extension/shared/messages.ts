// Messages between the content script, the background context and the popup.

import type { CheckRequest, Report, Rewrite, Situation, Suggestions, Tone } from "./checker-types";
import type { SiteId } from "./sites";

/** Content script to background: run the checker on one request. */
export interface CheckMessage {
  type: "discret:check";
  request: CheckRequest;
}

/** Content script to background: rewrite the reply of one request in a tone. */
export interface RewriteMessage {
  type: "discret:rewrite";
  request: CheckRequest;
  tone: Tone;
}

/** Content script to background: ready replies for the request's review; `situation` null detects it. */
export interface SuggestMessage {
  type: "discret:suggest";
  request: CheckRequest;
  situation: Situation | null;
}

/** A call to the checker that the background context runs for a content script. */
export type CheckerMessage = CheckMessage | RewriteMessage | SuggestMessage;

/** The background's response to a CheckerMessage: the checker's result, or why the call failed. */
export type CheckerResponse<T> = { ok: true; result: T } | { ok: false; error: string };
export type CheckResponse = CheckerResponse<Report>;
export type RewriteResponse = CheckerResponse<Rewrite>;
export type SuggestResponse = CheckerResponse<Suggestions>;

/** Background to content script: check the focused field, sent after the context-menu entry is chosen. */
export interface CheckFocusedFieldMessage {
  type: "discret:check-focused-field";
}

/** Background to content script: rewrite the reply in the focused field, sent by the keyboard command. */
export interface RewriteFocusedFieldMessage {
  type: "discret:rewrite-focused-field";
}

/**
 * Popup to content script: describe the reply box the user focused last. Only a frame that has a reply box
 * responds, with a ReplyBoxInfo.
 */
export interface GetReplyBoxMessage {
  type: "discret:get-reply-box";
}

/** A content script's response to GetReplyBoxMessage. */
export interface ReplyBoxInfo {
  /** Random id of the responding frame, which InsertReplyMessage names so that only that frame acts. */
  frame: string;
  site: SiteId | null;
  review: string | null;
  reviewer: string | null;
  /** True when the box contains text other than whitespace, which « Insérer » replaces. */
  hasDraft: boolean;
}

/** Popup to content script: replace the text of the reply box described by `frame` with `text`. */
export interface InsertReplyMessage {
  type: "discret:insert-reply";
  frame: string;
  text: string;
}

/**
 * The outcome of replacing a reply: "applied" (undoable with Ctrl+Z), "failed" (the field could not take the
 * exact text and was left as it was), or "no-box" (the box is gone).
 */
export type ReplaceOutcome = "applied" | "failed" | "no-box";

export interface InsertReplyResponse {
  outcome: ReplaceOutcome;
}

/**
 * Content script to background: the total number of findings in the frame's checked reply boxes, sent when
 * it changes, for the toolbar icon. `boxes` is the number of boxes being checked, 0 once none is.
 */
export interface FindingCountMessage {
  type: "discret:finding-count";
  count: number;
  boxes: number;
}

export type RuntimeMessage =
  | CheckerMessage
  | CheckFocusedFieldMessage
  | RewriteFocusedFieldMessage
  | GetReplyBoxMessage
  | InsertReplyMessage
  | FindingCountMessage;

const RUNTIME_MESSAGE_TYPES: ReadonlySet<string> = new Set<RuntimeMessage["type"]>([
  "discret:check",
  "discret:rewrite",
  "discret:suggest",
  "discret:check-focused-field",
  "discret:rewrite-focused-field",
  "discret:get-reply-box",
  "discret:insert-reply",
  "discret:finding-count",
]);

export function isRuntimeMessage(value: unknown): value is RuntimeMessage {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" && RUNTIME_MESSAGE_TYPES.has(type);
}

export function isCheckerMessage(message: RuntimeMessage): message is CheckerMessage {
  return message.type === "discret:check" || message.type === "discret:rewrite" || message.type === "discret:suggest";
}
