// The phone rules and their metadata: a chunk of its own, loaded once the phone field is used (focused,
// hovered, prefilled), so that the entry a page loads first stays small. What words a number for people
// comes with them: core's text helpers (their module formats numbers with the rules) and the flows' cues
// (what to say, where focus goes), which use them. A flow only changes state once a number was read, so
// all of this is here by the first change; the entry must import none of it itself, or the metadata would
// come back into the entry.
import { normalizeDigits, parsePhone } from "@verify-kit/core";

export {
  attemptsLeftText,
  errorWithWaitText,
  numberVerificationCue,
  pinVerificationCue,
} from "@verify-kit/core/flows";
export { clock, displayPhone, fill, waitText } from "@verify-kit/core/texts";

import {
  AsYouType,
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
} from "libphonenumber-js/max";

export { parsePhone };

/** Whether `code` is a country the rules know. */
export const isCountry = (code: string): code is CountryCode => isSupportedCountry(code);

/** The country's dialling code without `+`. */
export const callingCode = (country: CountryCode) => getCountryCallingCode(country);

/** The countries (`only`, or all), named in `locale` and sorted as that language sorts. */
export function countryOptions(locale: string, only: readonly string[] | undefined) {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: "region" });
  } catch {
    names = undefined;
  }
  const collator = new Intl.Collator(locale);
  return getCountries()
    .filter((code) => only === undefined || only.includes(code))
    .map((code) => ({ code, name: names?.of(code) ?? code, callingCode: getCountryCallingCode(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** A number typed or pasted the international way (`+33 6…`, `0033 6…`): its country and national digits. */
export function readInternational(text: string): { country: CountryCode; national: string } | undefined {
  const digits = normalizeDigits(text)
    .replace(/^\s*00/, "+")
    .replace(/[^\d+]/g, "");
  if (!digits.startsWith("+")) return undefined;
  const typing = new AsYouType();
  typing.input(digits);
  const code = typing.getCallingCode();
  const country =
    typing.getCountry() ?? getCountries().find((each) => code && getCountryCallingCode(each) === code);
  if (code === undefined || country === undefined) return undefined;
  return { country, national: digits.slice(code.length + 1) };
}

/** National digits formatted as `country` writes them, as far as they go: `0612` -> `06 12`. */
export const formatNational = (text: string, country: CountryCode) =>
  new AsYouType(country).input(normalizeDigits(text).replace(/[^\d]/g, ""));
