import type { CountryCode } from "libphonenumber-js/core/es6";
import mobileExamples from "libphonenumber-js/mobile/examples";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPhoneParser } from "../createPhoneParser.js";
import { fullPhoneParser } from "../fullPhoneParser.js";
import { countryPlanLoaders } from "../generated/countryPlanLoaders.js";
import { createPhoneRuntime, type PhoneRuntimeParts } from "./createPhoneRuntime.js";
import type { CountryPhoneMetadata } from "./PhoneRuntime.js";

const site: CountryCode[] = ["FR", "BE", "CH", "LU", "GB"];

/** A runtime over the real parts, counting how often each is loaded. */
function runtime(parts: Partial<PhoneRuntimeParts> = {}) {
  const loaded = { parser: 0, allCountries: 0, countries: [] as string[] };
  const made = createPhoneRuntime({
    parser: () => {
      loaded.parser += 1;
      return Promise.resolve(createPhoneParser);
    },
    allCountries: async () => {
      loaded.allCountries += 1;
      return (await import("libphonenumber-js/max/metadata")).default;
    },
    country: async (country) => {
      loaded.countries.push(country);
      return (await (countryPlanLoaders[country] as () => Promise<{ default: CountryPhoneMetadata }>)())
        .default;
    },
    ...parts,
  });
  return { runtime: made, loaded };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createPhoneRuntime", () => {
  it("has no parser before it is asked to load one", () => {
    const { runtime: phone, loaded } = runtime();
    expect(phone.parser(site)).toBeUndefined();
    expect(phone.latestParser()).toBeUndefined();
    expect(loaded).toEqual({ parser: 0, allCountries: 0, countries: [] });
  });

  it("with a site's countries, loads those alone, and reads their numbers as the full metadata does", async () => {
    const { runtime: phone, loaded } = runtime();
    const parser = await phone.load(site);
    expect(loaded).toEqual({ parser: 1, allCountries: 0, countries: site });
    expect(phone.parser(site)).toBe(parser);
    expect(phone.parser(["FR"])).toBe(parser);
    expect(phone.parser(["US"])).toBeUndefined();
    expect(phone.parser()).toBeUndefined();
    for (const country of site) {
      const example = mobileExamples[country];
      const read = parser.parse(example, { defaultCountry: country });
      expect(read.ok).toBe(true);
      expect(read).toEqual(fullPhoneParser.parse(example, { defaultCountry: country }));
    }
    const cases = ["06 12 34 56 78", "01 23 45 67 89", "06 12 34 56 7", "0612345678901", "+32 470 12 34 56"];
    for (const input of cases) {
      expect(parser.parse(input, { defaultCountry: "FR" })).toEqual(
        fullPhoneParser.parse(input, { defaultCountry: "FR" }),
      );
    }
    // "Not a mobile number" stays: the numbering plans keep every number type.
    const code = (input: string) => {
      const read = parser.parse(input, { defaultCountry: "FR" });
      return read.ok ? read.value.e164 : read.error.code;
    };
    expect(code("01 23 45 67 89")).toBe("phone_not_mobile");
    expect(code("+1 415 555 2671")).toBe("phone_invalid_country");
    expect(parser.formatNational("0612345678", "FR")).toBe("06 12 34 56 78");
    expect(parser.formatNational("07400123456", "GB")).toBe("07400 123456");
    expect(parser.readInternational("447400123456", "FR")).toEqual({
      country: "GB",
      national: "7400123456",
      domestic: "07400123456",
    });
    expect(parser.typedNumber("0612", "FR")).toBe("+33612");
  });

  it("loads each part once however many fields ask at once, and tells its listeners once", async () => {
    const { runtime: phone, loaded } = runtime();
    const listener = vi.fn();
    phone.subscribe(listener);
    const parsers = await Promise.all([phone.load(site), phone.load(site)]);
    expect(parsers[0]).toBe(parsers[1]);
    expect(loaded.countries).toEqual(site);
    expect(loaded.parser).toBe(1);
    expect(listener).toHaveBeenCalledTimes(1);
    await phone.load(["FR"]);
    expect(loaded.countries).toEqual(site);
  });

  it("adds countries up: a second field's countries join the first's", async () => {
    const { runtime: phone, loaded } = runtime();
    const first = await phone.load(["FR"]);
    expect(phone.parser(["GB"])).toBeUndefined();
    const both = await phone.load(["GB"]);
    expect(both).not.toBe(first);
    expect(phone.parser(["FR", "GB"])).toBe(both);
    expect(both.parse("+33 6 12 34 56 78").ok).toBe(true);
    expect(both.parse("+44 7400 123456").ok).toBe(true);
    expect(loaded.parser).toBe(1);
  });

  it("loads the main country of a shared dialling code with the one asked for (GB with GG)", async () => {
    const { runtime: phone, loaded } = runtime();
    const parser = await phone.load(["GG"]);
    expect(loaded.countries).toEqual(["GG", "GB"]);
    expect(parser.formatNational("07781123456", "GG")).toBe("07781 123456");
    expect(parser.parse("07781 123456", { defaultCountry: "GG" })).toEqual(
      fullPhoneParser.parse("07781 123456", { defaultCountry: "GG" }),
    );
  });

  it("without countries (or with a code it does not know), loads every country, and then nothing more", async () => {
    const { runtime: phone, loaded } = runtime();
    const parser = await phone.load();
    expect(loaded.allCountries).toBe(1);
    expect(phone.parser()).toBe(parser);
    expect(phone.parser(["US", "JP"])).toBe(parser);
    expect(parser.parse("+1 415 555 2671", { requireMobile: false }).ok).toBe(true);
    expect(await phone.load(site)).toBe(parser);
    expect(loaded.countries).toEqual([]);
    const other = runtime();
    await other.runtime.load(["FR", "ZZ" as CountryCode]);
    expect(other.loaded).toMatchObject({ allCountries: 1, countries: [] });
  });

  it("rejects when a part fails to load, and tries again on the next call", async () => {
    let fail = true;
    const { runtime: phone } = runtime({
      parser: () => (fail ? Promise.reject(new Error("chunk failed")) : Promise.resolve(createPhoneParser)),
    });
    await expect(phone.load(site)).rejects.toThrow("chunk failed");
    expect(phone.latestParser()).toBeUndefined();
    fail = false;
    const parser = await phone.load(site);
    expect(phone.parser(site)).toBe(parser);
  });
});
