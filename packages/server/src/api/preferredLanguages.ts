import { parseAccept } from "hono/utils/accept";

/**
 * The languages a request asks for, best first: the one the page names (`locale` of a body), then the
 * browser's `Accept-Language` by quality (`*` and `q=0` left out). Tags as given (`fr-BE`).
 */
export function preferredLanguages(named: string | undefined, acceptLanguage: string | undefined): string[] {
  const accepted = parseAccept(acceptLanguage ?? "")
    .filter((entry) => entry.q > 0 && entry.type !== "*")
    .map((entry) => entry.type);
  return named === undefined ? accepted : [named, ...accepted];
}

/**
 * The first of `wanted` that `available` has (lower case tags): the tag itself (`fr-be`), else its language
 * (`fr` for `fr-BE`), as a browser's `Accept-Language: fr-BE` means French of Belgium, or any French.
 */
export function matchLanguage(wanted: readonly string[], available: ReadonlySet<string>): string | undefined {
  for (const tag of wanted) {
    const lower = tag.toLowerCase();
    if (available.has(lower)) return lower;
    const language = lower.split("-")[0] ?? "";
    if (available.has(language)) return language;
  }
  return undefined;
}
