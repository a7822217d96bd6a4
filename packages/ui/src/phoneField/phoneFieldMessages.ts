import type { LocalizedMessages } from "../messages/uiMessages.js";

/** The strings of `PhoneField`. Its validation messages come from the error catalogue of `@verify-kit/core`. */
export interface PhoneFieldMessages {
  /** The number's visible label when no `label` is given. */
  readonly phoneFieldLabel: string;
  /** The country picker's accessible name. */
  readonly phoneFieldCountry: string;
  /** Each country in the picker: `{country}` is its name in the current language, `{code}` its dialling code. */
  readonly phoneFieldCountryOption: string;
}

/** The built-in strings of `PhoneField`, per locale. */
export const phoneFieldMessages: LocalizedMessages<PhoneFieldMessages> = {
  en: {
    phoneFieldLabel: "Mobile number",
    phoneFieldCountry: "Country",
    phoneFieldCountryOption: "{country} (+{code})",
  },
  fr: {
    phoneFieldLabel: "Numéro de mobile",
    phoneFieldCountry: "Pays",
    phoneFieldCountryOption: "{country} (+{code})",
  },
};
