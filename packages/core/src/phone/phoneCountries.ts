import type { CountryCode } from "libphonenumber-js/core/es6";
import { countryCallingCodes } from "./generated/countryCallingCodes.js";

// Every country and its dialling code, from a table of 1 kB (gzip) rather than the metadata (40 kB): what a
// phone field shows before, and without, the numbering plans.
const callingCodes = new Map<string, string>();
for (const [callingCode, countries] of Object.entries(countryCallingCodes)) {
  for (const country of countries) callingCodes.set(country, callingCode);
}
const all = [...callingCodes.keys()].sort() as CountryCode[];

/** Every country libphonenumber-js knows, in code order. */
export function phoneCountries(): readonly CountryCode[] {
  return all;
}

/** Whether `code` is a country libphonenumber-js knows (`FR`, not `fr`). */
export function isPhoneCountry(code: string): code is CountryCode {
  return callingCodes.has(code);
}

/** A country's dialling code without `+` (`FR` -> `"33"`), or undefined for an unknown code. */
export function callingCodeOf(country: string): string | undefined {
  return callingCodes.get(country);
}

/**
 * The country whose numbering plan holds the formats of `country`'s numbers: itself, or the main country
 * of a dialling code it shares (GB for GG, IM and JE; US for CA).
 */
export function mainCountryOf(country: CountryCode): CountryCode {
  const callingCode = callingCodes.get(country);
  return (callingCode === undefined ? undefined : countryCallingCodes[callingCode]?.[0]) ?? country;
}

/**
 * The countries of the dialling code a number in international form starts with (`+447400123456` -> GB, GG,
 * IM, JE), or undefined when it starts with none.
 */
export function countriesOfNumber(international: string): readonly CountryCode[] | undefined {
  const digits = /^\+(\d{1,3})/.exec(international)?.[1] ?? "";
  for (let length = 1; length <= digits.length; length += 1) {
    const countries = countryCallingCodes[digits.slice(0, length)];
    if (countries !== undefined) return countries;
  }
  return undefined;
}
