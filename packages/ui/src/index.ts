export type { PinChangeDetails, PinInputSource, PinInvalidDetails } from "@verify-kit/react";
export type { UiMessagesProviderProps } from "./messages/UiMessagesProvider.js";
export { UiMessagesProvider, useUiLocale, useUiMessages } from "./messages/UiMessagesProvider.js";
export type { LocalizedMessages, UiLocale, UiMessages } from "./messages/uiMessages.js";
export { uiMessages } from "./messages/uiMessages.js";
export type { PinInputChangeEvent, PinInputProps } from "./pinInput/PinInput.js";
export { PinInput } from "./pinInput/PinInput.js";
export type { PinInputMessages } from "./pinInput/pinInputMessages.js";
export { pinInputMessages } from "./pinInput/pinInputMessages.js";
