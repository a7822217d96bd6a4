import { createPhoneRuntime } from "./createPhoneRuntime.js";

/**
 * The page's phone runtime in a browser: libphonenumber-js and its metadata are chunks of their own, loaded
 * on the first `load()` (a phone field asks when it is focused, typed into, or the browser is idle).
 */
export const phoneRuntime = createPhoneRuntime({
  parser: () => import("../createPhoneParser.js").then((module) => module.createPhoneParser),
  allCountries: () => import("libphonenumber-js/max/metadata").then((module) => module.default),
});

export type { PhoneRuntimeParts } from "./createPhoneRuntime.js";
export { createPhoneRuntime } from "./createPhoneRuntime.js";
export type { CountryPhoneMetadata, PhoneMetadataLoader, PhoneRuntime } from "./PhoneRuntime.js";
