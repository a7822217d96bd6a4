// Server-only: this subpath holds the licence-bearing DQE client. Browser code imports `@verify-kit/core`.
export type { DqeCallOptions, DqeRawAnswer, DqeTransport } from "./callDqe.js";
export { callDqe } from "./callDqe.js";
export type { DqeClient, DqeClientOptions, NumberCheckStart } from "./createDqeClient.js";
export { createDqeClient } from "./createDqeClient.js";
export { dqeErrorCodes, errorCodeForDqe, inferredDqeErrorCodes } from "./dqeErrorCodes.js";
export type { DqeProtocol, DqeProtocolOverrides } from "./dqeProtocol.js";
export { defaultDqeProtocol, resolveDqeProtocol } from "./dqeProtocol.js";
export type {
  CheckPinParams,
  DqeRequest,
  DqeRequestContext,
  SendPinParams,
  StartNumberCheckParams,
} from "./dqeRequest.js";
export {
  accessTokenRequest,
  gdprMsgRequest,
  gdprVerifRequest,
  idmobileRequest,
  retrievalRequest,
} from "./dqeRequest.js";
export { dqeSentNothing } from "./dqeSentNothing.js";
export type { AccessToken } from "./parseAccessTokenAnswer.js";
export { parseAccessTokenAnswer } from "./parseAccessTokenAnswer.js";
export type {
  GdprMsgAnswer,
  SmsNotDelivered,
  SmsNotDeliveredStatus,
  SmsSent,
  SmsSentStatus,
} from "./parseGdprMsgAnswer.js";
export { parseGdprMsgAnswer } from "./parseGdprMsgAnswer.js";
export type { GdprVerifAnswer, PinVerified } from "./parseGdprVerifAnswer.js";
export { parseGdprVerifAnswer } from "./parseGdprVerifAnswer.js";
export type { NumberCheckStarted } from "./parseIdmobileAnswer.js";
export { parseIdmobileAnswer } from "./parseIdmobileAnswer.js";
export type { NumberCheckResult } from "./parseRetrievalAnswer.js";
export { parseRetrievalAnswer } from "./parseRetrievalAnswer.js";
export { smsTextCharacters, smsTextMaxLength, smsTextProblems } from "./smsText.js";
