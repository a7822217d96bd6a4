import type { CountryCode, NumberType } from "libphonenumber-js/core/es6";

/** A checked phone number, in every form the kit and DQE need. */
export interface PhoneNumber {
  /** International E.164 form: `+33612345678`. */
  readonly e164: string;
  /** DQE's form, E.164 without the `+`: `33612345678`. */
  readonly dqe: string;
  /**
   * ISO 3166 alpha-2 country; undefined for numbers of no country (`+800`, `+882`...). DQE's `Country`
   * parameter wants alpha-3: `countryToIso3(country)` (kept apart, so that browsers do not load its table).
   */
  readonly country: CountryCode | undefined;
  /** Formatted the way people of its country write it: `06 12 34 56 78`. */
  readonly national: string;
  /** Formatted for people abroad: `+33 6 12 34 56 78`. */
  readonly international: string;
  /** What the number is (`MOBILE`, `FIXED_LINE`, `FIXED_LINE_OR_MOBILE`...), when the metadata tells. */
  readonly type: NumberType;
}
