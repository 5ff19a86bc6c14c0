// The site adapters, most specific first; `generic` matches every page.

import type { SiteAdapter } from "./adapter";
import { doctolib } from "./doctolib";
import { generic } from "./generic";
import { googleBusiness } from "./google-business";
import { googleMaps } from "./google-maps";
import { resalib } from "./resalib";

const ADAPTERS: SiteAdapter[] = [googleBusiness, googleMaps, resalib, doctolib, generic];

/** Returns the adapter for the page at `url`. */
export function adapterFor(url: URL): SiteAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? generic;
}
