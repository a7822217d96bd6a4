// The UI texts of the kit, framework-free: English built in (`uiMessages`, `en`), French on the subpath
// `@verify-kit/core/texts/fr`, and the helpers every UI words its sentences with.
export type { ConsentChannelsMessages } from "./consentChannelsMessages.js";
export { consentChannelsMessages } from "./consentChannelsMessages.js";
export { displayPhone } from "./displayPhone.js";
export type { NumberVerificationMessages } from "./numberVerificationMessages.js";
export { numberVerificationMessages } from "./numberVerificationMessages.js";
export type { PhoneFieldMessages } from "./phoneFieldMessages.js";
export { phoneFieldMessages } from "./phoneFieldMessages.js";
export type { PhoneVerificationMessages } from "./phoneVerificationMessages.js";
export { phoneVerificationMessages } from "./phoneVerificationMessages.js";
export type { PinInputMessages } from "./pinInputMessages.js";
export { pinInputMessages } from "./pinInputMessages.js";
export {
  clock,
  errorText,
  errorWithWaitText,
  fill,
  inTime,
  plural,
  timeOfDay,
  waitText,
} from "./textFormat.js";
export type { UiLocale, UiLocalePack, UiMessages } from "./uiMessages.js";
export { en, uiMessages } from "./uiMessages.js";
