// DevTools protocol helpers for what Playwright does not expose: a session on the extension's service worker,
// the content script's isolated world in a page (to count its listeners), and errors logged in either.

import type { BrowserContext, CDPSession, Page } from "@playwright/test";

/** A protocol event sent by a service worker target. */
export interface WorkerEvent {
  method: string;
  /** The event's parameters, whose shape the protocol defines for each method. */
  params: unknown;
}

/**
 * Attaches to every service worker of the context, now and after each restart, sends it each method of
 * `enable` (such as "Network.enable"), and passes every event it sends to `onEvent`. Resolves once the workers
 * running now have acknowledged those methods.
 *
 * A protocol session of a blank helper page attaches with Target.attachToTarget without `flatten`, because
 * Playwright's CDPSession cannot address the child sessions of flattened mode. The worker's messages then arrive
 * as Target.receivedMessageFromTarget events.
 */
export async function watchServiceWorkers(context: BrowserContext, enable: string[], onEvent: (event: WorkerEvent) => void): Promise<void> {
  const helper = await context.newPage();
  const cdp = await context.newCDPSession(helper);
  const sessions = new Set<string>();
  const attachedTargets = new Set<string>();
  const pending = new Map<number, () => void>();
  let nextId = 1;

  cdp.on("Target.receivedMessageFromTarget", ({ sessionId, message }) => {
    if (!sessions.has(sessionId)) {
      return;
    }
    const parsed = JSON.parse(message) as { id?: number; method?: string; params?: unknown };
    if (parsed.id !== undefined) {
      pending.get(parsed.id)?.();
      pending.delete(parsed.id);
    } else if (parsed.method !== undefined) {
      onEvent({ method: parsed.method, params: parsed.params });
    }
  });

  const sendToWorker = (sessionId: string, method: string): Promise<void> => {
    const id = nextId++;
    const acknowledged = new Promise<void>((resolve) => pending.set(id, resolve));
    void cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    return acknowledged;
  };

  const attach = async (targetId: string): Promise<void> => {
    attachedTargets.add(targetId);
    const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: false });
    sessions.add(sessionId);
    for (const method of enable) {
      await sendToWorker(sessionId, method);
    }
  };

  cdp.on("Target.targetCreated", ({ targetInfo }) => {
    if (targetInfo.type === "service_worker" && !attachedTargets.has(targetInfo.targetId)) {
      void attach(targetInfo.targetId);
    }
  });
  // A stopped worker's target goes away, and the restarted worker may come back under the same id.
  cdp.on("Target.targetDestroyed", ({ targetId }) => attachedTargets.delete(targetId));
  await cdp.send("Target.setDiscoverTargets", { discover: true });

  const { targetInfos } = await cdp.send("Target.getTargets");
  await Promise.all(
    targetInfos.filter((info) => info.type === "service_worker" && !attachedTargets.has(info.targetId)).map((info) => attach(info.targetId)),
  );
}

/**
 * Opens a protocol session on `page` and returns it with the id of the execution context of the extension's
 * content script in the main frame (the isolated world Chromium names after the extension), once it exists.
 */
export async function contentScriptContext(context: BrowserContext, page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await context.newCDPSession(page);
  const { frameTree } = await cdp.send("Page.getFrameTree");
  let resolveId: (id: number) => void = () => undefined;
  const found = new Promise<number>((resolve) => (resolveId = resolve));
  cdp.on("Runtime.executionContextCreated", ({ context: created }) => {
    const auxData = created.auxData as { type?: string; frameId?: string } | undefined;
    if (auxData?.type === "isolated" && auxData.frameId === frameTree.frame.id && created.origin.startsWith("chrome-extension://")) {
      resolveId(created.id);
    }
  });
  // Enabling the domain reports the contexts that already exist.
  await cdp.send("Runtime.enable");
  return { cdp, contextId: await found };
}

/** Counts the event listeners on window, document and window.visualViewport, by target and event type. */
export async function countListeners(cdp: CDPSession, contextId: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const target of ["window", "document", "window.visualViewport"]) {
    const { result } = await cdp.send("Runtime.evaluate", { expression: target, contextId });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId as string });
    for (const listener of listeners) {
      const key = `${target} ${listener.type}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

/** What the DevTools protocol reports of an uncaught exception, a console message or a browser log entry. */
interface RuntimeReport {
  exceptionDetails?: { text: string; exception?: { description?: string } };
  type?: string;
  args?: { value?: unknown; description?: string }[];
  entry?: { level: string; text: string };
}

/**
 * Returns the text of an uncaught exception, of a console error, of a console warning from Discret (which
 * logs a failed check that way) or of an error the browser logged, or null for any other event. The browser
 * logs an exception thrown by an extension event listener, which the extension API catches, as an error.
 */
function problemOf(method: string, params: RuntimeReport): string | null {
  if (method === "Runtime.exceptionThrown" && params.exceptionDetails !== undefined) {
    return `uncaught: ${params.exceptionDetails.exception?.description ?? params.exceptionDetails.text}`;
  }
  if (method === "Log.entryAdded" && params.entry !== undefined) {
    return params.entry.level === "error" ? `logged: ${params.entry.text}` : null;
  }
  if (method !== "Runtime.consoleAPICalled") {
    return null;
  }
  const text = (params.args ?? []).map((arg) => String(arg.value ?? arg.description ?? "")).join(" ");
  if (params.type === "error" || params.type === "assert" || (params.type === "warning" && text.startsWith("Discret:"))) {
    return `console.${params.type}: ${text}`;
  }
  return null;
}

/**
 * Records, in every world of `page` (the content script's included) and in the extension's service worker,
 * uncaught exceptions, console errors, Discret's console warnings and errors the browser logs. Returns the
 * list, which grows as they happen.
 */
export async function recordErrors(context: BrowserContext, page: Page): Promise<string[]> {
  const problems: string[] = [];
  const cdp = await context.newCDPSession(page);
  for (const method of ["Runtime.exceptionThrown", "Runtime.consoleAPICalled", "Log.entryAdded"] as const) {
    cdp.on(method, (params) => {
      const problem = problemOf(method, params as RuntimeReport);
      if (problem !== null) {
        problems.push(`page: ${problem}`);
      }
    });
  }
  await cdp.send("Runtime.enable");
  await cdp.send("Log.enable");
  await watchServiceWorkers(context, ["Runtime.enable", "Log.enable"], ({ method, params }) => {
    const problem = problemOf(method, params as RuntimeReport);
    if (problem !== null) {
      problems.push(`service worker: ${problem}`);
    }
  });
  return problems;
}
