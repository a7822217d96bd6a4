import type { CountryCode } from "libphonenumber-js/core/es6";
import type { Outcome } from "../errors/Outcome.js";
import { fullPhoneParser } from "./fullPhoneParser.js";
import type { PhoneNumber } from "./PhoneNumber.js";

export interface ParsePhoneOptions {
  /**
   * The country of numbers written the national way (`06 12 34 56 78`). Numbers written with `+` or `00`
   * may belong to any country. An unknown code is ignored.
   */
  readonly defaultCountry?: CountryCode | undefined;
  /**
   * Refuse numbers that cannot receive an SMS: anything whose type is not `MOBILE` or `FIXED_LINE_OR_MOBILE`.
   * @default true
   */
  readonly requireMobile?: boolean | undefined;
}

/**
 * Reads a phone number as a person typed or pasted it and checks it, with the full metadata (every
 * country): what a server uses. Loads all of libphonenumber-js's metadata with it; in a browser,
 * `phoneRuntime` of `@verify-kit/core/phone-runtime` loads it (or a site's countries) when needed.
 *
 * Accepts `+33 6 12 34 56 78`, `0033 6 12 34 56 78`, `+33 (0)6 12 34 56 78`, and with
 * `defaultCountry: "FR"` also `06.12.34.56.78`; any separators, non-breaking spaces, digits of any script
 * (Arabic-Indic `٠٦١٢٣٤٥٦٧٨`, Persian, full-width) and text around one number (`Tél. : 06 12 34 56 78`).
 *
 * Digits without `+` or `00` are a national number of `defaultCountry`: DQE's own form (`33612345678`)
 * is not guessed here, as `33...` is also the start of national numbers elsewhere; read numbers coming back
 * from DQE with `parseDqePhone`.
 *
 * Never throws: every failure is a `VerifyError` with one of the codes `phone_empty`, `phone_too_short`,
 * `phone_too_long`, `phone_invalid_country`, `phone_invalid` or `phone_not_mobile`.
 */
export function parsePhone(input: string, options: ParsePhoneOptions = {}): Outcome<PhoneNumber> {
  return fullPhoneParser.parse(input, options);
}
