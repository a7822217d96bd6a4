export { errorWithWaitText } from "../texts/textFormat.js";
export type { FlowStore, Readable } from "./createFlowStore.js";
export { createFlowStore } from "./createFlowStore.js";
export type {
  NumberVerifyPollDeps,
  NumberVerifyPollFlow,
  NumberVerifyPollOptions,
  NumberVerifyStartResult,
} from "./numberVerify/createNumberVerifyPoll.js";
export { createNumberVerifyPoll, numberVerifyKeys } from "./numberVerify/createNumberVerifyPoll.js";
export type { PollAnswer, PollDecision, PollMemory, PollPolicy } from "./numberVerify/nextPollDelay.js";
export { defaultPollPolicy, initialPollMemory, nextPollDelay } from "./numberVerify/nextPollDelay.js";
export type {
  NumberVerificationPart,
  NumberVerificationTexts,
} from "./numberVerify/numberVerifyCue.js";
export { numberVerificationAnnouncement, numberVerificationCue } from "./numberVerify/numberVerifyCue.js";
export type {
  NumberCheck,
  NumberVerifyFinalStatus,
  NumberVerifyPollState,
  NumberVerifyPollStatus,
} from "./numberVerify/numberVerifyPollState.js";
export { initialNumberVerifyPollState } from "./numberVerify/numberVerifyPollState.js";
export type { NormalizedPinText, PinRefusalReason } from "./pinCode/normalizePinText.js";
export { normalizePinText } from "./pinCode/normalizePinText.js";
export type { PinEditResult, PinSelection, PinTextChange } from "./pinCode/pinEdit.js";
export { activeSlot, applyPinEdit, findTextChange, slotSelection } from "./pinCode/pinEdit.js";
export type {
  PinActionResult,
  PinVerificationFlow,
  PinVerificationFlowDeps,
  PinVerificationFlowOptions,
  SendPinInput,
  VerifiedPinState,
} from "./pinVerification/createPinVerificationFlow.js";
export {
  createPinVerificationFlow,
  pinCodeLength,
  pinMutationKeys,
} from "./pinVerification/createPinVerificationFlow.js";
export type { PinVerificationPart, PinVerificationTexts } from "./pinVerification/pinVerificationCue.js";
export {
  attemptsLeftText,
  pinVerificationCue,
  rejectedText,
  sentToText,
} from "./pinVerification/pinVerificationCue.js";
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
export type { StepCue } from "./stepCue.js";
export type { VerificationAdapter } from "./VerificationAdapter.js";
export type { VerificationUsageCode } from "./VerificationUsageError.js";
export { VerificationUsageError } from "./VerificationUsageError.js";
