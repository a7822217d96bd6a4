// The framework-free layer these hooks wrap, re-exported so that an app needs one import.
export type {
  NormalizedPinText,
  NumberCheck,
  NumberVerifyPollOptions,
  NumberVerifyPollState,
  NumberVerifyPollStatus,
  NumberVerifyStartResult,
  PinActionName,
  PinActionResult,
  PinEditResult,
  PinRefusalReason,
  PinSelection,
  PinSession,
  PinTextChange,
  PinVerificationAction,
  PinVerificationFlowOptions,
  PinVerificationState,
  PinVerificationStatus,
  PollAnswer,
  PollDecision,
  PollMemory,
  PollPolicy,
  SendPinInput,
  VerificationAdapter,
  VerificationUsageCode,
  VerifiedPinState,
} from "@verify-kit/core/flows";
export {
  applyPinEdit,
  defaultPollPolicy,
  findTextChange,
  initialPinVerificationState,
  initialPollMemory,
  nextPollDelay,
  normalizePinText,
  numberVerifyKeys,
  pinActionRefusal,
  pinCodeLength,
  pinMutationKeys,
  pinVerificationReducer,
  sessionOf,
  VerificationUsageError,
} from "@verify-kit/core/flows";
export type {
  NumberVerifyPoll,
  NumberVerifyPollActions,
  UseNumberVerifyPollOptions,
} from "./numberVerify/useNumberVerifyPoll.js";
export { useNumberVerifyPoll } from "./numberVerify/useNumberVerifyPoll.js";
export type { DataAttributes } from "./pinInput/pinInputAnatomy.js";
export { pinInputAnatomy } from "./pinInput/pinInputAnatomy.js";
export type {
  PinChangeDetails,
  PinInputSource,
  PinInvalidDetails,
  PinSlot,
  UsePinInput,
  UsePinInputOptions,
} from "./pinInput/usePinInput.js";
export { usePinInput } from "./pinInput/usePinInput.js";
export type { ResendCountdown } from "./pinVerification/useCountdown.js";
export {
  useCountdown,
  useElapsedSeconds,
  useExpiryCountdown,
  useResendCountdown,
} from "./pinVerification/useCountdown.js";
export type {
  PinVerification,
  PinVerificationActions,
  UsePinVerificationOptions,
} from "./pinVerification/usePinVerification.js";
export { usePinVerification } from "./pinVerification/usePinVerification.js";
export type { VerificationProviderProps } from "./provider/VerificationProvider.js";
export { VerificationProvider } from "./provider/VerificationProvider.js";
