// The host element of everything drawn for one reply box: a shadow root outside the editor, laid over it.

/** Tag of the host element; a custom-element name so that attachShadow accepts it. */
export const OVERLAY_TAG = "discret-overlay";

const HOST_STYLE = [
  "all: initial",
  "position: fixed",
  "left: 0",
  "top: 0",
  "width: 0",
  "height: 0",
  "z-index: 2147483646",
  "pointer-events: none",
].join("; ");

const SHADOW_STYLE = `
  .frame { position: absolute; left: 0; top: 0; transform-origin: 0 0; pointer-events: none; }
`;

export class OverlayHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Box laid exactly over the editor's border box, in the editor's own (untransformed) pixels. */
  readonly frame: HTMLDivElement;

  constructor(private readonly editor: HTMLElement) {
    const document = editor.ownerDocument;
    this.host = document.createElement(OVERLAY_TAG);
    this.host.style.cssText = HOST_STYLE;
    this.shadow = this.host.attachShadow({ mode: "open" });
    adoptStyles(this.shadow, SHADOW_STYLE);

    this.frame = document.createElement("div");
    this.frame.className = "frame";
    this.shadow.append(this.frame);
    document.documentElement.append(this.host);
  }

  /** Adds CSS to the shadow root. */
  addStyle(css: string): void {
    adoptStyles(this.shadow, css);
  }

  /**
   * Lays the frame over the editor. The frame has the editor's layout size and is scaled to its on-screen
   * size, so it follows a scaled dialog, browser zoom and CSS zoom. NOTE: a rotated or skewed editor is not
   * followed.
   */
  reposition(): void {
    const rect = this.editor.getBoundingClientRect();
    const width = this.editor.offsetWidth;
    const height = this.editor.offsetHeight;
    const hidden = rect.width === 0 || rect.height === 0 || width === 0 || height === 0;

    this.frame.style.display = hidden ? "none" : "block";
    if (hidden) {
      return;
    }
    this.frame.style.left = `${rect.left}px`;
    this.frame.style.top = `${rect.top}px`;
    this.frame.style.width = `${width}px`;
    this.frame.style.height = `${height}px`;
    const scaleX = rect.width / width;
    const scaleY = rect.height / height;
    const scaled = Math.abs(scaleX - 1) > 0.001 || Math.abs(scaleY - 1) > 0.001;
    this.frame.style.transform = scaled ? `scale(${scaleX}, ${scaleY})` : "";
  }

  destroy(): void {
    this.host.remove();
  }
}

/**
 * Adds `css` to a shadow root or a document as a constructed style sheet. Unlike a <style> element or a
 * style attribute, a constructed sheet is not subject to the page's style-src CSP. Styles set through
 * element.style are not either, which is why the hosts' own styles are set that way.
 */
export function adoptStyles(root: ShadowRoot | Document, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // NOTE: kept for browsers that refuse a sheet built in a content script (not seen in Chromium 156).
    const style = (root instanceof Document ? root : root.ownerDocument).createElement("style");
    style.textContent = css;
    (root instanceof Document ? (root.head ?? root.documentElement) : root).append(style);
  }
}
