import { parsePhone, type VerifyError } from "@verify-kit/core";
import type { ErrorMessages } from "@verify-kit/core/messages";
import type { ReactNode, Ref } from "react";
import type { UiLocale } from "../messages/uiMessages.js";
import { fill } from "./useKitMessages.js";

/** A heading level for a flow's step titles. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A step's title: the place focus goes when the step has nothing to fill in (success). */
export function StepHeading({
  level,
  className,
  children,
  headingRef,
}: {
  readonly level: HeadingLevel;
  readonly className: string;
  readonly children: ReactNode;
  readonly headingRef?: Ref<HTMLHeadingElement> | undefined;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={className} tabIndex={-1} ref={headingRef}>
      {children}
    </Tag>
  );
}

/**
 * A number for people, in its international format, kept left to right inside any sentence (Unicode
 * isolates: invisible, and silent for screen readers) and on one line (no-break spaces).
 */
export function displayPhone(phone: string): string {
  const read = parsePhone(phone, { requireMobile: false });
  return `\u2068${(read.ok ? read.value.international : phone).replaceAll(" ", "\u00a0")}\u2069`;
}

/** The message of an error's code, in the flow's language. */
export function errorText(error: VerifyError, messages: ErrorMessages): string {
  return messages[error.code];
}

/**
 * A wait in the flow's language, as `Intl` words it: "in 42 seconds", "in 5 minutes", "in 1 hour" ("dans
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

/** Minutes and seconds: `2:05`. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
