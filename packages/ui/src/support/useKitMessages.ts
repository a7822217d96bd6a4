import { type ErrorMessages, errorMessagesEn } from "@verify-kit/core/messages";
import { useUiLocale, useUiMessages } from "../messages/UiMessagesProvider.js";
import type { UiLocale } from "../messages/uiMessages.js";

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

/** `fill("{count} attempts left", { count: 2 })`: the values in place of their `{names}`. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The `one` or `other` form of a count in a language ("1 attempt", "2 attempts"; French "0 essai"). */
export function plural(locale: UiLocale, count: number, one: string, other: string): string {
  return fill(new Intl.PluralRules(locale).select(count) === "one" ? one : other, { count });
}
