import type { ConsentChannels } from "../consent/ConsentChannels.js";
import type { ErrorCode } from "../errors/errorCatalogue.js";

// The JSON API of the backend adapter (`@verify-kit/server`), as the browser sees it. The server's
// schemas are checked against these types, so the two cannot drift apart. Durations, never clock times:
// a browser with a wrong clock still counts down right.

/** `POST /api/pin/send` */
export interface SendPinBody {
  /** The number in E.164 (`+33612345678`). */
  readonly phone: string;
  /**
   * Consent per channel, recorded by DQE with the PIN. DQE gets it only when at least one channel is granted:
   * without it (or with every channel off) the code is sent all the same.
   */
  readonly consent?: ConsentChannels | undefined;
  /**
   * The language of the page, a BCP 47 tag (`fr`, `fr-BE`): the SMS is written in it when the server has a
   * text for it, else in the first of the browser's `Accept-Language` it has, else in its default.
   */
  readonly locale?: string | undefined;
}

/** `POST /api/pin/resend` */
export interface ResendPinBody {
  readonly verificationId: string;
  /** The page's language for the new SMS (see `SendPinBody.locale`); the first SMS's language when absent. */
  readonly locale?: string | undefined;
}

/** Answer of send and resend: where the code went and how long it lives. */
export interface PinSent {
  /** Opaque id of this verification; the browser never sees DQE's token. */
  readonly verificationId: string;
  /** The number the SMS went to, E.164. */
  readonly to: string;
  /** Seconds until the code expires. */
  readonly expiresInS: number;
  /** Seconds until a resend is allowed. */
  readonly resendInS: number;
  /** Resends still allowed for this verification. */
  readonly resendsLeft: number;
  /** Wrong codes still allowed before the verification locks. */
  readonly attemptsLeft: number;
}

/** `POST /api/pin/check` */
export interface CheckPinBody {
  readonly verificationId: string;
  /** The 6 digits, ASCII. */
  readonly pin: string;
}

export interface PinVerifiedAnswer {
  readonly verified: true;
  /** The consent DQE recorded with the PIN. */
  readonly channels: ConsentChannels;
  /** DQE's date and time of the check, raw: it has no zone. */
  readonly dqeDateTime: string;
  /** When the server saw the check succeed, ISO 8601 UTC. */
  readonly verifiedAt: string;
  /**
   * A short-lived signed token (JWS) saying which number was verified, how and when: the page's form posts it
   * beside the number, and the host's backend checks it (`readVerificationProof` of `@verify-kit/server`).
   * Absent when the server has no proof secret set.
   */
  readonly proof?: string | undefined;
}

export interface PinRejectedAnswer {
  readonly verified: false;
  /** `pin_invalid` while attempts are left, `verification_locked` after the last one. */
  readonly reason: "pin_invalid" | "verification_locked";
  readonly attemptsLeft: number;
}

export type PinCheckAnswer = PinVerifiedAnswer | PinRejectedAnswer;

/** `POST /api/number-verify/start` */
export interface StartNumberVerifyBody {
  readonly phone: string;
}

export interface NumberVerifyStarted {
  /** Opaque id of this check; the browser never sees DQE's token. */
  readonly checkId: string;
  /** The operator page to open on the phone, over mobile data. */
  readonly url: string;
  readonly operator: string;
  /** Seconds until the check expires. */
  readonly expiresInS: number;
}

/** The error part of every error answer, and of a failed number check. */
export interface ApiErrorBody {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly fallbackToSms?: boolean | undefined;
  readonly retryAfterS?: number | undefined;
  /** For the developer: what to change on the server so that this stops happening (never shown to users). */
  readonly detail?: string | undefined;
  /**
   * Which limit refused, for a limit's error: `number`, `ip` or `prefix` (too_many_sends, too_many_checks),
   * `global` or `country` (sms_budget_exhausted).
   */
  readonly reason?: string | undefined;
}

export interface ApiErrorEnvelope {
  readonly error: ApiErrorBody;
}

/** `GET /api/number-verify/:checkId` */
export type NumberVerifyStatus =
  | { readonly status: "pending"; readonly elapsedS: number }
  | {
      readonly status: "verified";
      /** As in `PinVerifiedAnswer`: the signed token the host's backend checks; absent without a secret. */
      readonly proof?: string | undefined;
    }
  | { readonly status: "not_verified" }
  | { readonly status: "failed"; readonly error: ApiErrorBody };

/** `GET /api/config`: what the UI needs to know about the server. */
export interface VerifyApiConfig {
  /** Whether the server talks to the DQE sandbox (test numbers, visible SMS). */
  readonly sandbox: boolean;
  readonly codeLength: 6;
  /** Seconds a code lives. */
  readonly pinLifetimeS: number;
  readonly resendCooldownS: number;
  readonly maxAttempts: number;
  readonly maxResends: number;
  /** Whether the operator check is set up (it needs a client secret). */
  readonly numberVerify: boolean;
  /** Longest wait a number-check poll may ask for, in seconds. */
  readonly maxWaitS: number;
  /** ISO 3166 alpha-2 countries served (SMS and operator checks); every country when absent. */
  readonly allowedCountries?: readonly string[] | undefined;
  /** The caps and SMS budgets in force, for a page that lists them. */
  readonly limits?: VerifyApiLimits | undefined;
}

/** The caps per window (`windowS`) and the SMS budgets over a rolling 24 hours that the server enforces. */
export interface VerifyApiLimits {
  readonly sendsPerNumber: number;
  readonly sendsPerIp: number;
  readonly sendsPerPrefix: number;
  /** National digits after the country code that make a prefix. */
  readonly prefixDigits: number;
  readonly checksPerNumber: number;
  readonly checksPerIp: number;
  readonly windowS: number;
  /** SMS in any 24 hours, every country together; no budget when absent. */
  readonly smsPerDay?: number | undefined;
  /** SMS in any 24 hours per country (`*`: any other country). */
  readonly smsPerDayByCountry?: Readonly<Record<string, number>> | undefined;
}

/** What GDPR_MSG and GDPR_VERIF do with a sandbox test number. */
export type SandboxSmsBehaviour =
  /** The SMS is "sent" and listed by `/__sandbox/messages`. */
  | "delivered"
  /** GDPR_MSG answers `UNDELIVERABLE` with a token, no SMS is sent, GDPR_VERIF answers `05`. */
  | "undeliverable"
  /** GDPR_MSG answers `REJECTED` (the carrier refused the SMS) with a token, no SMS is sent, GDPR_VERIF answers `05`. */
  | "rejected"
  /** The endpoint answers HTTP 500 with an HTML page. */
  | "serverError"
  /** The endpoint answers normally, but only after `slowMs`. */
  | "slow";

/** What the IDMobile number check does with a sandbox test number. */
export type SandboxCheckBehaviour =
  /** Opening the operator URL settles the check with `numVerify: true`. */
  | "numVerifyTrue"
  /** Opening the operator URL settles the check with `numVerify: false`. */
  | "numVerifyFalse"
  /** IDMOBILE refuses to start the check with `errorId`. */
  | "startError"
  /** Opening the operator URL settles the check with the retrieval error `errorId`. */
  | "retrievalError"
  /** IDMOBILE, the retrieval and the operator URL answer HTTP 500 with an HTML page. */
  | "serverError"
  /** IDMOBILE, the retrieval and the operator URL answer only after `slowMs`; the check then confirms. */
  | "slow";

/** `GET /api/sandbox/numbers`: a number that makes the sandbox misbehave on purpose, and how. */
export interface SandboxTestNumberInfo {
  /** E.164. */
  readonly phone: string;
  readonly sms: SandboxSmsBehaviour;
  readonly check: SandboxCheckBehaviour;
  /** DQE's error id, for the `startError` and `retrievalError` checks. */
  readonly errorId?: string | undefined;
}

/** `GET /api/sandbox/messages`: an SMS the sandbox "sent" (DQE's token removed). */
export interface SandboxSms {
  readonly to: string;
  readonly text: string;
  readonly pin: string;
  readonly sentAt: string;
}
