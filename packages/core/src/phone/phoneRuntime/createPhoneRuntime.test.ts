import type { CountryCode } from "libphonenumber-js/core/es6";
import mobileExamples from "libphonenumber-js/mobile/examples";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPhoneParser } from "../createPhoneParser.js";
import { fullPhoneParser } from "../fullPhoneParser.js";
import * as countryMetadata from "../generated/countryPhoneMetadata.js";
import { createPhoneRuntime, type PhoneRuntimeParts } from "./createPhoneRuntime.js";
import type { PhoneMetadataLoader } from "./PhoneRuntime.js";

const site: CountryCode[] = ["FR", "BE", "CH", "LU", "GB"];

/** A runtime over the real parts, counting how often each is loaded. */
function runtime(parts: Partial<PhoneRuntimeParts> = {}) {
  const loaded = { parser: 0, allCountries: 0 };
  const made = createPhoneRuntime({
    parser: () => {
      loaded.parser += 1;
      return Promise.resolve(createPhoneParser);
    },
    allCountries: async () => {
      loaded.allCountries += 1;
      return (await import("libphonenumber-js/max/metadata")).default;
    },
    ...parts,
  });
  return { runtime: made, loaded };
}

/** An app's module re-exporting some countries of @verify-kit/core/phone-metadata. */
function countries(...codes: CountryCode[]): PhoneMetadataLoader & { calls: number } {
  const loader = Object.assign(
    () => {
      loader.calls += 1;
      // biome-ignore lint/performance/noDynamicNamespaceImportAccess: a test picks its countries by name
      return Promise.resolve(Object.fromEntries(codes.map((code) => [code, countryMetadata[code]])));
    },
    { calls: 0 },
  );
  return loader;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createPhoneRuntime", () => {
  it("has no parser before it is asked to load one", () => {
    const { runtime: phone, loaded } = runtime();
    expect(phone.parser(site)).toBeUndefined();
    expect(phone.latestParser()).toBeUndefined();
    expect(loaded).toEqual({ parser: 0, allCountries: 0 });
  });

  it("with a site's countries, loads those alone, and reads their numbers as the full metadata does", async () => {
    const { runtime: phone, loaded } = runtime();
    const parser = await phone.load(site, countries(...site));
    expect(loaded).toEqual({ parser: 1, allCountries: 0 });
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
    expect(parser.readInternational("447400123456", "FR")).toEqual({ country: "GB", national: "7400123456" });
    expect(parser.typedNumber("0612", "FR")).toBe("+33612");
  });

  it("loads each part once however many fields ask at once, and tells its listeners once", async () => {
    const { runtime: phone, loaded } = runtime();
    const listener = vi.fn();
    phone.subscribe(listener);
    const metadata = countries(...site);
    const parsers = await Promise.all([phone.load(site, metadata), phone.load(site, metadata)]);
    expect(parsers[0]).toBe(parsers[1]);
    expect(metadata.calls).toBe(1);
    expect(loaded.parser).toBe(1);
    expect(listener).toHaveBeenCalledTimes(1);
    await phone.load(["FR"], metadata);
    expect(metadata.calls).toBe(1);
  });

  it("adds countries up: a second field's countries join the first's", async () => {
    const { runtime: phone } = runtime();
    await phone.load(["FR"], countries("FR"));
    const both = await phone.load(["GB"], countries("GB"));
    expect(phone.parser(["FR", "GB"])).toBe(both);
    expect(both.parse("+33 6 12 34 56 78").ok).toBe(true);
    expect(both.parse("+44 7400 123456").ok).toBe(true);
  });

  it("without a site's metadata, or without countries, loads every country", async () => {
    const { runtime: phone, loaded } = runtime();
    const parser = await phone.load(site);
    expect(loaded.allCountries).toBe(1);
    expect(phone.parser()).toBe(parser);
    expect(phone.parser(["US", "JP"])).toBe(parser);
    expect(parser.parse("+1 415 555 2671", { requireMobile: false }).ok).toBe(true);
    await phone.load(undefined, countries("FR"));
    expect(loaded.allCountries).toBe(1);
  });

  it("loads every country, and says what to add, when a site's metadata lacks one (or the main one it shares)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { runtime: phone, loaded } = runtime();
    const parser = await phone.load(["GG", "FR"], countries("GG"));
    expect(loaded.allCountries).toBe(1);
    expect(phone.parser()).toBe(parser);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/lacks GB, FR/);
    expect(parser.formatNational("07781123456", "GG")).toBe("07781 123456");
  });

  it("rejects when a part fails to load, and tries again on the next call", async () => {
    let fail = true;
    const { runtime: phone } = runtime({
      parser: () => (fail ? Promise.reject(new Error("chunk failed")) : Promise.resolve(createPhoneParser)),
    });
    await expect(phone.load(site, countries(...site))).rejects.toThrow("chunk failed");
    expect(phone.latestParser()).toBeUndefined();
    fail = false;
    const parser = await phone.load(site, countries(...site));
    expect(phone.parser(site)).toBe(parser);
  });
});
