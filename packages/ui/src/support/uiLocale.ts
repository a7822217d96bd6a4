import type { LocalizedMessages, UiLocale } from "../messages/uiMessages.js";
import { useUiMessages } from "../messages/UiMessagesProvider.js";

const localeTable: LocalizedMessages<{ readonly vkLocale: UiLocale }> = {
  en: { vkLocale: "en" },
  fr: { vkLocale: "fr" },
};

/** The language of the surrounding `UiMessagesProvider` ("en" without one). */
export function useUiLocale(): UiLocale {
  return useUiMessages(localeTable).vkLocale;
}
