import { smsTextProblems } from "@verify-kit/core/dqe";
import { matchLanguage } from "./preferredLanguages.js";

/** What the server decides about the SMS, never the browser. */
export interface SmsSettings {
  /** DQE's `Company`: the SMS sender name, 3 to 11 characters. */
  readonly company: string;
  /**
   * DQE's `Custom_sms`, the text before the PIN, in `smsLocale`'s language: the SMS of any language without
   * a text of its own. At most 125 characters, of `smsTextCharacters` only (DQE's "no special characters":
   * no accents).
   */
  readonly smsText: string;
  /** The language of `smsText`, a BCP 47 tag. @default "en" */
  readonly smsLocale?: string | undefined;
  /**
   * `Custom_sms` in other languages, by BCP 47 tag, under the same rules: `{ fr: "Votre code de confirmation :" }`.
   * An SMS is written in the page's language (`locale` of the send), else in the first of the browser's
   * `Accept-Language` there is a text for, else in `smsLocale`'s. @default none
   */
  readonly smsTexts?: Readonly<Record<string, string>> | undefined;
  /**
   * WebOTP, opt-in: every text ends with ` @host #`, so that DQE's PIN right after the `#` makes the SMS's
   * last words `@host #123456`, which Chrome on Android offers to the page of this host (no port). Counted in
   * the 125 characters. Off by default: whether DQE appends the PIN straight after a `#` is not verified.
   */
  readonly webOtpHost?: string | undefined;
  /** DQE's `Duration`: PIN lifetime in minutes. */
  readonly pinDurationMin: number;
  /** A shorter lifetime enforced by the server, in seconds (tests, stricter policies). */
  readonly pinTtlS?: number | undefined;
}

/** The texts of `apiSetupFromEnv` and `createSandboxedApi` when none is set: plain ASCII, as DQE wants. */
export const defaultSmsTexts = {
  en: "Your verification code:",
  fr: "Votre code de confirmation :",
} as const satisfies Readonly<Record<string, string>>;

export const defaultSmsLocale = "en";

/** How each SMS setting is called where it was given: option names, or environment variables. */
export interface SmsSettingNames {
  readonly company: string;
  readonly smsText: string;
  readonly smsLocale: string;
  readonly smsTextOf: (language: string) => string;
  readonly webOtpHost: string;
}

export const smsOptionNames: SmsSettingNames = {
  company: "sms.company",
  smsText: "sms.smsText",
  smsLocale: "sms.smsLocale",
  smsTextOf: (language) => `sms.smsTexts.${language}`,
  webOtpHost: "sms.webOtpHost",
};

export const smsEnvNames: SmsSettingNames = {
  company: "DQE_COMPANY",
  smsText: "DQE_SMS_TEXT",
  smsLocale: "DQE_SMS_LOCALE",
  smsTextOf: (language) => `DQE_SMS_TEXT_${language.toUpperCase().replaceAll("-", "_")}`,
  webOtpHost: "DQE_SMS_WEBOTP_HOST",
};

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
// Chrome's WebOTP parser reads the host as [A-Za-z0-9.-]+: no port, no other character.
const WEBOTP_HOST = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;

/** Every language's text as given, by lower-case tag, the default's first; with the setting that gave it. */
function givenTexts(sms: SmsSettings, names: SmsSettingNames) {
  const texts = [
    { language: (sms.smsLocale ?? defaultSmsLocale).toLowerCase(), text: sms.smsText, name: names.smsText },
  ];
  for (const [language, text] of Object.entries(sms.smsTexts ?? {})) {
    texts.push({ language: language.toLowerCase(), text, name: names.smsTextOf(language) });
  }
  return texts;
}

const withWebOtp = (text: string, host: string | undefined) =>
  host === undefined ? text : `${text} @${host} #`;

/**
 * Every problem of the SMS settings (the sender's name, each language's text against DQE's 125 characters and
 * "no special characters", WebOTP ending included), each naming its setting, so that a start fails once with
 * all of them.
 */
export function smsSettingsProblems(sms: SmsSettings, names: SmsSettingNames): string[] {
  const problems: string[] = [];
  const company = sms.company.trim();
  if (company.length < 3 || company.length > 11) {
    problems.push(`${names.company} must be 3 to 11 characters (the SMS sender), got "${sms.company}"`);
  }
  if (sms.webOtpHost !== undefined && !WEBOTP_HOST.test(sms.webOtpHost)) {
    problems.push(
      `${names.webOtpHost} must be a host name such as shop.example (letters, digits, dots and dashes; no ` +
        `scheme, no port), got "${sms.webOtpHost}"`,
    );
  }
  const seen = new Map<string, string>();
  for (const { language, text, name } of givenTexts(sms, names)) {
    if (!LANGUAGE_TAG.test(language)) {
      problems.push(
        `${name === names.smsText ? names.smsLocale : name}: "${language}" is not a language tag`,
      );
    }
    const other = seen.get(language);
    if (other !== undefined) problems.push(`${other} and ${name} are both the text for "${language}"`);
    seen.set(language, name);
    const ending = sms.webOtpHost === undefined ? "" : ` with the WebOTP ending " @${sms.webOtpHost} #"`;
    for (const problem of smsTextProblems(withWebOtp(text, sms.webOtpHost))) {
      problems.push(`${name}${ending} ${problem}`);
    }
  }
  return problems;
}

/** The `Custom_sms` of each SMS: its language picked from what the request asks for. */
export function createSmsTexts(sms: SmsSettings) {
  const texts = new Map(
    givenTexts(sms, smsOptionNames).map(({ language, text }) => [language, withWebOtp(text, sms.webOtpHost)]),
  );
  const fallback = (sms.smsLocale ?? defaultSmsLocale).toLowerCase();
  const available = new Set(texts.keys());
  return {
    /** The language an SMS is written in: the first of `wanted` there is a text for, else the default's. */
    languageFor: (wanted: readonly string[]) => matchLanguage(wanted, available) ?? fallback,
    /** The `Custom_sms` of a language; the default's for one it has no text for (settings changed since). */
    textOf: (language: string) => texts.get(language) ?? (texts.get(fallback) as string),
  };
}

export type SmsTexts = ReturnType<typeof createSmsTexts>;
