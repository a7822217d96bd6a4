import {
  type CountryCode,
  isSupportedCountry,
  type PhoneNumber as LibPhoneNumber,
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from "libphonenumber-js/max";
import type { ErrorCode } from "../errors/errorCatalogue.js";
import { failure, type Outcome, success } from "../errors/Outcome.js";
import { VerifyError } from "../errors/VerifyError.js";
import { normalizeDigits } from "./normalizeDigits.js";
import type { PhoneNumber } from "./PhoneNumber.js";
import { e164ToDqe } from "./phoneFormats.js";

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

/**
 * Reads a phone number as a person typed or pasted it and checks it.
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
  const defaultCountry = requested !== undefined && isSupportedCountry(requested) ? requested : undefined;

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

/** Same characters for the parser whatever the keyboard, script or web page they came from. */
function clean(input: string): string {
  return normalizeDigits(input)
    .replace(invisible, "")
    .replace(spaces, " ")
    .replace(dashes, "-")
    .replace(plusSigns, "+")
    .trim();
}

/** A valid number, or why not. */
function read(text: string, defaultCountry: CountryCode | undefined): Reading {
  let number: LibPhoneNumber;
  try {
    number = parsePhoneNumberWithError(text, defaultCountry === undefined ? {} : { defaultCountry });
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
  const length = validatePhoneNumberLength(number.number);
  if (length === "TOO_SHORT") return "phone_too_short";
  if (length === "TOO_LONG") return "phone_too_long";
  // The parser keeps a national prefix when the rest is too short to be a number: `06 12 34 56 7` reads as
  // the nine digits `061234567`, a possible length. Without the `0` it is one digit short.
  const national = number.nationalNumber;
  if (
    national.startsWith("0") &&
    validatePhoneNumberLength(`+${number.countryCallingCode}${national.slice(1)}`) === "TOO_SHORT"
  ) {
    return "phone_too_short";
  }
  return "phone_invalid";
}
