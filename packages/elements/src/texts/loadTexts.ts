import { en, type UiLocalePack } from "@verify-kit/core/texts";

/** The language of `element`: its own `lang`, else the nearest ancestor's, else the page's. */
export function languageOf(element: Element): string {
  return (
    element.closest("[lang]")?.getAttribute("lang") || element.ownerDocument.documentElement.lang || "en"
  );
}

/**
 * The kit's texts (`@verify-kit/core/texts`, the same as the React components') for `lang`: English at once,
 * French loaded on demand (a chunk of its own). The locale is `lang` itself, for plural rules and `Intl`.
 */
export function loadTexts(lang: string): UiLocalePack | Promise<UiLocalePack> {
  if (lang.toLowerCase().split("-")[0] !== "fr") return { ...en, locale: lang };
  return import("@verify-kit/core/texts/fr").then(({ fr }) => ({ ...fr, locale: lang }));
}
