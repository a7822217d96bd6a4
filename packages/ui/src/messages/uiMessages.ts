import { type PinInputMessages, pinInputMessages } from "../pinInput/pinInputMessages.js";

/** Languages the kit's components speak. */
export type UiLocale = "en" | "fr";

/** A component's strings in every locale of the kit. */
export type LocalizedMessages<T> = Readonly<Record<UiLocale, T>>;

/**
 * Every string of the kit's components, each component's keys prefixed with its name. Override any of them
 * with a `UiMessagesProvider` (all components below it) or a component's `messages` prop.
 */
export type UiMessages = PinInputMessages;

/**
 * All the built-in strings, per locale, for reference or for translating. The components do not import it:
 * each takes only its own strings, so an app pays for the ones it renders.
 */
export const uiMessages: LocalizedMessages<UiMessages> = {
  en: { ...pinInputMessages.en },
  fr: { ...pinInputMessages.fr },
};
