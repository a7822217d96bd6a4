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
  NumberType,
  ParseDqePhoneOptions,
  ParsePhoneOptions,
  PhoneNumber,
} from "./phone/index.js";
export {
  countryToIso3,
  dqeToE164,
  e164ToDqe,
  iso3ToCountry,
  normalizeDigits,
  parseDqePhone,
  parsePhone,
} from "./phone/index.js";
