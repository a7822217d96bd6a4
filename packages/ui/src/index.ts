export type {
  ConsentChannelsMessages,
  NumberVerificationMessages,
  PhoneFieldMessages,
  PhoneVerificationMessages,
  PinInputMessages,
  UiLocale,
  UiLocalePack,
  UiMessages,
} from "@verify-kit/core/texts";
export {
  consentChannelsMessages,
  numberVerificationMessages,
  phoneFieldMessages,
  phoneVerificationMessages,
  pinInputMessages,
  uiMessages,
} from "@verify-kit/core/texts";
export type { PinChangeDetails, PinInputSource, PinInvalidDetails } from "@verify-kit/react";
export type { ConsentChannelsProps } from "./consentChannels/ConsentChannels.js";
export { ConsentChannels } from "./consentChannels/ConsentChannels.js";
export type { ConsentChannelsFieldProps } from "./consentChannels/ConsentChannelsField.js";
export { ConsentChannelsField } from "./consentChannels/ConsentChannelsField.js";
export type { UiMessagesProviderProps } from "./messages/UiMessagesProvider.js";
export { UiMessagesProvider, useUiLocale, useUiMessages } from "./messages/UiMessagesProvider.js";
export type { NumberVerificationProps } from "./numberVerification/NumberVerification.js";
export { NumberVerification } from "./numberVerification/NumberVerification.js";
export type { PhoneFieldChangeEvent, PhoneFieldProps } from "./phoneField/PhoneField.js";
export { PhoneField } from "./phoneField/PhoneField.js";
export type { ConsentMode, PhoneVerificationProps } from "./phoneVerification/PhoneVerification.js";
export { PhoneVerification } from "./phoneVerification/PhoneVerification.js";
export type { PinInputChangeEvent, PinInputProps } from "./pinInput/PinInput.js";
export { PinInput } from "./pinInput/PinInput.js";
export type { HeadingLevel } from "./support/flowParts.js";
