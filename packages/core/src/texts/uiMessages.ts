import type { ErrorMessages } from "../messages/errorMessagesEn.js";
import { errorMessagesEn } from "../messages/errorMessagesEn.js";
import { type ConsentChannelsMessages, consentChannelsMessages } from "./consentChannelsMessages.js";
import { type NumberVerificationMessages, numberVerificationMessages } from "./numberVerificationMessages.js";
import { type PhoneFieldMessages, phoneFieldMessages } from "./phoneFieldMessages.js";
import { type PhoneVerificationMessages, phoneVerificationMessages } from "./phoneVerificationMessages.js";
import { type PinInputMessages, pinInputMessages } from "./pinInputMessages.js";

/** A language tag (`"en"`, `"fr"`, `"fr-CA"`): plural rules and country names follow it. */
export type UiLocale = string;

/**
 * Every string of the kit's UIs (the React components, the custom elements), each part's keys prefixed with
 * its name, and the message of every error code (keyed by the code: `pin_invalid`...).
 */
export type UiMessages = PinInputMessages &
  PhoneFieldMessages &
  ConsentChannelsMessages &
  PhoneVerificationMessages &
  NumberVerificationMessages &
  ErrorMessages;

/**
 * A language for the UIs: its tag and all its strings. English is built in; other languages are entry
 * points of their own (`import { fr } from "@verify-kit/core/texts/fr"`), so an app only loads the ones it
 * imports.
 */
export interface UiLocalePack {
  readonly locale: UiLocale;
  readonly messages: UiMessages;
}

/**
 * All the built-in (English) strings, for reference or for translating into a new pack. A UI part need not
 * import it: each part's own table is exported apart.
 */
export const uiMessages: UiMessages = {
  ...pinInputMessages,
  ...phoneFieldMessages,
  ...consentChannelsMessages,
  ...phoneVerificationMessages,
  ...numberVerificationMessages,
  ...errorMessagesEn,
};

/** English, the built-in language, as a pack (for a language switcher, or English inside another). */
export const en: UiLocalePack = { locale: "en", messages: uiMessages };
