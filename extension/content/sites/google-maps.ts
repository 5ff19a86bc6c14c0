// Google Maps and Search merchant view: the owner's reply dialog. Where the dialog embeds the Business
// Profile reply iframe, the google-business adapter handles that frame.

import { isGoogleMapsOrSearch } from "../pages";
import type { SiteAdapter } from "./adapter";
import { labelledReplyBoxes, readReviewAround } from "./reply-boxes";

export const googleMaps: SiteAdapter = {
  name: "google-maps",

  matches: isGoogleMapsOrSearch,

  findReplyBoxes(root) {
    return [...root.querySelectorAll("[role=dialog]")].flatMap((dialog) => labelledReplyBoxes(dialog));
  },

  readContext(box) {
    return readReviewAround(box, box.closest("[role=dialog]") ?? box.ownerDocument.body);
  },
};
