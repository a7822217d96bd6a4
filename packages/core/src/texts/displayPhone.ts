// Apart from the other text helpers: it reads the number with the phone rules, and so brings their metadata
// into whatever imports it. `fill`, `plural`, `waitText` and the rest do not.
import { parsePhone } from "../phone/parsePhone.js";

/**
 * A number for people, in its international format, kept left to right inside any sentence (Unicode
 * isolates: invisible, and silent for screen readers) and on one line (no-break spaces).
 */
export function displayPhone(phone: string): string {
  const read = parsePhone(phone, { requireMobile: false });
  return `\u2068${(read.ok ? read.value.international : phone).replaceAll(" ", "\u00a0")}\u2069`;
}
