import { type UiLocalePack, uiMessages } from "../messages/uiMessages.js";

/**
 * English, the built-in language, as a pack: for a language switcher, or English inside a provider of
 * another language. `<UiMessagesProvider locale={en}>`.
 */
export const en: UiLocalePack = { locale: "en", messages: uiMessages };
