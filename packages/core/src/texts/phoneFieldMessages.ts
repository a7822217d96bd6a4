/** The strings of `PhoneField`. Its validation messages are those of their error codes (`UiMessages`). */
export interface PhoneFieldMessages {
  /** The number's visible label when no `label` is given. */
  readonly phoneFieldLabel: string;
  /** The country picker's accessible name. */
  readonly phoneFieldCountry: string;
  /** Each country in the picker: `{country}` is its name in the current language, `{code}` its dialling code. */
  readonly phoneFieldCountryOption: string;
  /**
   * Under the field's error, when the number is not one of the country picked but is a mobile number of the
   * page's or the previously picked country: `{country}` is that country as the picker names it.
   */
  readonly phoneFieldOtherCountry: string;
}

/** The built-in strings of `PhoneField`, in English (French: `@verify-kit/core/texts/fr`). */
export const phoneFieldMessages: PhoneFieldMessages = {
  phoneFieldLabel: "Mobile number",
  phoneFieldCountry: "Country",
  phoneFieldCountryOption: "{country} (+{code})",
  phoneFieldOtherCountry:
    "It is a valid mobile number in another country: {country}. Choose that country in the list.",
};
