// The phone rules and their metadata: a chunk of its own, loaded once the phone field is used (focused,
// hovered, prefilled), so that the entry a page loads first stays small.
import { normalizeDigits, parsePhone } from "@verify-kit/core";
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

/** A number for people: its international format, left to right in any sentence, on one line. */
export function displayPhone(phone: string): string {
  const read = parsePhone(phone, { requireMobile: false });
  return `\u2068${(read.ok ? read.value.international : phone).replaceAll(" ", "\u00a0")}\u2069`;
}
