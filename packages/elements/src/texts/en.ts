import { type ErrorMessages, errorMessagesEn } from "@verify-kit/core/messages";

/**
 * Every string the two elements show or announce, with every error's message keyed by its code. The same
 * keys and wording as `@verify-kit/ui`'s components, so that a page mixing both reads alike. Held here until
 * the kit's UI texts move into `@verify-kit/core` (issue 13), then imported from there.
 */
export interface ElementTexts extends ErrorMessages {
  readonly phoneFieldLabel: string;
  readonly phoneFieldCountry: string;
  readonly pinInputComplete: string;
  readonly pinInputDigitsOnly: string;
  readonly consentTitle: string;
  readonly consentPhone: string;
  readonly consentPost: string;
  readonly consentSms: string;
  readonly consentEmail: string;
  readonly consentGranted: string;
  readonly consentNotGranted: string;
  readonly consentFieldLegend: string;
  readonly consentFieldHint: string;
  readonly phoneVerificationTitle: string;
  readonly phoneVerificationIntro: string;
  readonly phoneVerificationSend: string;
  readonly phoneVerificationSending: string;
  readonly phoneVerificationCodeTitle: string;
  readonly phoneVerificationSentTo: string;
  readonly phoneVerificationResentTo: string;
  readonly phoneVerificationCodeLabel: string;
  readonly phoneVerificationChecking: string;
  readonly phoneVerificationChangeNumber: string;
  readonly phoneVerificationResend: string;
  readonly phoneVerificationResendIn: string;
  readonly phoneVerificationNoResendLeft: string;
  readonly phoneVerificationStartAgain: string;
  readonly phoneVerificationNumberStep: string;
  readonly phoneVerificationExpiresIn: string;
  readonly phoneVerificationAttemptsLeftOne: string;
  readonly phoneVerificationAttemptsLeftOther: string;
  readonly phoneVerificationRetry: string;
  readonly phoneVerificationRetryIn: string;
  readonly phoneVerificationRetryWhen: string;
  readonly phoneVerificationVerifiedTitle: string;
  readonly phoneVerificationVerified: string;
  readonly phoneVerificationConsent: string;
  readonly phoneVerificationRequired: string;
  readonly numberVerificationTitle: string;
  readonly numberVerificationIntro: string;
  readonly numberVerificationStart: string;
  readonly numberVerificationStarting: string;
  readonly numberVerificationOpenTitle: string;
  readonly numberVerificationOpen: string;
  readonly numberVerificationWifiHint: string;
  readonly numberVerificationScanTitle: string;
  readonly numberVerificationScan: string;
  readonly numberVerificationQrLabel: string;
  readonly numberVerificationCopy: string;
  readonly numberVerificationCopied: string;
  readonly numberVerificationCopyFailed: string;
  readonly numberVerificationLinkLabel: string;
  readonly numberVerificationWaiting: string;
  readonly numberVerificationRetrying: string;
  readonly numberVerificationCancel: string;
  readonly numberVerificationCancelled: string;
  readonly numberVerificationVerifiedTitle: string;
  readonly numberVerificationVerified: string;
  readonly numberVerificationFailedTitle: string;
  readonly numberVerificationRetry: string;
  readonly numberVerificationRetryIn: string;
  readonly numberVerificationRetryWhen: string;
  readonly numberVerificationUseSms: string;
  readonly numberVerificationSmsStep: string;
  readonly numberVerificationOtherNumber: string;
  readonly numberVerificationRequired: string;
}

/** English, built in. */
export const en: ElementTexts = {
  phoneFieldLabel: "Mobile number",
  phoneFieldCountry: "Country",
  pinInputComplete: "Code complete",
  pinInputDigitsOnly: "Digits only",
  consentTitle: "Contact preferences",
  consentPhone: "Phone calls",
  consentPost: "Post",
  consentSms: "Text messages (SMS)",
  consentEmail: "Email",
  consentGranted: "allowed",
  consentNotGranted: "not allowed",
  consentFieldLegend: "How may we contact you?",
  consentFieldHint: "Choose at least one.",
  phoneVerificationTitle: "Verify your mobile number",
  phoneVerificationIntro: "We will send you a code by SMS.",
  phoneVerificationSend: "Send code",
  phoneVerificationSending: "Sending the code…",
  phoneVerificationCodeTitle: "Enter the code",
  phoneVerificationSentTo: "We sent a code by SMS to {phone}.",
  phoneVerificationResentTo: "We sent a new code to {phone}.",
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
  numberVerificationTitle: "Verify your number with your operator",
  numberVerificationIntro: "Your mobile operator confirms that the number is yours: no code to type.",
  numberVerificationStart: "Verify my number",
  numberVerificationStarting: "Starting the check…",
  numberVerificationOpenTitle: "Confirm on this phone",
  numberVerificationOpen: "Open the check",
  numberVerificationWifiHint: "Turn Wi-Fi off first: the check goes through mobile data.",
  numberVerificationScanTitle: "Scan with your phone",
  numberVerificationScan:
    "Scan this code with the phone of {phone}, with Wi-Fi off, and open the page it shows.",
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
  numberVerificationSmsStep: "Get a code by SMS: it will go to {phone} once you send it.",
  numberVerificationRequired: "Verify your mobile number to continue.",
  numberVerificationOtherNumber: "Use another number",
  ...errorMessagesEn,
};
