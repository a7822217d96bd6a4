/**
 * The strings of `PhoneVerification`. Errors show the message of their code (`UiMessages`, every code).
 * `{phone}`, `{when}` ("in 42 seconds", in the language of the provider), `{time}` (a duration "2:05", or a
 * time of day "14:02" in `phoneVerificationResentTo`) and `{count}` are filled in (`{seconds}` too, for
 * templates written before `{when}`).
 */
export interface PhoneVerificationMessages {
  /** The first step's title. */
  readonly phoneVerificationTitle: string;
  /** Under the title: what happens next. */
  readonly phoneVerificationIntro: string;
  /** The button that sends the SMS. */
  readonly phoneVerificationSend: string;
  /** Shown and announced while the SMS is being sent. */
  readonly phoneVerificationSending: string;
  /** The code step's title. */
  readonly phoneVerificationCodeTitle: string;
  /** Where the code went; announced when it was sent. */
  readonly phoneVerificationSentTo: string;
  /** After a resend, in place of `phoneVerificationSentTo`: when (time of day) and where; shown and announced. */
  readonly phoneVerificationResentTo: string;
  /** After a wrong code, once a resend happened: the earlier SMS may arrive late. */
  readonly phoneVerificationOnlyLatest: string;
  /** After the resend that used the last one allowed: said with the new code, instead of a notice. */
  readonly phoneVerificationLastCode: string;
  /** The code field's label. */
  readonly phoneVerificationCodeLabel: string;
  /** Shown and announced while the code is checked. */
  readonly phoneVerificationChecking: string;
  /** Back to the number. */
  readonly phoneVerificationChangeNumber: string;
  readonly phoneVerificationResend: string;
  /** The resend button during its countdown. */
  readonly phoneVerificationResendIn: string;
  /** When no resend is left: "Start again" follows it. */
  readonly phoneVerificationNoResendLeft: string;
  /** Back to the number, filled in, for a new send (when no resend is left). */
  readonly phoneVerificationStartAgain: string;
  /** Announced when the flow goes back from the code to the number (Change number, Start again). */
  readonly phoneVerificationNumberStep: string;
  /** How long the code still works. */
  readonly phoneVerificationExpiresIn: string;
  /** After a wrong code, one attempt left (the plural rule of the language decides). */
  readonly phoneVerificationAttemptsLeftOne: string;
  readonly phoneVerificationAttemptsLeftOther: string;
  /** Retries the request that failed. */
  readonly phoneVerificationRetry: string;
  /** The retry button while a limit runs. */
  readonly phoneVerificationRetryIn: string;
  /** A limit's wait as a sentence, after the error's message ("You can try again in 5 minutes."). */
  readonly phoneVerificationRetryWhen: string;
  /** The success step's title. */
  readonly phoneVerificationVerifiedTitle: string;
  /** The success text; announced. */
  readonly phoneVerificationVerified: string;
  /** Before the consent recorded with the code. */
  readonly phoneVerificationConsent: string;
  /** When the page's form is sent before the number is verified (with `required`): shown and announced. */
  readonly phoneVerificationRequired: string;
  /** Under the consent question when it is optional: it is not how the code comes. */
  readonly phoneVerificationConsentOptional: string;
}

/** The built-in strings of `PhoneVerification`, in English (French: `@verify-kit/core/texts/fr`). */
export const phoneVerificationMessages: PhoneVerificationMessages = {
  phoneVerificationTitle: "Verify your mobile number",
  phoneVerificationIntro: "We will send you a code by SMS.",
  phoneVerificationSend: "Send code",
  phoneVerificationSending: "Sending the code…",
  phoneVerificationCodeTitle: "Enter the code",
  phoneVerificationSentTo: "We sent a code by SMS to {phone}.",
  phoneVerificationResentTo: "New code sent at {time} to {phone}. Only the latest code works.",
  phoneVerificationOnlyLatest: "Only the latest code works.",
  phoneVerificationLastCode: "It was the last code this verification can send.",
  phoneVerificationCodeLabel: "Code from the SMS",
  phoneVerificationChecking: "Checking the code…",
  phoneVerificationChangeNumber: "Change number",
  phoneVerificationResend: "Resend code",
  phoneVerificationResendIn: "Resend code {when}",
  phoneVerificationNoResendLeft:
    "No more codes can be sent for this verification: start again to get a new one.",
  phoneVerificationStartAgain: "Start again",
  phoneVerificationNumberStep: "Check the number, then send a new code.",
  phoneVerificationExpiresIn: "The code expires in {time}.",
  phoneVerificationAttemptsLeftOne: "{count} attempt left.",
  phoneVerificationAttemptsLeftOther: "{count} attempts left.",
  phoneVerificationRetry: "Try again",
  phoneVerificationRetryIn: "Try again {when}",
  phoneVerificationRetryWhen: "You can try again {when}.",
  phoneVerificationVerifiedTitle: "Number verified",
  phoneVerificationVerified: "{phone} is verified.",
  phoneVerificationConsent: "Your contact preferences:",
  phoneVerificationRequired: "Verify your mobile number to continue.",
  phoneVerificationConsentOptional: "Optional. This is not how the code is sent: it always comes by SMS.",
};
