// Resalib: the practitioner's reply form under a patient's review.

import { isResalib } from "../pages";
import type { SiteAdapter } from "./adapter";
import { labelledReplyBoxes, readReviewAround } from "./reply-boxes";

export const resalib: SiteAdapter = {
  name: "resalib",

  matches: isResalib,

  findReplyBoxes(root) {
    return labelledReplyBoxes(root);
  },

  readContext(box) {
    return readReviewAround(box, box.closest("article, li, section, form") ?? box.ownerDocument.body);
  },
};
