export type { CountryCode, NumberType } from "libphonenumber-js/core/es6";
export { countryToIso3, iso3ToCountry } from "./countryIso3.js";
export type { InternationalReading, PhoneParser } from "./createPhoneParser.js";
export { createPhoneParser } from "./createPhoneParser.js";
export { normalizeDigits } from "./normalizeDigits.js";
export type { PhoneNumber } from "./PhoneNumber.js";
export type { ParseDqePhoneOptions } from "./parseDqePhone.js";
export { parseDqePhone } from "./parseDqePhone.js";
export type { ParsePhoneOptions } from "./parsePhone.js";
export { parsePhone } from "./parsePhone.js";
export {
  callingCodeOf,
  countriesOfNumber,
  isPhoneCountry,
  mainCountryOf,
  phoneCountries,
} from "./phoneCountries.js";
export { dqeToE164, e164ToDqe } from "./phoneFormats.js";
export type { PhoneRuntimeParts } from "./phoneRuntime/createPhoneRuntime.js";
export { createPhoneRuntime } from "./phoneRuntime/createPhoneRuntime.js";
export { loadCountryPlan } from "./phoneRuntime/loadCountryPlan.js";
export type { CountryPhoneMetadata, PhoneRuntime } from "./phoneRuntime/PhoneRuntime.js";
