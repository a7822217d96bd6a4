export type {
  RequestOptions,
  VerifyApiClient,
  VerifyApiClientOptions,
} from "./api/createVerifyApiClient.js";
export { createVerifyApiClient } from "./api/createVerifyApiClient.js";
export type {
  ApiErrorBody,
  ApiErrorEnvelope,
  CheckPinBody,
  NumberVerifyStarted,
  NumberVerifyStatus,
  PinCheckAnswer,
  PinRejectedAnswer,
  PinSent,
  PinVerifiedAnswer,
  ResendPinBody,
  SandboxCheckBehaviour,
  SandboxSms,
  SandboxSmsBehaviour,
  SandboxTestNumberInfo,
  SendPinBody,
  StartNumberVerifyBody,
  VerifyApiConfig,
  VerifyApiLimits,
} from "./api/verifyApiTypes.js";
export type { ConsentChannel, ConsentChannels } from "./consent/ConsentChannels.js";
export { consentChannelNames, hasAnyConsent } from "./consent/ConsentChannels.js";
export type { ErrorCode, ErrorInfo } from "./errors/errorCatalogue.js";
export { errorCatalogue, isErrorCode } from "./errors/errorCatalogue.js";
export type { Locale, Localized } from "./errors/locale.js";
export { locales } from "./errors/locale.js";
export type { Outcome } from "./errors/Outcome.js";
export { failure, success } from "./errors/Outcome.js";
export type { DqeEndpoint, VerifyErrorDetails } from "./errors/VerifyError.js";
export { VerifyError } from "./errors/VerifyError.js";
export type {
  CountryCode,
  CountryPhoneMetadata,
  InternationalReading,
  NumberType,
  ParseDqePhoneOptions,
  ParsePhoneOptions,
  PhoneNumber,
  PhoneParser,
  PhoneRuntime,
  PhoneRuntimeParts,
} from "./phone/index.js";
export {
  callingCodeOf,
  countriesOfNumber,
  countryToIso3,
  createPhoneParser,
  createPhoneRuntime,
  dqeToE164,
  e164ToDqe,
  iso3ToCountry,
  isPhoneCountry,
  loadCountryPlan,
  mainCountryOf,
  normalizeDigits,
  parseDqePhone,
  parsePhone,
  phoneCountries,
} from "./phone/index.js";
