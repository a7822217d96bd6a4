import { type ElementTexts, en } from "./en.js";

/** The language of `element`: its own `lang`, else the nearest ancestor's, else the page's. */
export function languageOf(element: Element): string {
  return (
    element.closest("[lang]")?.getAttribute("lang") || element.ownerDocument.documentElement.lang || "en"
  );
}

/** The texts of `lang`: English at once; French loaded on demand (a chunk of its own). */
export function loadTexts(lang: string): ElementTexts | Promise<ElementTexts> {
  if (lang.toLowerCase().split("-")[0] !== "fr") return en;
  return import("./fr.js").then((module) => module.fr);
}
