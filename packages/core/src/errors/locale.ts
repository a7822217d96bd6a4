/** Languages every message of the kit exists in. */
export type Locale = "en" | "fr";

export const locales: readonly Locale[] = ["en", "fr"];

/** A text in every language of the kit. */
export type Localized = Readonly<Record<Locale, string>>;
