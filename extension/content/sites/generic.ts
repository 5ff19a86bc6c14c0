// Fallback for any page: no box is found ahead of time, and the focused field is checked on demand or
// when the user focuses it on a supported host.

import type { SiteAdapter } from "./adapter";
import { NO_CONTEXT } from "./adapter";

export const generic: SiteAdapter = {
  name: "generic",

  matches: () => true,

  findReplyBoxes() {
    return [];
  },

  readContext() {
    return NO_CONTEXT;
  },
};
