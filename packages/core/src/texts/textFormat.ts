import type { VerifyError } from "../errors/VerifyError.js";
import type { ErrorMessages } from "../messages/errorMessagesEn.js";
import type { UiLocale } from "./uiMessages.js";

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

/** The message of an error's code, in the UI's language. */
export function errorText(error: VerifyError, messages: ErrorMessages): string {
  return messages[error.code];
}

/**
 * An error's message, followed by when trying again can work ("You can try again in 5 minutes.", worded by
 * `template`, e.g. `phoneVerificationRetryWhen`) when the error carries a `retryAfterS`.
 */
export function errorWithWaitText(
  error: VerifyError,
  template: string,
  { messages, locale }: { readonly messages: ErrorMessages; readonly locale: UiLocale },
): string {
  const text = errorText(error, messages);
  return error.retryAfterS ? `${text} ${waitText(template, error.retryAfterS, locale)}` : text;
}

/**
 * A wait in the UI's language, as `Intl` words it: "in 42 seconds", "in 5 minutes", "in 1 hour" ("dans
 * 42 secondes"). Rounded up, so that nobody is told to come back too early.
 */
export function inTime(seconds: number, locale: UiLocale): string {
  const minutes = Math.ceil(seconds / 60);
  // Minutes up to two hours (whole hours said as such), then hours: a countdown reads 1 hour, 59 minutes...
  const [count, unit] =
    seconds < 60
      ? [Math.ceil(seconds), "second" as const]
      : minutes < 120 && minutes % 60 !== 0
        ? [minutes, "minute" as const]
        : [Math.ceil(minutes / 60), "hour" as const];
  try {
    return new Intl.RelativeTimeFormat(locale).format(count, unit);
  } catch {
    // A tag this browser's Intl refuses: English rather than nothing.
    return new Intl.RelativeTimeFormat("en").format(count, unit);
  }
}

/** A template saying how long to wait: `{when}` ("in 5 minutes"), or `{seconds}` in older overrides. */
export function waitText(template: string, seconds: number, locale: UiLocale): string {
  return fill(template, { when: inTime(seconds, locale), seconds });
}

/**
 * A time of day (epoch ms) in the user's time zone and language: "2:02 PM", "14:02"; French as its
 * typography writes it, "14 h 02" (no-break spaces).
 */
export function timeOfDay(at: number, locale: UiLocale): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" });
  } catch {
    // A tag this browser's Intl refuses: English rather than nothing.
    format = new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit" });
  }
  if (format.resolvedOptions().locale.split("-")[0] !== "fr") return format.format(at);
  const part = (type: string) => format.formatToParts(at).find((each) => each.type === type)?.value;
  return `${Number(part("hour"))}\u00a0h\u00a0${part("minute")}`;
}

/** Minutes and seconds: `2:05`. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
