import { fc, test } from "@fast-check/vitest";
import {
  type CountryCode,
  getCountries,
  getExampleNumber,
  parsePhoneNumberWithError,
} from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import { describe, expect, it } from "vitest";
import { VerifyError } from "../errors/VerifyError.js";
import { countryToIso3 } from "./countryIso3.js";
import { parseDqePhone } from "./parseDqePhone.js";
import { parsePhone } from "./parsePhone.js";
import { e164ToDqe } from "./phoneFormats.js";

/**
 * One example mobile number per country libphonenumber-js knows, with the country its E.164 form belongs to:
 * where countries share a numbering plan (Åland and Finland, Isle of Man and the United Kingdom...),
 * the example may belong to the main country's plan.
 */
const samples = getCountries().flatMap((country) => {
  const example = getExampleNumber(country, examples);
  return example === undefined
    ? []
    : [
        {
          country,
          owner: parsePhoneNumberWithError(example.number).country,
          e164: example.number,
          international: example.formatInternational(),
          national: example.formatNational(),
        },
      ];
});
type Sample = (typeof samples)[number];

const sample = fc.constantFrom(...samples);
const country = fc.constantFrom(...getCountries());

// How a person may write the number: which characters, before separators and digits of another script.
const forms = {
  e164: (s: Sample) => ({ text: s.e164, defaultCountry: undefined }),
  international: (s: Sample) => ({ text: s.international.replace(/[^\d+]/g, ""), defaultCountry: undefined }),
  // `00` is kept in one piece: nobody writes `0 0 33`.
  idd: (s: Sample) => ({ text: `\u000000${s.e164.slice(1)}`, defaultCountry: undefined }),
  iddFromHome: (s: Sample) => ({ text: `\u000000${s.e164.slice(1)}`, defaultCountry: s.country }),
  national: (s: Sample) => ({ text: s.national.replace(/\D/g, ""), defaultCountry: s.country }),
  internationalFromFrance: (s: Sample) => ({ text: s.e164, defaultCountry: "FR" as CountryCode }),
};
const form = fc.constantFrom(...(Object.keys(forms) as (keyof typeof forms)[]));

// The code point of zero in scripts people type phone numbers in.
const zeros = {
  ascii: 0x30,
  arabicIndic: 0x660,
  persian: 0x6f0,
  devanagari: 0x966,
  bengali: 0x9e6,
  thai: 0xe50,
  fullWidth: 0xff10,
};
const script = fc.constantFrom(...Object.values(zeros));
const separator = fc.constantFrom(
  "",
  "",
  "",
  " ",
  "  ",
  ".",
  "-",
  "/",
  "\u00a0",
  "\u202f",
  "\u2009",
  "\u2013",
  "\u200e",
);
const padding = fc.constantFrom("", " ", "\n", "\t", "\u200e", "\u202a", "\ufeff");
const maxChars = 24;

/** The text written with one of `separators` after each character and the digits in the given script. */
function write(text: string, separators: readonly string[], zero: number): string {
  return [...text]
    .map((char, index) => {
      const written = /\d/.test(char)
        ? String.fromCodePoint(zero + Number(char))
        : char === "\u0000"
          ? ""
          : char;
      // No separator inside the `00` prefix, marked by the NUL before it.
      const keepTogether = char === "\u0000" || (text[index - 1] === "\u0000" && index === 1);
      return written + (keepTogether || index === text.length - 1 ? "" : (separators[index] ?? ""));
    })
    .join("");
}

const phoneCodes = new Set([
  "phone_empty",
  "phone_too_short",
  "phone_too_long",
  "phone_invalid",
  "phone_invalid_country",
  "phone_not_mobile",
]);

describe("parsePhone: any valid number, however written, gives the same E.164", () => {
  it("has an example mobile number for every country", () => {
    expect(samples.length).toBe(getCountries().length);
  });

  test.prop(
    {
      sample,
      form,
      zero: script,
      separators: fc.array(separator, { minLength: maxChars, maxLength: maxChars }),
      before: padding,
      after: padding,
    },
    { numRuns: 1_000 },
  )(
    "round-trips example mobiles",
    ({ sample, form, zero, separators, before, after }) => {
      const { text, defaultCountry } = forms[form](sample);
      const written = before + write(text, separators, zero) + after;
      const result = parsePhone(written, { defaultCountry });
      expect(result.ok && result.value, written).toMatchObject({
        e164: sample.e164,
        dqe: e164ToDqe(sample.e164),
        country: sample.owner,
      });
      // DQE's alpha-3 code exists for every country a number belongs to.
      if (sample.owner !== undefined) expect(countryToIso3(sample.owner)).toMatch(/^[A-Z]{3}$/);
      // A thousand parses are a fixed amount of work, no wait: 1 s on a quiet machine, 7 s on a loaded one.
    },
    60_000,
  );

  test.prop([sample])("reads every example back from DQE's form", (sample) => {
    const result = parseDqePhone(e164ToDqe(sample.e164));
    expect(result.ok && result.value.e164).toBe(sample.e164);
  });

  test.prop([sample])("formats every example the way it reads back", (sample) => {
    const result = parsePhone(sample.e164);
    if (!result.ok) throw result.error;
    expect(parsePhone(result.value.international)).toEqual(result);
    expect(parsePhone(result.value.national, { defaultCountry: sample.country })).toEqual(result);
  });
});

describe("parsePhone: never throws", () => {
  const options = fc.record(
    {
      defaultCountry: fc.oneof(country, fc.string() as fc.Arbitrary<CountryCode>),
      requireMobile: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const phoneLike = fc.string({
    unit: fc.constantFrom(..."0123456789+ .-()/\u00a0x#*٠٦۳０\u200e".split(""), "ext."),
    maxLength: 30,
  });

  /** Either a well-formed number or a phone error, nothing else. */
  function expectOutcome(input: string, opts: object): void {
    const result = parsePhone(input, opts);
    if (result.ok) {
      expect(result.value.e164).toMatch(/^\+[1-9]\d{1,14}$/);
      expect(result.value.dqe).toBe(result.value.e164.slice(1));
      if (result.value.country !== undefined)
        expect(countryToIso3(result.value.country)).toMatch(/^[A-Z]{3}$/);
      // What it gives reads back as itself.
      expect(parsePhone(result.value.e164, { requireMobile: false })).toMatchObject({
        ok: true,
        value: result.value,
      });
    } else {
      expect(result.error).toBeInstanceOf(VerifyError);
      expect(phoneCodes).toContain(result.error.code);
    }
  }

  test.prop([fc.string(), options])("on any string", (input, opts) => expectOutcome(input, opts));
  test.prop([fc.string({ unit: "binary" }), options])("on any Unicode string", (input, opts) =>
    expectOutcome(input, opts),
  );
  test.prop([fc.string({ unit: "grapheme", maxLength: 400 }), options])("on long strings", (input, opts) =>
    expectOutcome(input, opts),
  );
  test.prop([phoneLike, options], { numRuns: 1_000 })("on strings that look like numbers", (input, opts) =>
    expectOutcome(input, opts),
  );
  test.prop([fc.string({ unit: "binary" })])("on any string read as a DQE number", (input) => {
    const result = parseDqePhone(input);
    expect(result.ok || phoneCodes.has(result.error.code)).toBe(true);
  });
});
