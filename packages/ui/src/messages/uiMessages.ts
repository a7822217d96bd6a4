import { type ErrorMessages, errorMessagesEn } from "@verify-kit/core/messages";
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

/** A language tag (`"en"`, `"fr"`, `"fr-CA"`): plural rules and country names follow it. */
export type UiLocale = string;

/**
 * Every string of the kit's components, each component's keys prefixed with its name, and the message of
 * every error code (keyed by the code: `pin_invalid`...). Override any of them with a `UiMessagesProvider`
 * (all components below it) or, for a component's own strings, its `messages` prop.
 */
export type UiMessages = PinInputMessages &
  PhoneFieldMessages &
  ConsentChannelsMessages &
  PhoneVerificationMessages &
  NumberVerificationMessages &
  ErrorMessages;

/**
 * A language for the components: its tag and all its strings. English is built in; other languages are
 * entry points of their own (`import { fr } from "@verify-kit/ui/locales/fr"`), so an app only loads the
 * ones it imports. Give one to `UiMessagesProvider`'s `locale`.
 */
export interface UiLocalePack {
  readonly locale: UiLocale;
  readonly messages: UiMessages;
}

/**
 * All the built-in (English) strings, for reference or for translating into a new pack. The components do
 * not import it: each takes only its own strings.
 */
export const uiMessages: UiMessages = {
  ...pinInputMessages,
  ...phoneFieldMessages,
  ...consentChannelsMessages,
  ...phoneVerificationMessages,
  ...numberVerificationMessages,
  ...errorMessagesEn,
};
