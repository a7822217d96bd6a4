import type { CountryCode } from "libphonenumber-js/core/es6";
import type { CountryPhoneMetadata } from "./PhoneRuntime.js";

/**
 * One country's numbering plan (every number type), generated at build time from libphonenumber-js's full
 * metadata: a chunk of its own per country, loaded when asked for. The `country` part of a phone runtime.
 */
export async function loadCountryPlan(country: CountryCode): Promise<CountryPhoneMetadata> {
  const { countryPlanLoaders } = await import("../generated/countryPlanLoaders.js");
  const load = countryPlanLoaders[country];
  if (load === undefined) throw new Error(`no numbering plan for ${country}`);
  return (await load()).default;
}
