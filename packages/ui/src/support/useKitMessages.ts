import { type ErrorMessages, errorMessagesEn } from "@verify-kit/core/messages";
import type { UiLocale } from "@verify-kit/core/texts";
import { useUiLocale, useUiMessages } from "../messages/UiMessagesProvider.js";

/**
 * A component's strings in force, with every error's message (built-in English, then what the providers
 * set, then its `messages` prop), and the provider's language, for `Intl`.
 */
export function useKitMessages<T extends object>(
  table: T,
  overrides?: Partial<T>,
): { readonly messages: T & ErrorMessages; readonly locale: UiLocale } {
  return {
    messages: useUiMessages<T & ErrorMessages>(
      { ...errorMessagesEn, ...table },
      overrides as Partial<T & ErrorMessages>,
    ),
    locale: useUiLocale(),
  };
}
