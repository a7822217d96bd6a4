import type { ErrorMessages } from "../../messages/errorMessagesEn.js";
import { displayPhone } from "../../texts/displayPhone.js";
import type { NumberVerificationMessages } from "../../texts/numberVerificationMessages.js";
import { errorWithWaitText, fill } from "../../texts/textFormat.js";
import type { UiLocale } from "../../texts/uiMessages.js";
import type { StepCue } from "../stepCue.js";
import type { NumberVerifyPollState } from "./numberVerifyPollState.js";

/** The parts of the operator check that take the focus: the number field, the step's heading, its alert. */
export type NumberVerificationPart = "phone" | "heading" | "alert";

/** The strings a cue is worded with, their language, and where the user is (what the waiting step asks). */
export interface NumberVerificationTexts {
  readonly messages: NumberVerificationMessages & ErrorMessages;
  readonly locale: UiLocale;
  /** On a phone the step says "open the page"; on a desktop, "scan the QR code". */
  readonly onPhone: boolean;
}

/** What the live region says when the check reaches `state` (the waiting step's title, a verdict...). */
export function numberVerificationAnnouncement(
  state: NumberVerifyPollState,
  texts: NumberVerificationTexts,
): string | undefined {
  const { messages, onPhone } = texts;
  switch (state.status) {
    case "starting":
      return messages.numberVerificationStarting;
    case "pending": {
      const title = onPhone ? messages.numberVerificationOpenTitle : messages.numberVerificationScanTitle;
      // A first poll failing at once can reach the step already retrying.
      return state.retrying === undefined ? title : `${title}. ${messages.numberVerificationRetrying}`;
    }
    case "verified":
      return fill(messages.numberVerificationVerified, { phone: displayPhone(state.phone) });
    case "not_verified":
    case "failed":
    case "timed_out":
    case "error":
      return errorWithWaitText(state.error, messages.numberVerificationRetryWhen, texts);
    default:
      return undefined;
  }
}

/**
 * What the operator check's UI says and focuses when its state moves from `before` to `state` (nothing when
 * they are the same state).
 */
export function numberVerificationCue(
  before: NumberVerifyPollState,
  state: NumberVerifyPollState,
  texts: NumberVerificationTexts,
): StepCue<NumberVerificationPart> {
  if (before === state) return { say: undefined, focus: undefined };
  const { messages } = texts;
  if (state.status === "idle") {
    const cancelled = before.status === "pending" || before.status === "starting";
    return { say: cancelled ? messages.numberVerificationCancelled : undefined, focus: "phone" };
  }
  if (state.status === "pending" && before.status === "pending") {
    // Each poll makes a new state: only the connection dropping, then coming back, is worth saying.
    const dropped = state.retrying !== undefined && before.retrying === undefined;
    const back = state.retrying === undefined && before.retrying !== undefined;
    return {
      say: dropped
        ? messages.numberVerificationRetrying
        : back
          ? numberVerificationAnnouncement(state, texts)
          : undefined,
      focus: undefined,
    };
  }
  return {
    say: numberVerificationAnnouncement(state, texts),
    focus:
      state.status === "pending" || state.status === "verified"
        ? "heading"
        : "error" in state
          ? "alert"
          : undefined,
  };
}
