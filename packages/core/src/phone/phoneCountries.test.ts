import { readFileSync } from "node:fs";
import { getCountries, getCountryCallingCode } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { phoneMetadataFiles } from "../../scripts/generatePhoneMetadata.js";
import {
  callingCodeOf,
  countriesOfNumber,
  isPhoneCountry,
  mainCountryOf,
  phoneCountries,
} from "./phoneCountries.js";

describe("the country table a phone field shows before the metadata", () => {
  it("has every country of libphonenumber-js, with its dialling code", () => {
    expect(phoneCountries()).toEqual([...getCountries()].sort());
    for (const country of getCountries()) expect(callingCodeOf(country)).toBe(getCountryCallingCode(country));
  });

  it("knows no other code", () => {
    expect(isPhoneCountry("FR")).toBe(true);
    expect(isPhoneCountry("fr")).toBe(false);
    expect(isPhoneCountry("ZZ")).toBe(false);
    expect(callingCodeOf("ZZ")).toBeUndefined();
  });

  it("gives the main country of a shared dialling code, whose formats the others use", () => {
    expect(mainCountryOf("GG")).toBe("GB");
    expect(mainCountryOf("CA")).toBe("US");
    expect(mainCountryOf("GB")).toBe("GB");
    expect(mainCountryOf("FR")).toBe("FR");
  });

  it("gives the countries of a number's dialling code", () => {
    expect(countriesOfNumber("+33612345678")).toEqual(["FR"]);
    expect(countriesOfNumber("+447400123456")).toEqual(["GB", "GG", "IM", "JE"]);
    expect(countriesOfNumber("+3524")).toEqual(["LU"]);
    expect(countriesOfNumber("+1")).toContain("CA");
    expect(countriesOfNumber("+999")).toBeUndefined();
    expect(countriesOfNumber("0612345678")).toBeUndefined();
  });
});

describe("src/phone/generated", () => {
  it.each(Object.entries(phoneMetadataFiles()))(
    "%s is what the installed libphonenumber-js gives (else: pnpm --filter @verify-kit/core metadata)",
    (name, text) => {
      expect(readFileSync(new URL(`./generated/${name}`, import.meta.url), "utf8")).toBe(text);
    },
  );
});
