import {
  type ConsentChannelsMessages,
  consentChannelsMessages,
} from "../consentChannels/consentChannelsMessages.js";
import {
  type NumberVerificationMessages,
  numberVerificationMessages,
} from "../numberVerification/numberVerificationMessages.js";
import { type PhoneFieldMessages, phoneFieldMessages } from "../phoneField/phoneFieldMessages.js";
import {
  type PhoneVerificationMessages,
  phoneVerificationMessages,
} from "../phoneVerification/phoneVerificationMessages.js";
import { type PinInputMessages, pinInputMessages } from "../pinInput/pinInputMessages.js";

/** Languages the kit's components speak. */
export type UiLocale = "en" | "fr";

/** A component's strings in every locale of the kit. */
export type LocalizedMessages<T> = Readonly<Record<UiLocale, T>>;

/**
 * Every string of the kit's components, each component's keys prefixed with its name. Override any of them
 * with a `UiMessagesProvider` (all components below it) or a component's `messages` prop.
 */
export type UiMessages = PinInputMessages &
  PhoneFieldMessages &
  ConsentChannelsMessages &
  PhoneVerificationMessages &
  NumberVerificationMessages;

/**
 * All the built-in strings, per locale, for reference or for translating. The components do not import it:
 * each takes only its own strings, so an app pays for the ones it renders.
 */
export const uiMessages: LocalizedMessages<UiMessages> = {
  en: {
    ...pinInputMessages.en,
    ...phoneFieldMessages.en,
    ...consentChannelsMessages.en,
    ...phoneVerificationMessages.en,
    ...numberVerificationMessages.en,
  },
  fr: {
    ...pinInputMessages.fr,
    ...phoneFieldMessages.fr,
    ...consentChannelsMessages.fr,
    ...phoneVerificationMessages.fr,
    ...numberVerificationMessages.fr,
  },
};
