import { describe, expect, it } from "vitest";
import { VerifyError } from "../errors/VerifyError.js";
import { errorMessage } from "../messages/index.js";
import { countryToIso3 } from "./countryIso3.js";
import { type ParsePhoneOptions, parsePhone } from "./parsePhone.js";

const fr: ParsePhoneOptions = { defaultCountry: "FR" };

/** The E.164 form of an accepted number, or the error code of a refused one. */
function outcome(input: string, options?: ParsePhoneOptions): string {
  const result = parsePhone(input, options);
  return result.ok ? result.value.e164 : result.error.code;
}

describe("parsePhone: a French mobile in every common written form", () => {
  it.each([
    ["+33612345678", undefined],
    ["+33 6 12 34 56 78", undefined],
    ["+33 (0)6 12 34 56 78", undefined],
    ["+33 (0) 6 12 34 56 78", undefined],
    ["+33 06 12 34 56 78", undefined],
    ["+33-6-12-34-56-78", undefined],
    ["+33.6.12.34.56.78", undefined],
    ["(+33) 6 12 34 56 78", undefined],
    ["0033612345678", undefined],
    ["0033 6 12 34 56 78", undefined],
    ["00 33 6 12 34 56 78", undefined],
    ["0612345678", fr],
    ["06 12 34 56 78", fr],
    ["06.12.34.56.78", fr],
    ["06-12-34-56-78", fr],
    ["06/12/34/56/78", fr],
    ["(06) 12 34 56 78", fr],
    ["06 12 34 56 78", { defaultCountry: "fr" as ParsePhoneOptions["defaultCountry"] }],
    ["6 12 34 56 78", fr],
    ["33612345678", fr],
    ["+33 6 12 34 56 78", fr],
    ["0033 6 12 34 56 78", fr],
    ["0033 6 12 34 56 78", { defaultCountry: "US" }],
    ["06\u00a012\u00a034\u00a056\u00a078", fr],
    ["06\u202f12\u202f34\u202f56\u202f78", fr],
    ["06\u200912\u200934\u200956\u200978", fr],
    ["06\u201312\u201334\u201356\u201378", fr],
    ["٠٦١٢٣٤٥٦٧٨", fr],
    ["٠٦ ١٢ ٣٤ ٥٦ ٧٨", fr],
    ["+٣٣ ٦ ١٢ ٣٤ ٥٦ ٧٨", undefined],
    ["۰۶۱۲۳۴۵۶۷۸", fr],
    ["+۳۳۶۱۲۳۴۵۶۷۸", undefined],
    ["０６１２３４５６７８", fr],
    ["＋３３ ６ １２ ３４ ５６ ７８", undefined],
  ] as const)("reads %j (%o)", (input, options) => {
    expect(outcome(input, options)).toBe("+33612345678");
  });
});

describe("parsePhone: pasted junk around one number", () => {
  it.each([
    " +33 6 12 34 56 78 ",
    "\t+33 6 12 34 56 78\n",
    "\n\n+33612345678\r\n",
    "\u200e+33 6 12 34 56 78\u200e",
    "\u202b+33 6 12 34 56 78\u202c",
    "\u2066+33 6 12 34 56 78\u2069",
    "+33\u200e 6 12 34 56 78",
    "\ufeff+33612345678",
    "+33\u200b6\u200b12\u200b34\u200b56\u200b78",
    "+33\u00ad612345678",
    '"+33 6 12 34 56 78"',
    "<+33612345678>",
    "tel:+33612345678",
    "Tél. : +33 6 12 34 56 78",
    "+33 6 12 34 56 78 (mobile)",
  ])("reads %j", (input) => {
    expect(outcome(input)).toBe("+33612345678");
  });

  it.each(["Tél. : 06 12 34 56 78", "Mon numéro : 06 12 34 56 78, merci"])(
    "reads %j with a default country",
    (input) => {
      expect(outcome(input, fr)).toBe("+33612345678");
    },
  );

  it.each([
    ["06 12 34 56 78 ou 06 98 76 54 32", "phone_invalid"],
    ["06 12 34 56 78, 06 98 76 54 32", "phone_invalid"],
    ["06 12 34 56 78 / 07 11 22 33 44", "phone_too_long"],
    ["06 12 AB 34 56 78", "phone_invalid"],
    ["06 12 34 56 78 #", "phone_invalid"],
  ])("refuses two numbers or letters inside one: %j", (input, code) => {
    expect(outcome(input, fr)).toBe(code);
  });

  it("refuses a number with an extension, which cannot receive an SMS", () => {
    expect(outcome("+33 6 12 34 56 78 ext. 12")).toBe("phone_invalid");
    expect(outcome("+33 6 12 34 56 78 x12")).toBe("phone_invalid");
  });
});

describe("parsePhone: the number it gives", () => {
  it("has every form the kit and DQE need", () => {
    expect(parsePhone("06 12 34 56 78", fr)).toEqual({
      ok: true,
      value: {
        e164: "+33612345678",
        dqe: "33612345678",
        country: "FR",
        national: "06 12 34 56 78",
        international: "+33 6 12 34 56 78",
        type: "MOBILE",
      },
    });
  });

  it("switches country when the number says so", () => {
    const result = parsePhone("+44 7400 123456", fr);
    expect(result.ok && result.value).toMatchObject({
      e164: "+447400123456",
      dqe: "447400123456",
      country: "GB",
      national: "07400 123456",
      international: "+44 7400 123456",
      type: "MOBILE",
    });
  });

  it("accepts a number that may be a landline or a mobile (United States)", () => {
    const result = parsePhone("(201) 555-0123", { defaultCountry: "US" });
    expect(result.ok && result.value).toMatchObject({
      e164: "+12015550123",
      country: "US",
      type: "FIXED_LINE_OR_MOBILE",
    });
  });

  it("tells the country of a territory with a shared calling code (DQE's alpha-3 code: GLP)", () => {
    const result = parsePhone("+590 690 00 12 34");
    expect(result.ok && result.value).toMatchObject({ country: "GP", type: "MOBILE" });
    expect(countryToIso3("GP")).toBe("GLP");
  });
});

describe("parsePhone: mobiles only, unless told otherwise", () => {
  it("refuses a French landline by default", () => {
    const result = parsePhone("+33 1 42 68 53 00");
    expect(result.ok).toBe(false);
    expect(result.ok || result.error.code).toBe("phone_not_mobile");
  });

  it("accepts a French landline with requireMobile false", () => {
    const result = parsePhone("+33 1 42 68 53 00", { requireMobile: false });
    expect(result.ok && result.value).toMatchObject({
      e164: "+33142685300",
      national: "01 42 68 53 00",
      type: "FIXED_LINE",
    });
  });

  it.each([
    ["+33 800 00 12 34", "a French toll-free number"],
    ["+33 899 12 34 56", "a French premium-rate number"],
    ["+800 1234 5678", "an international toll-free number"],
  ])("refuses %s (%s)", (input) => {
    expect(outcome(input)).toBe("phone_not_mobile");
    expect(outcome(input, { requireMobile: false })).toMatch(/^\+/);
  });

  it("gives an international number of no country no country", () => {
    const result = parsePhone("+800 1234 5678", { requireMobile: false });
    expect(result.ok && result.value).toMatchObject({
      country: undefined,
      type: "TOLL_FREE",
    });
  });
});

describe("parsePhone: each error code", () => {
  it.each([
    ["", undefined, "phone_empty"],
    ["   ", fr, "phone_empty"],
    ["\n\t\u00a0", fr, "phone_empty"],
    ["+", undefined, "phone_empty"],
    ["--.()", fr, "phone_empty"],
    ["\u200e\u200f", fr, "phone_empty"],
    ["1", fr, "phone_too_short"],
    ["+3", undefined, "phone_too_short"],
    ["06 12 34", fr, "phone_too_short"],
    ["06 12 34 56 7", fr, "phone_too_short"],
    ["+33 6 12 34 56 7", undefined, "phone_too_short"],
    ["+33 5 12", undefined, "phone_too_short"],
    ["0033 5 12", undefined, "phone_too_short"],
    ["06 12 34 56 789", fr, "phone_too_long"],
    ["+33 6 12 34 56 78 9", undefined, "phone_too_long"],
    ["+33 6 1234567890123456", undefined, "phone_too_long"],
    ["6".repeat(300), fr, "phone_too_long"],
    [" ".repeat(2_000), fr, "phone_too_long"],
    ["06 12 34 56 78", undefined, "phone_invalid_country"],
    ["33612345678", undefined, "phone_invalid_country"],
    ["+999 612 345 678", undefined, "phone_invalid_country"],
    [
      "06 12 34 56 78",
      { defaultCountry: "ZZ" as ParsePhoneOptions["defaultCountry"] },
      "phone_invalid_country",
    ],
    ["abc", fr, "phone_invalid"],
    ["+33 0 12 34 56 78", undefined, "phone_too_short"],
    ["+33 7 00 00 00 00", undefined, "phone_invalid"],
    ["07 00 00 00 00", fr, "phone_invalid"],
    ["+44 4000 000000", undefined, "phone_invalid"],
    ["+1 201 055 0123", undefined, "phone_invalid"],
    ["05 12 34 56 78 ", { defaultCountry: "GB" }, "phone_invalid"],
    ["+33 6 12 34 56 78", { requireMobile: true }, "+33612345678"],
  ] as const)("%j (%o) gives %s", (input, options, expected) => {
    expect(outcome(input, options)).toBe(expected);
  });

  it("gives a VerifyError with the catalogue's message and no phone number in its detail", () => {
    const result = parsePhone("06 12 34 56 7", fr);
    if (result.ok) throw new Error("expected a failure");
    expect(result.error).toBeInstanceOf(VerifyError);
    expect(result.error.code).toBe("phone_too_short");
    expect(errorMessage(result.error.code, "en")).toBe("This phone number is too short.");
    expect(errorMessage(result.error.code, "fr")).toBe("Ce numéro de téléphone est trop court.");
    expect(JSON.stringify(result.error.toJSON())).not.toMatch(/\d{4}/);
  });

  it("does not throw on input a JavaScript caller may pass by mistake", () => {
    for (const input of [undefined, null, 33612345678, {}, []]) {
      expect(parsePhone(input as unknown as string).ok).toBe(false);
    }
    expect(parsePhone("06 12 34 56 78", null as unknown as ParsePhoneOptions).ok).toBe(false);
    expect(parsePhone("06 12 34 56 78", { defaultCountry: 33 as unknown as "FR" }).ok).toBe(false);
  });
});

describe("parsePhone: the sandbox test numbers", () => {
  it("reads 33600000001 to 33600000504 as valid French mobiles", () => {
    for (let n = 1; n <= 504; n += 1) {
      const e164 = `+33600000${String(n).padStart(3, "0")}`;
      const result = parsePhone(e164);
      expect(result.ok && result.value, e164).toMatchObject({ e164, country: "FR", type: "MOBILE" });
    }
  });
});
