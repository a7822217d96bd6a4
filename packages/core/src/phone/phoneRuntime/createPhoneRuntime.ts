import type { CountryCode, MetadataJson } from "libphonenumber-js/core/es6";
import type { PhoneParser } from "../createPhoneParser.js";
import { countryCallingCodes, metadataVersion } from "../generated/countryCallingCodes.js";
import { isPhoneCountry, mainCountryOf } from "../phoneCountries.js";
import type { CountryPhoneMetadata, PhoneMetadataLoader, PhoneRuntime } from "./PhoneRuntime.js";

/** What a runtime loads its parts with: dynamic imports in a browser, whatever a test gives. */
export interface PhoneRuntimeParts {
  /** libphonenumber-js and the kit's rules over it. */
  readonly parser: () => Promise<(metadata: MetadataJson) => PhoneParser>;
  /** The full metadata: every country. */
  readonly allCountries: () => Promise<MetadataJson>;
}

/**
 * A runtime that loads its parts when first asked and keeps them. Countries add up: a page with two fields
 * of different countries ends with one parser knowing both.
 */
export function createPhoneRuntime(parts: PhoneRuntimeParts): PhoneRuntime {
  const listeners = new Set<() => void>();
  // In flight, by what is loaded: "all", or an app's loader. Forgotten when they fail, to be tried again.
  const loads = new Map<PhoneMetadataLoader | "all", Promise<PhoneParser>>();
  const plans: Partial<Record<CountryCode, CountryPhoneMetadata>> = {};
  let everyCountry = false;
  let current: PhoneParser | undefined;

  const covers = (countries: readonly CountryCode[] | undefined) =>
    everyCountry || countries?.every((country) => plans[country] !== undefined) === true;

  function parser(countries?: readonly CountryCode[]) {
    return covers(countries) ? current : undefined;
  }

  function publish(next: PhoneParser) {
    current = next;
    for (const listener of listeners) listener();
    return next;
  }

  function once(key: PhoneMetadataLoader | "all", start: () => Promise<PhoneParser>) {
    let loading = loads.get(key);
    if (loading === undefined) {
      loading = start();
      loads.set(key, loading);
      loading.catch(() => loads.delete(key));
    }
    return loading;
  }

  const loadAll = () =>
    once("all", async () => {
      const [create, metadata] = await Promise.all([parts.parser(), parts.allCountries()]);
      everyCountry = true;
      return publish(create(metadata));
    });

  const loadSome = (countries: readonly CountryCode[], metadata: PhoneMetadataLoader) =>
    once(metadata, async () => {
      const [create, loaded] = await Promise.all([parts.parser(), metadata()]);
      for (const [country, plan] of Object.entries(loaded)) {
        if (isPhoneCountry(country) && Array.isArray(plan)) plans[country] = plan;
      }
      return everyCountry ? (current as PhoneParser) : publish(create(someCountries()));
    }).then((loaded) => {
      // A country that shares a dialling code takes its formats from the main one (GG from GB): both needed.
      const missing = [...new Set(countries.flatMap((country) => [country, mainCountryOf(country)]))].filter(
        (country) => plans[country] === undefined,
      );
      if (missing.length === 0 || everyCountry) return loaded;
      console.warn(
        `verify-kit: the phone metadata given lacks ${missing.join(", ")}; every country is loaded instead. ` +
          `Add them to the module's re-exports from @verify-kit/core/phone-metadata.`,
      );
      return loadAll();
    });

  /** libphonenumber-js's metadata of the countries loaded so far. */
  function someCountries(): MetadataJson {
    const callingCodes: Record<string, CountryCode[]> = {};
    for (const [callingCode, countries] of Object.entries(countryCallingCodes)) {
      const loaded = countries.filter((country) => plans[country] !== undefined);
      if (loaded.length > 0) callingCodes[callingCode] = loaded;
    }
    return {
      version: metadataVersion,
      country_calling_codes: callingCodes,
      countries: { ...plans },
      nonGeographic: {},
    };
  }

  return {
    parser,
    latestParser: () => current,
    load(countries, metadata) {
      const ready = parser(countries);
      if (ready !== undefined) return Promise.resolve(ready);
      return countries === undefined || metadata === undefined ? loadAll() : loadSome(countries, metadata);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
