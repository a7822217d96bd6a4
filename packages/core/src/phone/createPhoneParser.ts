import {
  AsYouType,
  type CountryCode,
  getCountryCallingCode,
  isSupportedCountry,
  type PhoneNumber as LibPhoneNumber,
  type MetadataJson,
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from "libphonenumber-js/core/es6";
import type { ErrorCode } from "../errors/errorCatalogue.js";
import { failure, type Outcome, success } from "../errors/Outcome.js";
import { VerifyError } from "../errors/VerifyError.js";
import { normalizeDigits } from "./normalizeDigits.js";
import type { PhoneNumber } from "./PhoneNumber.js";
import type { ParsePhoneOptions } from "./parsePhone.js";
import { e164ToDqe } from "./phoneFormats.js";

/**
 * The kit's phone rules over one set of libphonenumber-js metadata: the full metadata on a server (every
 * country), the countries a site serves in a browser. The same code either way.
 */
export interface PhoneParser {
  /** `parsePhone` over this metadata: a number of a country it lacks is `phone_invalid_country`. */
  parse(input: string, options?: ParsePhoneOptions): Outcome<PhoneNumber>;
  /**
   * National digits formatted the way `country` writes them, as far as they go: `0612` -> `06 12`. Digits
   * without the trunk prefix (`612345678`, as pasted from `+33 6 12...`) get the international grouping.
   */
  formatNational(digits: string, country: CountryCode): string;
  /**
   * A number written the international way (its digits after `+` or `00`), split into its country and
   * national digits (and, once complete, the digits dialled inside that country). A shared dialling code
   * keeps `current` when it has that code, else its main country.
   */
  readInternational(digits: string, current: CountryCode): InternationalReading | undefined;
  /** The international form of national digits typed so far (`0612` -> `+33612`): E.164 once complete. */
  typedNumber(digits: string, country: CountryCode): string;
}

/** A number's country and its national digits. */
export interface InternationalReading {
  readonly country: CountryCode;
  /** The national significant digits: what follows the dialling code (`612345678`). */
  readonly national: string;
  /**
   * The digits as dialled inside the country, the way its people write the number (`0612345678`, trunk
   * prefix and all): `national` when the number is not complete, or where that form would read back as
   * another number.
   */
  readonly domestic: string;
}

// Far beyond any number with its formatting; longer input is refused before any work is done on it.
const maxInputLength = 1_000;
const mobileTypes: ReadonlySet<string> = new Set(["MOBILE", "FIXED_LINE_OR_MOBILE"]);

// Bidi marks, zero-width spaces and soft hyphens come along with numbers copied from web pages and
// right-to-left text; they are invisible, and a mark between two digits would cut the number in two.
const invisible = /\p{Cf}/gu;
const spaces = /\s+/gu;
const dashes = /\p{Pd}/gu;
const plusSigns = /[\uFF0B\uFE62]/gu;
const hasLetterOrDigit = /[\p{L}\p{N}]/u;
const internationalPrefix = /^([^\d+]*)00/;

type Reading =
  | { readonly ok: true; readonly number: LibPhoneNumber }
  | { readonly ok: false; readonly code: ErrorCode; readonly detail: string };

const parseErrorCodes: Readonly<Record<string, ErrorCode>> = {
  INVALID_COUNTRY: "phone_invalid_country",
  TOO_SHORT: "phone_too_short",
  TOO_LONG: "phone_too_long",
};

/** The kit's phone rules over `metadata` (libphonenumber-js's format: the full one, or some countries of it). */
export function createPhoneParser(metadata: MetadataJson): PhoneParser {
  const known = (country: string | undefined): country is CountryCode =>
    country !== undefined && isSupportedCountry(country as CountryCode, metadata);

  function parse(input: string, options: ParsePhoneOptions = {}): Outcome<PhoneNumber> {
    try {
      return check(input, options);
    } catch (cause) {
      return failure(new VerifyError("phone_invalid", { detail: "unexpected parser failure", cause }));
    }
  }

  function check(input: string, options: ParsePhoneOptions): Outcome<PhoneNumber> {
    if (typeof input !== "string") return failure(new VerifyError("phone_empty", { detail: "not a string" }));
    if (input.length > maxInputLength) {
      return failure(new VerifyError("phone_too_long", { detail: `input longer than ${maxInputLength}` }));
    }
    const text = clean(input);
    if (!hasLetterOrDigit.test(text)) return failure(new VerifyError("phone_empty"));

    const requested = options.defaultCountry?.toUpperCase();
    const defaultCountry = known(requested) ? requested : undefined;

    let reading = read(text, defaultCountry);
    // `00` starts an international number in most countries, but the parser only knows so from a default
    // country whose prefix it is: without one (or from the US, whose prefix is 011) try it as a `+`.
    if (!reading.ok && internationalPrefix.test(text)) {
      const asInternational = read(text.replace(internationalPrefix, "$1+"), undefined);
      if (asInternational.ok || reading.code === "phone_invalid_country") reading = asInternational;
    }
    if (!reading.ok) return failure(new VerifyError(reading.code, { detail: reading.detail }));

    const number = reading.number;
    const type = number.getType();
    if ((options.requireMobile ?? true) && (type === undefined || !mobileTypes.has(type))) {
      return failure(new VerifyError("phone_not_mobile", { detail: `number type ${type ?? "unknown"}` }));
    }
    return success({
      e164: number.number,
      dqe: e164ToDqe(number.number),
      country: number.country,
      national: number.formatNational(),
      international: number.formatInternational(),
      type,
    });
  }

  /** A valid number, or why not. */
  function read(text: string, defaultCountry: CountryCode | undefined): Reading {
    let number: LibPhoneNumber;
    try {
      number = parsePhoneNumberWithError(
        text,
        defaultCountry === undefined ? {} : { defaultCountry },
        metadata,
      );
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      return { ok: false, code: parseErrorCodes[error.message] ?? "phone_invalid", detail: error.message };
    }
    // An extension cannot receive an SMS, and dropping it would check another number than the one given.
    if (number.ext !== undefined)
      return { ok: false, code: "phone_invalid", detail: "number with an extension" };
    if (!number.isValid()) {
      const code = lengthError(number);
      return { ok: false, code, detail: code === "phone_invalid" ? "no such number" : "impossible length" };
    }
    return { ok: true, number };
  }

  /** Whether an invalid number is too short, too long, or of a possible length but not a number. */
  function lengthError(number: LibPhoneNumber): ErrorCode {
    const length = validatePhoneNumberLength(number.number, metadata);
    if (length === "TOO_SHORT") return "phone_too_short";
    if (length === "TOO_LONG") return "phone_too_long";
    // The parser keeps a national prefix when the rest is too short to be a number: `06 12 34 56 7` reads as
    // the nine digits `061234567`, a possible length. Without the `0` it is one digit short.
    const national = number.nationalNumber;
    if (
      national.startsWith("0") &&
      validatePhoneNumberLength(`+${number.countryCallingCode}${national.slice(1)}`, metadata) === "TOO_SHORT"
    ) {
      return "phone_too_short";
    }
    return "phone_invalid";
  }

  function formatNational(digits: string, country: CountryCode): string {
    if (digits === "" || !known(country)) return digits;
    const national = new AsYouType(country, metadata).input(digits);
    if (/\D/.test(national) || digits.length < 4) return national;
    const callingCode = getCountryCallingCode(country, metadata);
    const international = new AsYouType(country, metadata).input(`+${callingCode}${digits}`);
    const prefix = `+${callingCode} `;
    return international.startsWith(prefix) ? international.slice(prefix.length) : national;
  }

  function readInternational(digits: string, current: CountryCode): InternationalReading | undefined {
    const typing = new AsYouType(undefined, metadata);
    typing.input(`+${digits}`);
    const callingCode = typing.getCallingCode();
    if (callingCode === undefined) return undefined;
    const sharing = metadata.country_calling_codes[callingCode];
    const country =
      typing.getCountry() ?? (known(current) && sharing?.includes(current) ? current : sharing?.[0]);
    if (country === undefined) return undefined;
    const national = digits.slice(callingCode.length);
    return { country, national, domestic: domesticDigits(typing.getNumber(), country) ?? national };
  }

  /** A complete number's digits as dialled inside `country`, when they read back as the same number. */
  function domesticDigits(number: LibPhoneNumber | undefined, country: CountryCode): string | undefined {
    if (number === undefined || !number.isValid()) return undefined;
    const dialled = number.formatNational().replace(/\D/g, "");
    try {
      const back = parsePhoneNumberWithError(dialled, { defaultCountry: country }, metadata);
      return back.number === number.number ? dialled : undefined;
    } catch {
      return undefined;
    }
  }

  function typedNumber(digits: string, country: CountryCode): string {
    if (digits === "" || !known(country)) return digits;
    const typing = new AsYouType(country, metadata);
    typing.input(digits);
    return typing.getNumberValue() ?? `+${getCountryCallingCode(country, metadata)}${digits}`;
  }

  return { parse, formatNational, readInternational, typedNumber };
}

/** Same characters for the parser whatever the keyboard, script or web page they came from. */
function clean(input: string): string {
  return normalizeDigits(input)
    .replace(invisible, "")
    .replace(spaces, " ")
    .replace(dashes, "-")
    .replace(plusSigns, "+")
    .trim();
}
