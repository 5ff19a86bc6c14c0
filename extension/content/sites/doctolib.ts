// Doctolib: reply boxes under reviews and messaging boxes, plain <textarea> or rich-text editors.

import { isDoctolib } from "../pages";
import type { SiteAdapter } from "./adapter";
import { labelledReplyBoxes, readReviewAround } from "./reply-boxes";

export const doctolib: SiteAdapter = {
  name: "doctolib",

  matches: isDoctolib,

  findReplyBoxes(root) {
    return labelledReplyBoxes(root);
  },

  readContext(box) {
    return readReviewAround(box, box.closest("article, li, section, form, [role=dialog]") ?? box.ownerDocument.body);
  },
};
