// Google Business Profile: the reply <textarea> in the iframe at
// https://www.google.com/local/business/<id>/customers/reviews/reply, and reply boxes on business.google.com.

import { isGoogleBusinessProfile, isGoogleBusinessReplyFrame } from "../pages";
import type { SiteAdapter } from "./adapter";
import { labelledReplyBoxes, readReviewAround, visibleBoxes } from "./reply-boxes";

export const googleBusiness: SiteAdapter = {
  name: "google-business",

  matches: isGoogleBusinessProfile,

  findReplyBoxes(root) {
    const labelled = labelledReplyBoxes(root);
    if (labelled.length > 0 || !isGoogleBusinessReplyFrame(new URL(root.URL))) {
      return labelled;
    }

    // The reply frame contains a single form, so its only box is the reply whatever its label is.
    const boxes = visibleBoxes(root);
    return boxes.length === 1 ? boxes : [];
  },

  readContext(box) {
    return readReviewAround(box, box.ownerDocument.body);
  },
};
