import type { ErrorCode } from "../errors/errorCatalogue.js";
import type { Locale } from "../errors/locale.js";
import { type ErrorMessages, errorMessagesEn } from "./errorMessagesEn.js";
import { errorMessagesFr } from "./errorMessagesFr.js";

export type { ErrorMessages } from "./errorMessagesEn.js";
export { errorMessagesEn } from "./errorMessagesEn.js";
export { errorMessagesFr } from "./errorMessagesFr.js";
export { frenchTypographyProblems, narrowNoBreakSpace } from "./frenchTypography.js";

/** The message of every error code, in every language of the kit (for servers, logs, translators). */
export const errorMessages: Readonly<Record<Locale, ErrorMessages>> = {
  en: errorMessagesEn,
  fr: errorMessagesFr,
};

/** The message of an error code in a language. */
export function errorMessage(code: ErrorCode, locale: Locale): string {
  return errorMessages[locale][code];
}
