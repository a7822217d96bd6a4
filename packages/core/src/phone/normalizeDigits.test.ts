import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { normalizeDigits } from "./normalizeDigits.js";

// Every numbering system of the runtime whose digits are single Unicode decimal digits (not `hanidec`,
// whose digits are ideographs, nor `latn`, which is ASCII).
const digitSystems = Intl.supportedValuesOf("numberingSystem").flatMap((system) => {
  const format = new Intl.NumberFormat("en", { numberingSystem: system, useGrouping: false });
  const digits = [..."0123456789"].map((digit) => format.format(Number(digit)));
  const decimal = digits.every((digit) => /^\p{Nd}$/u.test(digit)) && digits.join("") !== "0123456789";
  return decimal ? [{ system, digits: digits.join("") }] : [];
});

describe("normalizeDigits", () => {
  it.each([
    ["Arabic-Indic", "٠١٢٣٤٥٦٧٨٩"],
    ["Persian", "۰۱۲۳۴۵۶۷۸۹"],
    ["full-width", "０１２３４５６７８９"],
    ["Devanagari", "०१२३४५६७८९"],
    ["Bengali", "০১২৩৪৫৬৭৮৯"],
    ["Thai", "๐๑๒๓๔๕๖๗๘๙"],
    ["mathematical bold", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"],
    ["mathematical monospace", "𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿"],
  ])("turns %s digits into ASCII", (_script, digits) => {
    expect(normalizeDigits(digits)).toBe("0123456789");
  });

  it("converts the digits of every decimal numbering system the runtime knows", () => {
    expect(digitSystems.length).toBeGreaterThan(40);
    for (const { system, digits } of digitSystems) {
      expect(normalizeDigits(digits), system).toBe("0123456789");
    }
  });

  it("leaves everything but digits alone", () => {
    expect(normalizeDigits("+33 (0)6 12-34.56\u00a078 ext")).toBe("+33 (0)6 12-34.56\u00a078 ext");
    expect(normalizeDigits("+٣٣ ٦ ١٢")).toBe("+33 6 12");
    expect(normalizeDigits("①²½〇一")).toBe("①²½〇一");
  });

  test.prop([fc.string({ unit: "binary" })])("leaves no decimal digit but ASCII ones", (text) => {
    expect(normalizeDigits(text)).not.toMatch(/(?![0-9])\p{Nd}/u);
  });

  test.prop([fc.string({ unit: "binary" })])("keeps the number of code points", (text) => {
    expect([...normalizeDigits(text)].length).toBe([...text].length);
  });
});
