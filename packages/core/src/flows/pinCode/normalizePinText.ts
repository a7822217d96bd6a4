import { normalizeDigits } from "../../phone/normalizeDigits.js";

/**
 * What a code may carry around its digits and still be read: white space and line breaks, dashes of
 * every kind (and the minus sign), dots and middle dots (the Arabic decimal and thousands separators too),
 * and invisible format marks such as the direction marks that copying from right-to-left text adds.
 */
const ignorable = /[\s\p{Pd}\p{Cf}\u2212.\xB7\u2022\u2024\u2027\u3002\u30FB\uFF0E\uFF61\u066B\u066C]/gu;
const nonDigit = /\D/u;

/** Why text was refused. */
export type PinRefusalReason = "invalid_character";

export type NormalizedPinText =
  | { readonly ok: true; readonly digits: string }
  | {
      readonly ok: false;
      readonly reason: PinRefusalReason;
      /** The first character that is neither a digit nor ignorable. */
      readonly character: string;
    };

/**
 * The one pipeline every way text reaches a code goes through (typing, paste, autofill, drop, IME, WebOTP):
 * drops separators, maps every Unicode decimal digit (Arabic-Indic, Persian, Devanagari, full-width...) to
 * ASCII, and refuses anything else, naming the first character it could not read.
 */
export function normalizePinText(text: string): NormalizedPinText {
  const digits = normalizeDigits(text.replace(ignorable, ""));
  const refused = nonDigit.exec(digits);
  if (refused) return { ok: false, reason: "invalid_character", character: refused[0] };
  return { ok: true, digits };
}
