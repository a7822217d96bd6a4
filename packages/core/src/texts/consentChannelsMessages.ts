/** The strings of `ConsentChannels` and `ConsentChannelsField`. */
export interface ConsentChannelsMessages {
  /** The list's accessible name. */
  readonly consentTitle: string;
  readonly consentPhone: string;
  readonly consentPost: string;
  readonly consentSms: string;
  readonly consentEmail: string;
  /** Said after a channel the user agreed to. */
  readonly consentGranted: string;
  /** Said after a channel the user did not agree to. */
  readonly consentNotGranted: string;
  /** The legend of the checkboxes. */
  readonly consentFieldLegend: string;
  /** Under the legend, before any choice. */
  readonly consentFieldHint: string;
}

/** The built-in strings of the consent components, in English (French: `@verify-kit/core/texts/fr`). */
export const consentChannelsMessages: ConsentChannelsMessages = {
  consentTitle: "Contact preferences",
  consentPhone: "Phone calls",
  consentPost: "Post",
  consentSms: "Text messages (SMS)",
  consentEmail: "Email",
  consentGranted: "allowed",
  consentNotGranted: "not allowed",
  consentFieldLegend: "How may we contact you?",
  consentFieldHint: "Choose at least one.",
};
