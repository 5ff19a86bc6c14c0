// The WebAssembly checker, loaded from the extension's own .wasm file.

import init, * as checker from "discret-wasm";
import type { CheckRequest, Report, Rewrite, Situation, Suggestions, Tone } from "../shared/checker-types";

/** Path of the module inside the extension package; listed in web_accessible_resources. */
export const WASM_PATH = "wasm/discret_checker_bg.wasm";

/** The smallest valid module (magic number and version), used to probe whether this context may compile. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

export interface Engine {
  check(request: CheckRequest): Report;
  rewrite(request: CheckRequest, tone: Tone): Rewrite;
  suggest(request: CheckRequest, situation: Situation | null): Suggestions;
}

/**
 * Resolves whether this context may compile WebAssembly. A content script on a page whose CSP lacks
 * 'wasm-unsafe-eval' may not (measured in Chromium 156).
 */
export async function canCompileWasm(): Promise<boolean> {
  try {
    await WebAssembly.compile(EMPTY_MODULE);
    return true;
  } catch {
    return false;
  }
}

let loading: Promise<Engine> | null = null;

/**
 * Fetches and instantiates the checker once per context; later calls share the same instance.
 * NOTE: a panic in the checker traps, and the glue keeps its one instance, so checks in this context keep
 * failing until the page reloads or the background context restarts.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function instantiate(): Promise<Engine> {
  const response = await fetch(chrome.runtime.getURL(WASM_PATH));
  if (!response.ok) {
    throw new Error(`Loading ${WASM_PATH} failed with HTTP status ${response.status}`);
  }
  const bytes = await response.arrayBuffer();
  await init({ module_or_path: bytes });
  return {
    check: (request) => checker.check(request) as Report,
    rewrite: (request, tone) => checker.rewrite(request, tone) as Rewrite,
    suggest: (request, situation) => checker.suggest(request, situation) as Suggestions,
  };
}
