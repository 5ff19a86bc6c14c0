// Messages between the content script and the background context.

import type { CheckRequest, Report } from "./checker-types";

/** Content script to background: run the checker on one request. */
export interface CheckMessage {
  type: "discret:check";
  request: CheckRequest;
}

/** Background to content script: check the focused field, sent after the context-menu entry is chosen. */
export interface CheckFocusedFieldMessage {
  type: "discret:check-focused-field";
}

/** Background's response to a CheckMessage. */
export type CheckResponse = { ok: true; report: Report } | { ok: false; error: string };

export type RuntimeMessage = CheckMessage | CheckFocusedFieldMessage;

export function isRuntimeMessage(value: unknown): value is RuntimeMessage {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const type = (value as { type?: unknown }).type;
  return type === "discret:check" || type === "discret:check-focused-field";
}
