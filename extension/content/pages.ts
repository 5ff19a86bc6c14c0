// Page detection: one small named predicate per kind of supported page.

export function isGoogleBusinessReplyFrame(url: URL): boolean {
  return url.hostname === "www.google.com" && /^\/local\/business\/[^/]+\/customers\/reviews\/reply/.test(url.pathname);
}

export function isGoogleBusinessProfile(url: URL): boolean {
  return url.hostname === "business.google.com" || (url.hostname === "www.google.com" && url.pathname.startsWith("/local/business/"));
}

export function isGoogleMapsOrSearch(url: URL): boolean {
  return url.hostname === "www.google.com" && (url.pathname.startsWith("/maps") || url.pathname.startsWith("/search"));
}

export function isResalib(url: URL): boolean {
  return url.hostname === "www.resalib.fr";
}

export function isDoctolib(url: URL): boolean {
  return url.hostname === "pro.doctolib.fr" || url.hostname === "www.doctolib.fr";
}

/** True on the pages the manifest injects into; other pages get the content script only on demand. */
export function isSupportedPage(url: URL): boolean {
  return isGoogleBusinessProfile(url) || isGoogleMapsOrSearch(url) || isResalib(url) || isDoctolib(url);
}
