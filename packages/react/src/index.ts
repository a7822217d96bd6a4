export type {
  NumberCheck,
  NumberVerifyPollOptions,
  NumberVerifyPollState,
  NumberVerifyPollStatus,
  NumberVerifyStartResult,
} from "./numberVerify/createNumberVerifyPoll.js";
export { numberVerifyKeys } from "./numberVerify/createNumberVerifyPoll.js";
export type { PollAnswer, PollDecision, PollMemory, PollPolicy } from "./numberVerify/nextPollDelay.js";
export { defaultPollPolicy, initialPollMemory, nextPollDelay } from "./numberVerify/nextPollDelay.js";
export type {
  NumberVerifyPoll,
  NumberVerifyPollActions,
  UseNumberVerifyPollOptions,
} from "./numberVerify/useNumberVerifyPoll.js";
export { useNumberVerifyPoll } from "./numberVerify/useNumberVerifyPoll.js";
export type { NormalizedPinText, PinRefusalReason } from "./pinInput/normalizePinText.js";
export { normalizePinText } from "./pinInput/normalizePinText.js";
export type { PinEditResult, PinSelection, PinTextChange } from "./pinInput/pinEdit.js";
export { applyPinEdit, findTextChange } from "./pinInput/pinEdit.js";
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
export type {
  PinActionResult,
  PinVerificationFlowOptions,
  SendPinInput,
  VerifiedPinState,
} from "./pinVerification/createPinVerificationFlow.js";
export { pinMutationKeys } from "./pinVerification/createPinVerificationFlow.js";
export type {
  PinActionName,
  PinSession,
  PinVerificationAction,
  PinVerificationState,
  PinVerificationStatus,
} from "./pinVerification/pinVerificationReducer.js";
export {
  initialPinVerificationState,
  pinActionRefusal,
  pinVerificationReducer,
  sessionOf,
} from "./pinVerification/pinVerificationReducer.js";
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
export type { VerificationUsageCode } from "./pinVerification/VerificationUsageError.js";
export { VerificationUsageError } from "./pinVerification/VerificationUsageError.js";
export type { VerificationAdapter } from "./provider/VerificationAdapter.js";
export type { VerificationProviderProps } from "./provider/VerificationProvider.js";
export { VerificationProvider } from "./provider/VerificationProvider.js";
