/** The strings of `PinInput`. */
export interface PinInputMessages {
  /** The code field's accessible name when no visible `label` is given. */
  readonly pinInputLabel: string;
  /** Announced (polite live region) when the last digit is entered. */
  readonly pinInputComplete: string;
  /** Announced when a typed or pasted character is not a digit (the code is left as it was). */
  readonly pinInputDigitsOnly: string;
  /** Announced when `invalid` is set without an `error` message. */
  readonly pinInputInvalid: string;
}

/** The built-in strings of `PinInput`, in English (French: `@verify-kit/core/texts/fr`). */
export const pinInputMessages: PinInputMessages = {
  pinInputLabel: "Verification code",
  pinInputComplete: "Code complete",
  pinInputDigitsOnly: "Digits only",
  pinInputInvalid: "This code is not valid",
};
