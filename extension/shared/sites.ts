// The supported sites as the settings name them, and which one a URL belongs to.

import { isDoctolib, isGoogleBusinessProfile, isGoogleMapsOrSearch, isResalib } from "../content/pages";

export type SiteId = "google_business" | "google_maps" | "doctolib" | "resalib";

/** Every supported site, in the order the options page and the popup list them. */
export const SITE_IDS: readonly SiteId[] = ["google_business", "google_maps", "doctolib", "resalib"];

/** Returns the supported site `url` belongs to, or null for any other page. */
export function siteOf(url: URL): SiteId | null {
  if (isGoogleBusinessProfile(url)) {
    return "google_business";
  }
  if (isGoogleMapsOrSearch(url)) {
    return "google_maps";
  }
  if (isDoctolib(url)) {
    return "doctolib";
  }
  if (isResalib(url)) {
    return "resalib";
  }
  return null;
}
