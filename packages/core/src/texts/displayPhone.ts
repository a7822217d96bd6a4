// Apart from the other text helpers, so that `fill`, `plural`, `waitText` and the rest come without any
// phone code.
import { latestPhoneParser } from "../phone/phoneRuntime/latestPhoneParser.js";

/**
 * A number for people, in its international format, kept left to right inside any sentence (Unicode
 * isolates: invisible, and silent for screen readers) and on one line (no-break spaces). Formatted by the
 * page's phone parser (`@verify-kit/core/phone-runtime`), so that no metadata is loaded for it; as given
 * (E.164) where that parser has not loaded, or does not know the number.
 */
export function displayPhone(phone: string): string {
  const read = latestPhoneParser()?.parse(phone, { requireMobile: false });
  return `\u2068${(read?.ok ? read.value.international : phone).replaceAll(" ", "\u00a0")}\u2069`;
}
