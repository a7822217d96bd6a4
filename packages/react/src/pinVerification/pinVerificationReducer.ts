import {
  type ConsentChannels,
  type ErrorCode,
  type PinCheckAnswer,
  type PinSent,
  VerifyError,
} from "@verify-kit/core";

/** One verification on the server: where the code went and what it still allows. Times are epoch ms. */
export interface PinSession {
  /** The server's opaque id of this verification. */
  readonly verificationId: string;
  /** The number the SMS went to, E.164. */
  readonly to: string;
  /** When the code stops working, derived from the API's `expiresInS` on arrival. */
  readonly expiresAt: number;
  /** When a resend is allowed, derived from the API's `resendInS` on arrival. */
  readonly resendAvailableAt: number;
  /** Wrong codes still allowed before the verification locks. */
  readonly attemptsLeft: number;
  /** Resends still allowed. */
  readonly resendsLeft: number;
}

/** The SMS PIN flow, one status at a time. */
export type PinVerificationState =
  /** Nothing sent. After `changeNumber()`, `phone` is the number to edit. */
  | { readonly status: "idle"; readonly phone?: string | undefined }
  /** A send (or, with `session`, a resend) is under way. */
  | { readonly status: "sending"; readonly phone: string; readonly session?: PinSession | undefined }
  /** A code is on its way and can be checked. */
  | ({ readonly status: "sent" } & PinSession)
  /** A code is being checked. */
  | ({ readonly status: "checking" } & PinSession)
  /** The last code was wrong; `attemptsLeft` more may be tried. */
  | ({ readonly status: "rejected"; readonly error: VerifyError } & PinSession)
  /** The code's lifetime is over: resend, or start again. */
  | ({ readonly status: "expired"; readonly error: VerifyError } & PinSession)
  /** Too many wrong codes: this verification is over. */
  | {
      readonly status: "locked";
      readonly to: string;
      readonly verificationId: string;
      readonly error: VerifyError;
    }
  /** DQE could not deliver the SMS to this number: use another number (or the operator check). */
  | { readonly status: "undeliverable"; readonly phone: string; readonly error: VerifyError }
  /** The number is verified. */
  | {
      readonly status: "verified";
      readonly to: string;
      readonly verificationId: string;
      /** The consent DQE recorded with the PIN. */
      readonly channels: ConsentChannels;
      /** When the server saw the check succeed, ISO 8601 UTC. */
      readonly verifiedAt: string;
    }
  /**
   * A request failed. `retryable` says whether the same action may work again (after `retryAfterS` when
   * set); with `session`, the code already sent can still be checked or resent.
   */
  | {
      readonly status: "error";
      readonly error: VerifyError;
      readonly retryable: boolean;
      readonly retryAfterS: number | undefined;
      /** The action that failed. */
      readonly failed: "send" | "resend" | "check";
      readonly phone: string | undefined;
      readonly session: PinSession | undefined;
    };

export type PinVerificationStatus = PinVerificationState["status"];

/** What moves the flow. `at` is the time the event happened, in epoch ms (answers carry durations). */
export type PinVerificationAction =
  | { readonly type: "send"; readonly phone: string }
  | { readonly type: "sent"; readonly answer: PinSent; readonly at: number }
  | { readonly type: "sendFailed"; readonly error: VerifyError }
  | { readonly type: "resend" }
  | { readonly type: "check" }
  | { readonly type: "checked"; readonly answer: PinCheckAnswer }
  | { readonly type: "checkFailed"; readonly error: VerifyError }
  | { readonly type: "expire"; readonly at: number }
  | { readonly type: "changeNumber" }
  | { readonly type: "reset" };

export const initialPinVerificationState: PinVerificationState = { status: "idle" };

const undeliverableCodes: ReadonlySet<ErrorCode> = new Set(["sms_undeliverable", "sms_rejected"]);
const expiredCodes: ReadonlySet<ErrorCode> = new Set(["pin_expired", "sms_token_invalid"]);

/** The verification a state belongs to, if any. */
export function sessionOf(state: PinVerificationState): PinSession | undefined {
  switch (state.status) {
    case "sent":
    case "checking":
    case "rejected":
    case "expired":
      return {
        verificationId: state.verificationId,
        to: state.to,
        expiresAt: state.expiresAt,
        resendAvailableAt: state.resendAvailableAt,
        attemptsLeft: state.attemptsLeft,
        resendsLeft: state.resendsLeft,
      };
    case "sending":
    case "error":
      return state.session;
    default:
      return undefined;
  }
}

function sessionFrom(answer: PinSent, at: number): PinSession {
  return {
    verificationId: answer.verificationId,
    to: answer.to,
    expiresAt: at + answer.expiresInS * 1000,
    resendAvailableAt: at + answer.resendInS * 1000,
    attemptsLeft: answer.attemptsLeft,
    resendsLeft: answer.resendsLeft,
  };
}

function failed(
  error: VerifyError,
  action: "send" | "resend" | "check",
  phone: string | undefined,
  session: PinSession | undefined,
): PinVerificationState {
  return {
    status: "error",
    error,
    retryable: error.retryable,
    retryAfterS: error.retryAfterS,
    failed: action,
    phone,
    session,
  };
}

function locked(session: PinSession, error: VerifyError): PinVerificationState {
  return { status: "locked", to: session.to, verificationId: session.verificationId, error };
}

/**
 * The SMS PIN flow as a pure function: the hook dispatches request starts and answers, and the state says
 * what the UI shows. Actions that make no sense in a state leave it unchanged (the hook refuses them
 * before dispatching: see `pinActionRefusal`).
 */
export function pinVerificationReducer(
  state: PinVerificationState,
  action: PinVerificationAction,
): PinVerificationState {
  switch (action.type) {
    case "send":
      if (state.status === "sending" || state.status === "checking") return state;
      return { status: "sending", phone: action.phone };

    case "resend": {
      const session = sessionOf(state);
      if (session === undefined || state.status === "sending" || state.status === "checking") return state;
      return { status: "sending", phone: session.to, session };
    }

    case "sent":
      if (state.status !== "sending") return state;
      return { status: "sent", ...sessionFrom(action.answer, action.at) };

    case "sendFailed": {
      if (state.status !== "sending") return state;
      const { error } = action;
      const session = state.session;
      if (undeliverableCodes.has(error.code)) {
        return { status: "undeliverable", phone: session?.to ?? state.phone, error };
      }
      if (session === undefined) return failed(error, "send", state.phone, undefined);
      if (error.code === "verification_locked") return locked(session, error);
      // The verification is gone on the server: only a new send helps.
      if (error.code === "verification_not_found") return failed(error, "resend", session.to, undefined);
      return failed(error, "resend", session.to, session);
    }

    case "check": {
      const session = sessionOf(state);
      if (session === undefined || state.status === "sending" || state.status === "checking") return state;
      if (state.status === "expired") return state;
      return { status: "checking", ...session };
    }

    case "checked": {
      if (state.status !== "checking") return state;
      const session = sessionOf(state) as PinSession;
      const { answer } = action;
      if (answer.verified) {
        return {
          status: "verified",
          to: session.to,
          verificationId: session.verificationId,
          channels: answer.channels,
          verifiedAt: answer.verifiedAt,
        };
      }
      if (answer.reason === "verification_locked" || answer.attemptsLeft <= 0) {
        return locked({ ...session, attemptsLeft: 0 }, new VerifyError("verification_locked"));
      }
      return {
        status: "rejected",
        ...session,
        attemptsLeft: answer.attemptsLeft,
        error: new VerifyError("pin_invalid"),
      };
    }

    case "checkFailed": {
      if (state.status !== "checking") return state;
      const session = sessionOf(state) as PinSession;
      const { error } = action;
      if (expiredCodes.has(error.code)) return { status: "expired", ...session, error };
      if (error.code === "verification_locked") return locked(session, error);
      if (error.code === "verification_not_found" || error.code === "verification_done") {
        return failed(error, "check", session.to, undefined);
      }
      return failed(error, "check", session.to, session);
    }

    case "expire": {
      if (state.status !== "sent" && state.status !== "rejected") return state;
      if (action.at < state.expiresAt) return state;
      const session = sessionOf(state) as PinSession;
      return { status: "expired", ...session, error: new VerifyError("pin_expired") };
    }

    case "changeNumber": {
      const phone = sessionOf(state)?.to ?? ("phone" in state ? state.phone : undefined);
      if (state.status === "verified" || state.status === "locked")
        return { status: "idle", phone: state.to };
      return { status: "idle", phone };
    }

    case "reset":
      return initialPinVerificationState;
  }
}

/** The actions of the flow, as the hook exposes them. */
export type PinActionName = "send" | "resend" | "check";

/**
 * Why an action cannot run in a state, before any request: a usage error (`not_sent`, `busy`) or a
 * catalogue error the server would answer anyway (`verification_done`, `pin_expired`, `resend_cooldown`...).
 * `undefined` when the action may go ahead.
 */
export function pinActionRefusal(
  state: PinVerificationState,
  action: PinActionName,
  now: number,
): { readonly usage: "not_sent" | "busy" } | { readonly error: VerifyError } | undefined {
  if (state.status === "sending" || state.status === "checking") return { usage: "busy" };
  if (action === "send") return undefined;
  if (state.status === "verified") return { error: new VerifyError("verification_done") };
  if (state.status === "locked") return { error: new VerifyError("verification_locked") };
  const session = sessionOf(state);
  if (session === undefined) return { usage: "not_sent" };
  const refusedBeforeSending = "refused before sending";
  if (action === "check") {
    if (state.status === "expired" || now >= session.expiresAt) {
      return { error: new VerifyError("pin_expired", { detail: refusedBeforeSending }) };
    }
    return undefined;
  }
  if (session.resendsLeft <= 0)
    return { error: new VerifyError("resend_limit", { detail: refusedBeforeSending }) };
  if (now < session.resendAvailableAt) {
    const retryAfterS = Math.ceil((session.resendAvailableAt - now) / 1000);
    return { error: new VerifyError("resend_cooldown", { retryAfterS, detail: refusedBeforeSending }) };
  }
  return undefined;
}
