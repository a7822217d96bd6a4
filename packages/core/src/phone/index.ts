export type { CountryCode, NumberType } from "libphonenumber-js/max";
export { countryToIso3, iso3ToCountry } from "./countryIso3.js";
export { normalizeDigits } from "./normalizeDigits.js";
export type { PhoneNumber } from "./PhoneNumber.js";
export type { ParseDqePhoneOptions } from "./parseDqePhone.js";
export { parseDqePhone } from "./parseDqePhone.js";
export type { ParsePhoneOptions } from "./parsePhone.js";
export { parsePhone } from "./parsePhone.js";
export { dqeToE164, e164ToDqe } from "./phoneFormats.js";
