// One interface to the checker, whether it runs in this content script or in the background context.

import type { CheckRequest, Report, Rewrite, Situation, Suggestions, Tone } from "../shared/checker-types";
import type { CheckerMessage, CheckerResponse } from "../shared/messages";
import { canCompileWasm, loadEngine } from "./engine";

/** Context the checker runs in: "content" (this script) or "background" (service worker or event page). */
export type CheckerPath = "content" | "background";

export interface CheckerClient {
  readonly path: CheckerPath;
  check(request: CheckRequest): Promise<Report>;
  rewrite(request: CheckRequest, tone: Tone): Promise<Rewrite>;
  suggest(request: CheckRequest, situation: Situation | null): Promise<Suggestions>;
}

/** Runs the checker in the calling context. */
class LocalCheckerClient implements CheckerClient {
  readonly path = "content";

  async check(request: CheckRequest): Promise<Report> {
    return (await loadEngine()).check(request);
  }

  async rewrite(request: CheckRequest, tone: Tone): Promise<Rewrite> {
    return (await loadEngine()).rewrite(request, tone);
  }

  async suggest(request: CheckRequest, situation: Situation | null): Promise<Suggestions> {
    return (await loadEngine()).suggest(request, situation);
  }
}

/** Maximum number of times a request is sent when the background context stopped before it responded. */
const BACKGROUND_ATTEMPTS = 3;

/**
 * Sends requests to the background context. Chrome starts a stopped service worker when a message arrives,
 * but a worker stopped before it responds closes the port, so such a request is sent again.
 */
class BackgroundCheckerClient implements CheckerClient {
  readonly path = "background";

  check(request: CheckRequest): Promise<Report> {
    return this.call<Report>({ type: "discret:check", request });
  }

  rewrite(request: CheckRequest, tone: Tone): Promise<Rewrite> {
    return this.call<Rewrite>({ type: "discret:rewrite", request, tone });
  }

  suggest(request: CheckRequest, situation: Situation | null): Promise<Suggestions> {
    return this.call<Suggestions>({ type: "discret:suggest", request, situation });
  }

  private async call<T>(message: CheckerMessage): Promise<T> {
    let lastError: unknown = null;
    for (let attempt = 0; attempt < BACKGROUND_ATTEMPTS; attempt++) {
      try {
        return await this.send<T>(message);
      } catch (error) {
        lastError = error;
        if (!isRetryable(error)) {
          break;
        }
      }
    }
    throw lastError;
  }

  private async send<T>(message: CheckerMessage): Promise<T> {
    const response = (await chrome.runtime.sendMessage(message)) as CheckerResponse<T> | undefined;
    if (response === undefined) {
      throw new Error("The background context closed the message port without a response");
    }
    if (!response.ok) {
      throw new CheckerError(response.error);
    }
    return response.result;
  }
}

/** An error the checker itself reported, which sending the request again would not change. */
class CheckerError extends Error {}

function isRetryable(error: unknown): boolean {
  if (error instanceof CheckerError) {
    return false;
  }
  // The extension was reloaded or removed: this content script is orphaned and can never reach it again.
  const message = error instanceof Error ? error.message : String(error);
  return !message.includes("Extension context invalidated");
}

/**
 * Returns a client for this context: the local checker when this context may compile WebAssembly and the
 * module loads, otherwise the background one.
 */
export async function createCheckerClient(): Promise<CheckerClient> {
  if (await canCompileWasm()) {
    try {
      await loadEngine();
      return new LocalCheckerClient();
    } catch {
      // The module is not web-accessible from this origin (a page opened through the context menu).
    }
  }
  return new BackgroundCheckerClient();
}
