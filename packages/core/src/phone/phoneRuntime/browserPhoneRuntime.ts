import { createPhoneRuntime } from "./createPhoneRuntime.js";
import { loadCountryPlan } from "./loadCountryPlan.js";

/**
 * The page's phone runtime in a browser: libphonenumber-js, the full metadata and each country's numbering
 * plan are chunks of their own, loaded on the first `load()` (a phone field asks when it is focused, typed
 * into, or the browser is idle).
 */
export const phoneRuntime = createPhoneRuntime({
  parser: () => import("../createPhoneParser.js").then((module) => module.createPhoneParser),
  allCountries: () => import("libphonenumber-js/max/metadata").then((module) => module.default),
  country: loadCountryPlan,
});
export type { PhoneRuntimeParts } from "./createPhoneRuntime.js";
export { createPhoneRuntime } from "./createPhoneRuntime.js";
export type { CountryPhoneMetadata, PhoneRuntime } from "./PhoneRuntime.js";
