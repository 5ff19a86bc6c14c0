// Content script entry. On supported pages it finds reply boxes and checks them, unless the settings turn
// the site off. On every page it handles the requests of the context-menu entry, the rewrite shortcut and the popup.

import { createCheckerClient } from "../checker/client";
import type { CheckerClient } from "../checker/client";
import { applyUiLocale } from "../shared/i18n";
import { isRuntimeMessage } from "../shared/messages";
import type { InsertReplyResponse, ReplyBoxInfo, RuntimeMessage } from "../shared/messages";
import { DEFAULT_SETTINGS, isCheckingEnabled, loadSettings, onSettingsChanged } from "../shared/settings";
import type { Settings } from "../shared/settings";
import { siteOf } from "../shared/sites";
import { editorFor } from "./editor";
import { isSupportedPage } from "./pages";
import { EditorSession } from "./session";
import { isEditable, isVisible } from "./sites/adapter";
import type { SiteAdapter } from "./sites/adapter";
import { adapterFor } from "./sites/index";
import { Tooltip } from "./tooltip";

declare global {
  // Set once per frame, so that a second injection through the context menu does nothing.
  var discretContentScriptLoaded: boolean | undefined;
}

/** Minimum time between two scans of the page for new reply boxes, in milliseconds. */
const SCAN_INTERVAL_MS = 200;

class ContentScript {
  private readonly page = new AbortController();
  private readonly sessions = new Map<HTMLElement, EditorSession>();
  private readonly url = new URL(location.href);
  private readonly adapter: SiteAdapter;
  private readonly supported: boolean;
  /** Id of this frame in ReplyBoxInfo, so that the popup's insertion reaches the frame that described the box. */
  private readonly frameToken = randomToken();
  private settings: Settings = DEFAULT_SETTINGS;
  private settingsLoaded: Promise<void> | null = null;
  /** False once the settings turn this site or host off; explicit requests still attach boxes. */
  private enabled = true;
  private checker: Promise<CheckerClient> | null = null;
  private tooltip: Tooltip | null = null;
  private scanTimer: number | undefined;
  /** The reply box focused last, which the popup and the rewrite shortcut act on. */
  private lastBox: HTMLElement | null = null;
  /** Boxes whose sessions ended when the site was turned off, attached again when it is turned on. */
  private suspended: HTMLElement[] = [];

  constructor() {
    this.adapter = adapterFor(this.url);
    this.supported = isSupportedPage(this.url);
  }

  start(): void {
    const signal = this.page.signal;
    this.settingsLoaded = loadSettings()
      .then((settings) => this.applySettings(settings))
      .catch((error: unknown) => console.warn(`Discret: loading the settings failed (${error instanceof Error ? error.message : String(error)}); the defaults apply`));
    onSettingsChanged(({ settings }) => this.applySettings(settings), signal);
    chrome.runtime.onMessage.addListener(this.onMessage);
    signal.addEventListener("abort", () => chrome.runtime.onMessage.removeListener(this.onMessage), { once: true });

    // The first node of the composed path is the focused box itself, even inside an open shadow root.
    document.addEventListener("focusin", (event) => this.onFocus(event.composedPath()[0] ?? null), { capture: true, signal });
    // Observed on every page, those checked only on request included, so that the session of a box the page
    // removed or re-rendered ends.
    const observer = new MutationObserver(() => this.scanSoon());
    observer.observe(document, { childList: true, subtree: true });
    signal.addEventListener("abort", () => observer.disconnect(), { once: true });
    if (this.supported) {
      void this.settingsLoaded.then(() => this.scan());
    }
  }

  /**
   * Uses new settings: turning the site off ends every session at once, so the underlines go; turning it
   * back on attaches the same boxes again. Otherwise open boxes are checked again with the new settings.
   */
  private applySettings(settings: Settings): void {
    this.settings = settings;
    applyUiLocale(settings.uiLocale);
    const enabled = isCheckingEnabled(settings, this.url);
    if (this.enabled && !enabled) {
      this.enabled = false;
      this.suspended = [...this.sessions.keys()];
      for (const session of this.sessions.values()) {
        session.destroy();
      }
      this.sessions.clear();
      return;
    }
    if (!this.enabled && enabled) {
      this.enabled = true;
      const boxes = this.suspended.filter((box) => box.isConnected);
      this.suspended = [];
      for (const box of boxes) {
        this.attach(box);
      }
      if (this.supported) {
        this.scan();
      }
      return;
    }
    for (const session of this.sessions.values()) {
      session.checkNow();
    }
  }

  private readonly onMessage = (message: unknown, _sender: chrome.runtime.MessageSender, sendResponse: (response: unknown) => void): boolean => {
    if (isRuntimeMessage(message)) {
      this.handle(message, sendResponse);
    }
    return false;
  };

  /** Handles the requests of the background context and the popup; frames without a box stay silent. */
  private handle(message: RuntimeMessage, sendResponse: (response: unknown) => void): void {
    switch (message.type) {
      case "discret:check-focused-field": {
        const element = deepActiveElement(document);
        if (isEditable(element)) {
          this.attach(element)?.checkNow();
        }
        break;
      }
      case "discret:rewrite-focused-field": {
        const element = deepActiveElement(document);
        if (document.hasFocus() && isEditable(element)) {
          void this.attach(element)?.rewriteReply();
        }
        break;
      }
      case "discret:get-reply-box": {
        const session = this.currentSession();
        if (session !== null) {
          const { review, reviewer } = session.readContext();
          const info: ReplyBoxInfo = { frame: this.frameToken, site: siteOf(this.url), review, reviewer, hasDraft: session.hasDraft() };
          sendResponse(info);
        }
        break;
      }
      case "discret:insert-reply": {
        const session = message.frame === this.frameToken ? this.currentSession() : null;
        if (message.frame === this.frameToken) {
          const response: InsertReplyResponse = { outcome: session === null ? "no-box" : session.replaceReply(message.text) };
          sendResponse(response);
        }
        break;
      }
      default:
        // Checker calls are for the background context.
        break;
    }
  }

  /** Returns the session of the box focused last, or of the first box still on the page. */
  private currentSession(): EditorSession | null {
    const last = this.lastBox === null ? undefined : this.sessions.get(this.lastBox);
    if (last !== undefined && last.element.isConnected) {
      return last;
    }
    for (const session of this.sessions.values()) {
      if (session.element.isConnected) {
        return session;
      }
    }
    return null;
  }

  private scanSoon(): void {
    if (this.scanTimer === undefined) {
      this.scanTimer = window.setTimeout(() => {
        this.scanTimer = undefined;
        this.scan();
      }, SCAN_INTERVAL_MS);
    }
  }

  /** Ends the sessions whose box left the page and, on supported pages, starts sessions for new reply boxes. */
  private scan(): void {
    for (const [element, session] of this.sessions) {
      if (!element.isConnected) {
        session.destroy();
        this.sessions.delete(element);
        if (this.lastBox === element) {
          this.lastBox = null;
        }
      }
    }
    if (!this.enabled || !this.supported) {
      return;
    }
    for (const box of this.adapter.findReplyBoxes(document)) {
      this.attach(box);
    }
  }

  /**
   * Records the box the user focused. Generic fallback: on a supported page, a focused box the adapter did
   * not recognise is checked too.
   */
  private onFocus(target: EventTarget | null): void {
    if (!(target instanceof HTMLElement)) {
      return;
    }
    if (this.sessions.has(target)) {
      this.lastBox = target;
      return;
    }
    if (this.supported && this.enabled && isEditable(target) && isVisible(target) && !isSearchField(target)) {
      this.attach(target);
      this.lastBox = target;
    }
  }

  private attach(element: HTMLElement): EditorSession | null {
    const existing = this.sessions.get(element);
    if (existing !== undefined) {
      return existing;
    }
    // The first check waits for the settings, so that it uses the practitioner's profession and word lists.
    this.checker ??= (this.settingsLoaded ?? Promise.resolve()).then(createCheckerClient);
    this.tooltip ??= new Tooltip(document);
    const session = new EditorSession(
      editorFor(element),
      { adapter: this.adapter, checker: this.checker, settings: () => this.settings, tooltip: this.tooltip },
      this.page.signal,
    );
    this.sessions.set(element, session);
    return session;
  }
}

/**
 * Returns 128 random bits in hexadecimal. Unlike crypto.randomUUID, crypto.getRandomValues also exists on
 * http: pages, where the context-menu entry can inject this script.
 */
function randomToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** True for search boxes, which are never replies (Google Search's own box is a textarea). */
function isSearchField(element: HTMLElement): boolean {
  return element.getAttribute("role") === "combobox" || element.hasAttribute("aria-autocomplete") || element.closest("[role=search], form[action*='search']") !== null;
}

/** Returns the focused element, looking inside open shadow roots. */
function deepActiveElement(root: Document | ShadowRoot): Element | null {
  const active = root.activeElement;
  if (active?.shadowRoot?.activeElement) {
    return deepActiveElement(active.shadowRoot);
  }
  return active;
}

if (globalThis.discretContentScriptLoaded !== true) {
  globalThis.discretContentScriptLoaded = true;
  new ContentScript().start();
}
