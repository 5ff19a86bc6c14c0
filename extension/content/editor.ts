// Reading and editing a reply box the way a user would, for <textarea> and contenteditable alike.

import { shiftOffset, smallestEdit } from "./edits";

/** A reply box, with the text the checker receives and edits expressed in UTF-16 offsets of that text. */
export interface Editor {
  readonly element: HTMLElement;
  readonly kind: "textarea" | "contenteditable";
  /** The reply as plain text; line breaks between blocks are "\n". */
  readText(): string;
  /** Replaces [start, end) with `replacement`, as typing would, and returns true when the field has the result. */
  replace(start: number, end: number, replacement: string): boolean;
}

/** Returns an editor for a <textarea> or a contenteditable element. */
export function editorFor(element: HTMLElement): Editor {
  return element instanceof HTMLTextAreaElement ? new TextareaEditor(element) : new ContentEditableEditor(element);
}

/** Runs `edit` and then puts the page's scroll back where it was, since editing scrolls the caret into view. */
function keepingPageScroll<T>(edit: () => T): T {
  const x = window.scrollX;
  const y = window.scrollY;
  const result = edit();
  if (window.scrollX !== x || window.scrollY !== y) {
    window.scrollTo(x, y);
  }
  return result;
}

/** Types `text` over the current selection with the browser's editing command, so undo and frameworks see it. */
function typeOverSelection(text: string): void {
  if (text === "") {
    document.execCommand("delete");
  } else {
    document.execCommand("insertText", false, text);
  }
}

class TextareaEditor implements Editor {
  readonly kind = "textarea";

  constructor(readonly element: HTMLTextAreaElement) {}

  readText(): string {
    return this.element.value;
  }

  replace(start: number, end: number, replacement: string): boolean {
    const textarea = this.element;
    const before = textarea.value;
    const expected = before.slice(0, start) + replacement + before.slice(end);
    const edit = smallestEdit(before, start, end, replacement);
    if (edit.start === edit.end && edit.text === "") {
      return true;
    }
    const caret = textarea.selectionEnd;
    const scrollTop = textarea.scrollTop;

    keepingPageScroll(() => {
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(edit.start, edit.end);
      typeOverSelection(edit.text);
      if (textarea.value !== expected) {
        setValueForFrameworks(textarea, expected);
      }
      const newCaret = shiftOffset(caret, edit.start, edit.end, edit.text.length);
      textarea.setSelectionRange(newCaret, newCaret);
      textarea.scrollTop = scrollTop;
    });
    return textarea.value === expected;
  }
}

/**
 * Sets the value through the prototype's setter and dispatches an input event. React tracks the value with a
 * property on the element itself; the prototype setter bypasses it, so React handles the event as a change.
 */
function setValueForFrameworks(textarea: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
  setter?.call(textarea, value);
  textarea.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }));
}

/** Elements that start a new line in the text of a contenteditable element. */
const BLOCK_ELEMENTS = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DIV", "DL", "DT", "DD", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL"]);

/** A text node and where its data starts in the editor's text. */
interface TextSegment {
  node: Text;
  start: number;
}

/** The text of a contenteditable element, with a map from text offsets back to DOM positions. */
export class TextModel {
  readonly text: string;
  private readonly segments: TextSegment[];

  constructor(root: HTMLElement) {
    const parts: string[] = [];
    const segments: TextSegment[] = [];
    let length = 0;
    const append = (value: string): void => {
      parts.push(value);
      length += value.length;
    };

    const visit = (node: Node): void => {
      if (node instanceof Text) {
        segments.push({ node, start: length });
        append(node.data);
        return;
      }
      if (!(node instanceof Element)) {
        return;
      }
      if (node.tagName === "BR") {
        append("\n");
        return;
      }
      const block = BLOCK_ELEMENTS.has(node.tagName);
      if (block && length > 0 && parts[parts.length - 1] !== "\n") {
        append("\n");
      }
      for (const child of node.childNodes) {
        visit(child);
      }
    };
    for (const child of root.childNodes) {
      visit(child);
    }

    // A trailing <br> only keeps an empty last line open; it is not part of the text.
    this.text = parts.join("").replace(/\n$/, "");
    this.segments = segments;
  }

  /** Returns the DOM position of a text offset, preferring the end of a text node at a boundary. */
  position(offset: number): { node: Text; offset: number } | null {
    // The last segment that starts at or before `offset`.
    const index = this.firstSegmentAfter(offset) - 1;
    if (index < 0) {
      return null;
    }
    const found = this.segments[index];
    return { node: found.node, offset: Math.min(offset - found.start, found.node.length) };
  }

  /** Returns a Range over [start, end) of the text, or null when the text has no node there. */
  range(start: number, end: number): Range | null {
    const from = this.positionAfter(start);
    const to = this.position(end);
    if (from === null || to === null) {
      return null;
    }
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** Returns the text offset of a DOM position inside one of the text nodes, or null for other nodes. */
  offsetOf(node: Node, offset: number): number | null {
    const segment = this.segments.find((candidate) => candidate.node === node);
    return segment === undefined ? null : segment.start + offset;
  }

  /** Like `position`, but at a boundary prefers the start of the next text node, where the span begins. */
  private positionAfter(offset: number): { node: Text; offset: number } | null {
    for (let index = this.firstSegmentAfter(offset - 1); index < this.segments.length && this.segments[index].start === offset; index++) {
      if (this.segments[index].node.length > 0) {
        return { node: this.segments[index].node, offset: 0 };
      }
    }
    return this.position(offset);
  }

  /**
   * Returns the index of the first segment that starts after `offset`, or the number of segments. A binary
   * search, because a pasted text can have thousands of nodes and each finding looks up two offsets.
   */
  private firstSegmentAfter(offset: number): number {
    let low = 0;
    let high = this.segments.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.segments[middle].start <= offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}

class ContentEditableEditor implements Editor {
  readonly kind = "contenteditable";

  constructor(readonly element: HTMLElement) {}

  readText(): string {
    return new TextModel(this.element).text;
  }

  replace(start: number, end: number, replacement: string): boolean {
    const model = new TextModel(this.element);
    const expected = model.text.slice(0, start) + replacement + model.text.slice(end);
    const edit = smallestEdit(model.text, start, end, replacement);
    const range = model.range(edit.start, edit.end);
    const selection = window.getSelection();
    if (range === null || selection === null) {
      return false;
    }
    const caret = selection.rangeCount > 0 ? model.offsetOf(selection.focusNode as Node, selection.focusOffset) : null;

    keepingPageScroll(() => {
      this.element.focus({ preventScroll: true });
      selection.removeAllRanges();
      selection.addRange(range);
      typeOverSelection(edit.text);
      if (!sameRichText(this.readText(), expected)) {
        replaceRangeDirectly(this.element, range, edit.text);
      }
      if (caret !== null) {
        const after = new TextModel(this.element).position(shiftOffset(caret, edit.start, edit.end, edit.text.length));
        if (after !== null) {
          selection.collapse(after.node, after.offset);
        }
      }
    });
    return sameRichText(this.readText(), expected);
  }
}

/**
 * True when two texts of a contenteditable element are the same, counting a no-break space as a space:
 * browsers keep a run of spaces in rich text as alternating spaces and no-break spaces.
 */
function sameRichText(a: string, b: string): boolean {
  return a.replace(/\u00a0/g, " ") === b.replace(/\u00a0/g, " ");
}

/** Edits the DOM directly and dispatches an input event, for when the editing command changed nothing. */
function replaceRangeDirectly(element: HTMLElement, range: Range, text: string): void {
  range.deleteContents();
  if (text !== "") {
    range.insertNode(document.createTextNode(text));
  }
  element.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }));
}
