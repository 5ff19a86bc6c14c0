// The catalogs of _locales, which scripts/build-extension.mjs bundles as the module "discret-locales".

declare module "discret-locales" {
  /** For each locale, the message of every key of _locales/<locale>/messages.json. */
  const catalogs: Record<"fr" | "en", Record<string, string | undefined>>;
  export default catalogs;
}
