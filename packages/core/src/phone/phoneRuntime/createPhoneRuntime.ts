import type { CountryCode, MetadataJson } from "libphonenumber-js/core/es6";
import type { PhoneParser } from "../createPhoneParser.js";
import { countryCallingCodes, metadataVersion } from "../generated/countryCallingCodes.js";
import { isPhoneCountry, mainCountryOf } from "../phoneCountries.js";
import { setLatestPhoneParser } from "./latestPhoneParser.js";
import type { CountryPhoneMetadata, PhoneRuntime } from "./PhoneRuntime.js";

/** What a runtime loads its parts with: dynamic imports in a browser, whatever a test gives. */
export interface PhoneRuntimeParts {
  /** libphonenumber-js and the kit's rules over it. */
  readonly parser: () => Promise<(metadata: MetadataJson) => PhoneParser>;
  /** The full metadata: every country. */
  readonly allCountries: () => Promise<MetadataJson>;
  /** One country's numbering plan. */
  readonly country: (country: CountryCode) => Promise<CountryPhoneMetadata>;
}

/**
 * A runtime that loads its parts when first asked and keeps them. Countries add up: a page with two fields
 * of different countries ends with one parser knowing both.
 */
export function createPhoneRuntime(parts: PhoneRuntimeParts): PhoneRuntime {
  const listeners = new Set<() => void>();
  // In flight or done, by what is loaded: "all", "parser", or a country. Forgotten when they fail, to be
  // tried again.
  const loads = new Map<string, Promise<unknown>>();
  const plans: Partial<Record<CountryCode, CountryPhoneMetadata>> = {};
  let everyCountry = false;
  let current: PhoneParser | undefined;
  // The countries `current` was built with.
  let covered: ReadonlySet<string> = new Set();

  const covers = (countries: readonly CountryCode[] | undefined) =>
    everyCountry || countries?.every((country) => covered.has(country)) === true;

  function parser(countries?: readonly CountryCode[]) {
    return covers(countries) ? current : undefined;
  }

  function publish(next: PhoneParser) {
    current = next;
    setLatestPhoneParser(next);
    for (const listener of listeners) listener();
    return next;
  }

  function once<T>(key: string, start: () => Promise<T>): Promise<T> {
    let loading = loads.get(key) as Promise<T> | undefined;
    if (loading === undefined) {
      loading = start();
      loads.set(key, loading);
      loading.catch(() => loads.delete(key));
    }
    return loading;
  }

  const loadParser = () => once("parser", parts.parser);

  const loadAll = () =>
    once("all", async () => {
      const [create, metadata] = await Promise.all([loadParser(), parts.allCountries()]);
      const made = create(metadata);
      everyCountry = true;
      return publish(made);
    });

  async function loadSome(countries: readonly CountryCode[]): Promise<PhoneParser> {
    // A country that shares a dialling code takes its formats from the main one (GG from GB): both needed.
    const needed = [...new Set(countries.flatMap((country) => [country, mainCountryOf(country)]))];
    const [create] = await Promise.all([
      loadParser(),
      ...needed.map((country) =>
        once(country, async () => {
          plans[country] = await parts.country(country);
        }),
      ),
    ]);
    // Another load may have published a parser over these countries meanwhile (or over every country).
    const ready = parser(countries);
    if (ready !== undefined) return ready;
    const made = create(someCountries());
    covered = new Set(Object.keys(plans));
    return publish(made);
  }

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
    load(countries) {
      const ready = parser(countries);
      if (ready !== undefined) return Promise.resolve(ready);
      // An unknown code would never load: every country then, which knows it is not one.
      if (countries === undefined || !countries.every(isPhoneCountry)) return loadAll();
      return loadSome(countries);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
