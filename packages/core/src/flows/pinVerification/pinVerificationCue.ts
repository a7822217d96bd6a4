import { errorCatalogue } from "../../errors/errorCatalogue.js";
import type { VerifyError } from "../../errors/VerifyError.js";
import type { ErrorMessages } from "../../messages/errorMessagesEn.js";
import { displayPhone } from "../../texts/displayPhone.js";
import type { PhoneVerificationMessages } from "../../texts/phoneVerificationMessages.js";
import { errorText, errorWithWaitText, fill, plural, timeOfDay } from "../../texts/textFormat.js";
import type { UiLocale } from "../../texts/uiMessages.js";
import type { StepCue } from "../stepCue.js";
import { type PinSession, type PinVerificationState, sessionOf } from "./pinVerificationReducer.js";

/**
 * The parts of the SMS code flow that take the focus: the number field, the code field, the resend button
 * (or "Start again" in its place), the step's alert, and the success title.
 */
export type PinVerificationPart = "phone" | "code" | "resend" | "alert" | "title";

/** The strings a cue is worded with, and their language (plural rules, `Intl` waits). */
export interface PinVerificationTexts {
  readonly messages: PhoneVerificationMessages & ErrorMessages;
  readonly locale: UiLocale;
}

/** "2 attempts left." in the texts' language. */
export function attemptsLeftText(count: number, { messages, locale }: PinVerificationTexts): string {
  return plural(
    locale,
    count,
    messages.phoneVerificationAttemptsLeftOne,
    messages.phoneVerificationAttemptsLeftOther,
  );
}

/**
 * Where the code went: "We sent a code by SMS to …", or after a resend "New code sent at 14:02 to ….
 * Only the latest code works.", with "It was the last code…" once no resend is left. The time is the
 * state's (when the resend was accepted): no clock is read.
 */
export function sentToText(session: PinSession, { messages, locale }: PinVerificationTexts): string {
  const phone = displayPhone(session.to);
  if (session.resentAt === undefined) return fill(messages.phoneVerificationSentTo, { phone });
  const resent = fill(messages.phoneVerificationResentTo, {
    phone,
    time: timeOfDay(session.resentAt, locale),
  });
  return session.resendsLeft > 0 ? resent : `${resent} ${messages.phoneVerificationLastCode}`;
}

/** A wrong code's message with the attempts left; after a resend, that only the latest code works. */
export function rejectedText(
  state: PinSession & { readonly error: VerifyError },
  texts: PinVerificationTexts,
): string {
  const { messages } = texts;
  const latest = state.resentAt === undefined ? "" : ` ${messages.phoneVerificationOnlyLatest}`;
  return `${errorText(state.error, messages)}${latest} ${attemptsLeftText(state.attemptsLeft, texts)}`;
}

function say(state: PinVerificationState, before: PinVerificationState, texts: PinVerificationTexts) {
  const { messages } = texts;
  switch (state.status) {
    case "idle":
      // Back from the code step (Change number, Start again): focus is on the number, say why.
      return sessionOf(before) === undefined ? undefined : messages.phoneVerificationNumberStep;
    case "sending":
      return messages.phoneVerificationSending;
    case "sent":
      return sentToText(state, texts);
    case "checking":
      return messages.phoneVerificationChecking;
    case "rejected":
      return rejectedText(state, texts);
    case "error":
      return errorWithWaitText(state.error, messages.phoneVerificationRetryWhen, texts);
    case "expired":
    case "locked":
    case "undeliverable":
      return errorText(state.error, messages);
    case "verified":
      return fill(messages.phoneVerificationVerified, { phone: displayPhone(state.to) });
  }
}

function focus(state: PinVerificationState, before: PinVerificationState): PinVerificationPart | undefined {
  switch (state.status) {
    case "idle":
    case "undeliverable":
      return "phone";
    case "sent":
      // A new code: type it. A sent state reached otherwise (a check's error cleared) keeps the focus.
      return before.status === "sending" ? "code" : undefined;
    case "rejected":
      return "code";
    case "expired":
      return "resend";
    case "locked":
      return "alert";
    case "error":
      // An error about the number itself shows on its field, where it is corrected.
      return state.session === undefined && errorCatalogue[state.error.code].aboutNumber ? "phone" : "alert";
    case "verified":
      return "title";
    default:
      return undefined;
  }
}

/**
 * What the SMS code flow's UI says and focuses when its state moves from `before` to `state` (nothing when
 * they are the same state).
 */
export function pinVerificationCue(
  before: PinVerificationState,
  state: PinVerificationState,
  texts: PinVerificationTexts,
): StepCue<PinVerificationPart> {
  if (before === state) return { say: undefined, focus: undefined };
  return { say: say(state, before, texts), focus: focus(state, before) };
}
