// Content script entry. On supported pages it finds reply boxes and checks them. On other pages it only
// waits for the context-menu entry to check the focused field.

import { createCheckerClient } from "../checker/client";
import type { CheckerClient } from "../checker/client";
import { isRuntimeMessage } from "../shared/messages";
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged } from "../shared/settings";
import type { Settings } from "../shared/settings";
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
  private readonly adapter: SiteAdapter;
  private readonly supported: boolean;
  private settings: Settings = DEFAULT_SETTINGS;
  private settingsLoaded: Promise<void> | null = null;
  private checker: Promise<CheckerClient> | null = null;
  private tooltip: Tooltip | null = null;
  private scanTimer: number | undefined;

  constructor() {
    const url = new URL(location.href);
    this.adapter = adapterFor(url);
    this.supported = isSupportedPage(url);
  }

  start(): void {
    const signal = this.page.signal;
    this.settingsLoaded = loadSettings().then((settings) => {
      this.settings = settings;
    });
    onSettingsChanged((settings) => {
      this.settings = settings;
      for (const session of this.sessions.values()) {
        session.checkNow();
      }
    }, signal);
    chrome.runtime.onMessage.addListener(this.onMessage);
    signal.addEventListener("abort", () => chrome.runtime.onMessage.removeListener(this.onMessage), { once: true });

    if (!this.supported) {
      return;
    }
    this.scan();
    const observer = new MutationObserver(() => this.scanSoon());
    observer.observe(document, { childList: true, subtree: true });
    signal.addEventListener("abort", () => observer.disconnect(), { once: true });
    // The first node of the composed path is the focused box itself, even inside an open shadow root.
    document.addEventListener("focusin", (event) => this.onFocus(event.composedPath()[0] ?? null), { capture: true, signal });
  }

  private readonly onMessage = (message: unknown): undefined => {
    if (isRuntimeMessage(message) && message.type === "discret:check-focused-field") {
      const element = deepActiveElement(document);
      if (isEditable(element)) {
        this.attach(element)?.checkNow();
      }
    }
    return undefined;
  };

  private scanSoon(): void {
    if (this.scanTimer === undefined) {
      this.scanTimer = window.setTimeout(() => {
        this.scanTimer = undefined;
        this.scan();
      }, SCAN_INTERVAL_MS);
    }
  }

  /** Starts sessions for new reply boxes and ends those whose box left the page. */
  private scan(): void {
    for (const [element, session] of this.sessions) {
      if (!element.isConnected) {
        session.destroy();
        this.sessions.delete(element);
      }
    }
    for (const box of this.adapter.findReplyBoxes(document)) {
      this.attach(box);
    }
  }

  /** Generic fallback: on a supported page, a focused box the adapter did not recognise is checked too. */
  private onFocus(target: EventTarget | null): void {
    if (target instanceof HTMLElement && isEditable(target) && isVisible(target) && !isSearchField(target)) {
      this.attach(target);
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
