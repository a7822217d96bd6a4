/**
 * The strings of `NumberVerification`. Errors show the message of their code (`UiMessages`). `{phone}`, `{time}`
 * and `{when}` are filled in.
 */
export interface NumberVerificationMessages {
  readonly numberVerificationTitle: string;
  /** The one-sentence explanation. */
  readonly numberVerificationIntro: string;
  /** Starts the check. */
  readonly numberVerificationStart: string;
  /** Shown and announced while the check starts. */
  readonly numberVerificationStarting: string;
  /** The pending step's title on a phone. */
  readonly numberVerificationOpenTitle: string;
  /** The button that opens the operator's page on a phone. */
  readonly numberVerificationOpen: string;
  /** Under it: the check needs mobile data. */
  readonly numberVerificationWifiHint: string;
  /** The pending step's title on a desktop. */
  readonly numberVerificationScanTitle: string;
  /** What to do with the QR code. */
  readonly numberVerificationScan: string;
  /** The QR code's accessible name. */
  readonly numberVerificationQrLabel: string;
  readonly numberVerificationCopy: string;
  /** Announced once the link is on the clipboard. */
  readonly numberVerificationCopied: string;
  /** Announced when the browser refused the clipboard. */
  readonly numberVerificationCopyFailed: string;
  /** Name of the field showing the link when it could not be copied. */
  readonly numberVerificationLinkLabel: string;
  /** With the time since the check started. */
  readonly numberVerificationWaiting: string;
  /** Under the waiting line while the connection is retried. */
  readonly numberVerificationRetrying: string;
  readonly numberVerificationCancel: string;
  /** Announced after Cancel. */
  readonly numberVerificationCancelled: string;
  readonly numberVerificationVerifiedTitle: string;
  /** The success text; announced. */
  readonly numberVerificationVerified: string;
  /** The failure step's title. */
  readonly numberVerificationFailedTitle: string;
  readonly numberVerificationRetry: string;
  /**
   * A limit's wait: after the error, and on the retry button while it counts down. `{when}` is the wait in
   * words ("in 5 minutes"), `{seconds}` the same in seconds.
   */
  readonly numberVerificationRetryIn: string;
  /** The same wait as a sentence, after the error's message ("You can try again in 5 minutes."). */
  readonly numberVerificationRetryWhen: string;
  /** The one-click switch to the SMS code. */
  readonly numberVerificationUseSms: string;
  /** Beside the check from the start and while it waits: the code by SMS, sent at once. */
  readonly numberVerificationTextInstead: string;
  /** Announced by that switch: the SMS step, with the number it is filled in with. */
  readonly numberVerificationSmsStep: string;
  readonly numberVerificationOtherNumber: string;
  /** When the page's form is sent before the number is verified (with `required`): shown and announced. */
  readonly numberVerificationRequired: string;
}

/** The built-in strings of `NumberVerification`, in English (French: `@verify-kit/core/texts/fr`). */
export const numberVerificationMessages: NumberVerificationMessages = {
  numberVerificationTitle: "Verify your number with your operator",
  numberVerificationIntro: "Your mobile operator confirms that the number is yours: no code to type.",
  numberVerificationStart: "Verify my number",
  numberVerificationStarting: "Starting the check…",
  numberVerificationOpenTitle: "Confirm on this phone",
  numberVerificationOpen: "Open the check",
  numberVerificationWifiHint: "Turn Wi‑Fi off first: the check goes through mobile data.",
  numberVerificationScanTitle: "Scan with your phone",
  numberVerificationScan:
    "Scan this code with the phone of {phone}, with Wi‑Fi off, and open the page it shows.",
  numberVerificationQrLabel: "QR code of the page to open on your phone",
  numberVerificationCopy: "Copy link",
  numberVerificationCopied: "Link copied.",
  numberVerificationCopyFailed: "The link could not be copied: select it below and copy it.",
  numberVerificationLinkLabel: "Link to the check",
  numberVerificationWaiting: "Waiting for your phone… {time}",
  numberVerificationRetrying: "Connection lost, trying again…",
  numberVerificationCancel: "Cancel",
  numberVerificationCancelled: "Check cancelled.",
  numberVerificationVerifiedTitle: "Number verified",
  numberVerificationVerified: "Your operator confirmed {phone}.",
  numberVerificationFailedTitle: "The check did not work",
  numberVerificationRetry: "Try again",
  numberVerificationRetryIn: "Try again {when}",
  numberVerificationRetryWhen: "You can try again {when}.",
  numberVerificationUseSms: "Get a code by SMS instead",
  numberVerificationTextInstead: "Text me a code instead",
  numberVerificationSmsStep: "Sending a code by SMS to {phone}.",
  numberVerificationOtherNumber: "Use another number",
  numberVerificationRequired: "Verify your mobile number to continue.",
};
