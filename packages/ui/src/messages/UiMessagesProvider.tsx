import type { UiLocale, UiLocalePack, UiMessages } from "@verify-kit/core/texts";
import { createContext, type ReactNode, useContext } from "react";

export interface UiMessagesProviderProps {
  /**
   * The language of the components below: a pack (`fr` of `@verify-kit/ui/locales/fr`) for its strings and
   * tag, or a tag alone, which changes only plural rules and country names. @default the surrounding
   * provider's, else English
   */
  readonly locale?: UiLocalePack | UiLocale | undefined;
  /** Strings to use instead of the pack's or the built-in ones (merged over the surrounding provider's). */
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
  const pack = typeof locale === "object" ? locale : undefined;
  const value = {
    locale: pack?.locale ?? locale ?? parent.locale,
    messages: { ...parent.messages, ...pack?.messages, ...messages },
  } as UiMessagesContextValue;
  // `.Provider`: React 18 has no context-as-provider.
  return <UiMessagesContext.Provider value={value}>{children}</UiMessagesContext.Provider>;
}

/** The language of the surrounding `UiMessagesProvider` ("en" without one). */
export function useUiLocale(): UiLocale {
  return useContext(UiMessagesContext).locale;
}

/**
 * A component's strings in force: its built-in (English) ones, then the providers' pack and overrides,
 * then the component's own `overrides`.
 */
export function useUiMessages<T extends object>(defaults: T, overrides?: Partial<T>): T {
  return { ...defaults, ...(useContext(UiMessagesContext).messages as Partial<T>), ...overrides };
}
