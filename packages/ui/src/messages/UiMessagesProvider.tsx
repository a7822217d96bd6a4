import { createContext, type ReactNode, useContext } from "react";
import type { LocalizedMessages, UiLocale, UiMessages } from "./uiMessages.js";

export interface UiMessagesProviderProps {
  /** The language of the components below. @default the surrounding provider's, else "en" */
  readonly locale?: UiLocale | undefined;
  /** Strings to use instead of the built-in ones (merged over the surrounding provider's). */
  readonly messages?: Partial<UiMessages> | undefined;
  readonly children?: ReactNode;
}

interface UiMessagesContextValue {
  readonly locale: UiLocale;
  readonly messages: Partial<UiMessages>;
}

const UiMessagesContext = createContext<UiMessagesContextValue>({ locale: "en", messages: {} });

/** Sets the language of the components below, and any strings of their own. Providers nest. */
export function UiMessagesProvider({ locale, messages, children }: UiMessagesProviderProps) {
  const parent = useContext(UiMessagesContext);
  const value = { locale: locale ?? parent.locale, messages: { ...parent.messages, ...messages } };
  return <UiMessagesContext value={value}>{children}</UiMessagesContext>;
}

/** The language of the surrounding `UiMessagesProvider` ("en" without one). */
export function useUiLocale(): UiLocale {
  return useContext(UiMessagesContext).locale;
}

/**
 * A component's strings in force: its built-in ones in the provider's locale, then the providers'
 * overrides, then the component's own `overrides`.
 */
export function useUiMessages<T extends object>(defaults: LocalizedMessages<T>, overrides?: Partial<T>): T {
  const { locale, messages } = useContext(UiMessagesContext);
  return { ...defaults[locale], ...(messages as Partial<T>), ...overrides };
}
