import { alpha2ToAlpha3, alpha3ToAlpha2 } from "i18n-iso-countries";
import { getCountries } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { countryToIso3, iso3ToCountry } from "./countryIso3.js";

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const allTwoLetterCodes = [...letters].flatMap((first) => [...letters].map((second) => first + second));
const countries = getCountries();
// Ascension and Tristan da Cunha have a calling-code territory of their own but no ISO 3166 code.
const partOfSaintHelena = ["AC", "TA"];
const withOwnCode = countries.filter((country) => !partOfSaintHelena.includes(country));

describe("countryToIso3", () => {
  it("knows exactly the countries libphonenumber-js knows", () => {
    const known = allTwoLetterCodes.filter((code) => countryToIso3(code) !== undefined);
    expect(known.sort()).toEqual([...countries].sort());
  });

  it.each(withOwnCode)("agrees with i18n-iso-countries for %s", (country) => {
    expect(countryToIso3(country)).toBe(alpha2ToAlpha3(country));
  });

  it.each(partOfSaintHelena)("gives SHN for %s, which has no code of its own", (country) => {
    expect(alpha2ToAlpha3(country)).toBeUndefined();
    expect(countryToIso3(country)).toBe("SHN");
  });

  it("gives FRA for France, the code DQE's examples use", () => {
    expect(countryToIso3("FR")).toBe("FRA");
  });

  it("is case-insensitive", () => {
    expect(countryToIso3("fr")).toBe("FRA");
    expect(countryToIso3("gB")).toBe("GBR");
  });

  it.each(["", "ZZ", "FRA", "F", "F R", "1A", "é"])("gives undefined for %j", (code) => {
    expect(countryToIso3(code)).toBeUndefined();
  });
});

describe("iso3ToCountry", () => {
  it.each(withOwnCode)("round-trips %s", (country) => {
    const iso3 = countryToIso3(country);
    expect(iso3).toBeDefined();
    expect(iso3ToCountry(iso3 ?? "")).toBe(country);
  });

  it.each(withOwnCode)("agrees with i18n-iso-countries for the alpha-3 code of %s", (country) => {
    const iso3 = alpha2ToAlpha3(country) ?? "";
    expect(iso3ToCountry(iso3)).toBe(alpha3ToAlpha2(iso3));
  });

  it("gives Saint Helena for SHN, not Ascension or Tristan da Cunha", () => {
    expect(iso3ToCountry("SHN")).toBe("SH");
  });

  it("is case-insensitive", () => {
    expect(iso3ToCountry("fra")).toBe("FR");
    expect(iso3ToCountry("Gbr")).toBe("GB");
  });

  it.each(["", "XXX", "FR", "ATA", "FRAN", "F A"])("gives undefined for %j", (code) => {
    expect(iso3ToCountry(code)).toBeUndefined();
  });
});
