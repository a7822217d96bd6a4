import type { PinCheckAnswer, PinSent } from "../../api/verifyApiTypes.js";
import type { ConsentChannels } from "../../consent/ConsentChannels.js";
import type { ErrorCode } from "../../errors/errorCatalogue.js";
import { VerifyError } from "../../errors/VerifyError.js";
import { limitRefusal, refusedBeforeSending } from "../refusedBeforeSending.js";

/** One verification on the server: where the code went and what it still allows. Times are epoch ms. */
export interface PinSession {
  /** The server's opaque id of this verification. */
  readonly verificationId: string;
  /** The number the SMS went to, E.164. */
  readonly to: string;
  /** When the code stops working, derived from the API's `expiresInS` on arrival. */
  readonly expiresAt: number;
  /**
   * When a resend is allowed: the API's cooldown (`resendInS` on arrival), or later once a resend ran into a
   * limit (`resendLimit`), whose wait then holds for the rest of this verification.
   */
  readonly resendAvailableAt: number;
  /** The limit a resend ran into (`too_many_sends`, `resend_cooldown`) that holds resends back until `resendAvailableAt`. */
  readonly resendLimit?: ErrorCode | undefined;
  /** Wrong codes still allowed before the verification locks. */
  readonly attemptsLeft: number;
  /** Resends still allowed. */
  readonly resendsLeft: number;
  /**
   * When the last resend was accepted (the answer's arrival, epoch ms): only that code works now. Absent
   * until a resend. Kept in the state so that the UI shows the time without reading a clock in render.
   */
  readonly resentAt?: number | undefined;
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
      /** The server's signed proof of it, for the host's backend (absent when the server has no secret). */
      readonly proof?: string | undefined;
    }
  /**
   * A request failed. `retryable` says whether the same action may work again (after `retryAfterS` when
   * set, that is at `retryAt`); with `session`, the code already sent can still be checked or resent.
   */
  | {
      readonly status: "error";
      readonly error: VerifyError;
      readonly retryable: boolean;
      readonly retryAfterS: number | undefined;
      /** When the action may work again (epoch ms), from `retryAfterS` on the answer's arrival. */
      readonly retryAt: number | undefined;
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
  | { readonly type: "sendFailed"; readonly error: VerifyError; readonly at: number }
  | { readonly type: "resend" }
  | { readonly type: "check" }
  | { readonly type: "checked"; readonly answer: PinCheckAnswer }
  | { readonly type: "checkFailed"; readonly error: VerifyError; readonly at: number }
  | { readonly type: "expire"; readonly at: number }
  | { readonly type: "changeNumber" }
  | { readonly type: "reset" };

export const initialPinVerificationState: PinVerificationState = { status: "idle" };

/** The verification a state belongs to, if any. */
export function sessionOf(state: PinVerificationState): PinSession | undefined {
  // Only the states spread from a session (sent, checking, rejected, expired) carry `expiresAt`.
  if ("expiresAt" in state) {
    const { status, error, ...session } = state as PinSession & { status: string; error?: VerifyError };
    return session;
  }
  return "session" in state ? state.session : undefined;
}

function sessionFrom(answer: PinSent, at: number): PinSession {
  const { verificationId, to, expiresInS, resendInS, attemptsLeft, resendsLeft } = answer;
  return {
    verificationId,
    to,
    expiresAt: at + expiresInS * 1000,
    resendAvailableAt: at + resendInS * 1000,
    attemptsLeft,
    resendsLeft,
  };
}

function failed(
  error: VerifyError,
  at: number,
  action: "send" | "resend" | "check",
  phone: string | undefined,
  session?: PinSession | undefined,
): PinVerificationState {
  const { retryAfterS } = error;
  return {
    status: "error",
    error,
    retryable: error.retryable,
    retryAfterS,
    retryAt: retryAfterS ? at + retryAfterS * 1000 : undefined,
    failed: action,
    phone,
    session,
  };
}

function locked({ to, verificationId }: PinSession, error: VerifyError): PinVerificationState {
  return { status: "locked", to, verificationId, error };
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
  const { status } = state;
  const busy = status === "sending" || status === "checking";
  const session = sessionOf(state);
  // The session of a state where a request is under way (sending, checking), if any.
  const pending = busy ? session : undefined;
  switch (action.type) {
    case "send":
      return busy ? state : { status: "sending", phone: action.phone };

    case "resend":
      return session === undefined || busy ? state : { status: "sending", phone: session.to, session };

    case "sent": {
      if (status !== "sending") return state;
      const sent = sessionFrom(action.answer, action.at);
      // A resend's answer: earlier codes no longer work, and the UI says since when.
      return { status: "sent", ...sent, ...(pending === undefined ? {} : { resentAt: action.at }) };
    }

    case "sendFailed": {
      if (status !== "sending") return state;
      const { error, at } = action;
      const { code, retryAfterS } = error;
      if (code === "sms_undeliverable" || code === "sms_rejected") {
        return { status: "undeliverable", phone: pending?.to ?? state.phone, error };
      }
      if (pending === undefined) return failed(error, at, "send", state.phone);
      if (code === "verification_locked") return locked(pending, error);
      // What a refused resend says holds for the rest of the verification, whatever happens meanwhile
      // (a wrong code, the code expiring): no resend left, or none before the limit's time.
      const limited: PinSession =
        code === "resend_limit"
          ? { ...pending, resendsLeft: 0 }
          : retryAfterS
            ? { ...pending, resendAvailableAt: at + retryAfterS * 1000, resendLimit: code }
            : pending;
      // The verification is gone on the server: only a new send helps.
      return failed(error, at, "resend", pending.to, code === "verification_not_found" ? undefined : limited);
    }

    case "check":
      return session === undefined || busy || status === "expired"
        ? state
        : { status: "checking", ...session };

    case "checked": {
      if (status !== "checking") return state;
      const { answer } = action;
      const current = session as PinSession;
      if (answer.verified) {
        return {
          status: "verified",
          to: current.to,
          verificationId: current.verificationId,
          channels: answer.channels,
          verifiedAt: answer.verifiedAt,
          proof: answer.proof,
        };
      }
      if (answer.reason === "verification_locked" || answer.attemptsLeft <= 0) {
        return locked(current, new VerifyError("verification_locked"));
      }
      return {
        status: "rejected",
        ...current,
        attemptsLeft: answer.attemptsLeft,
        error: new VerifyError("pin_invalid"),
      };
    }

    case "checkFailed": {
      if (status !== "checking") return state;
      const { error, at } = action;
      const { code } = error;
      const current = session as PinSession;
      if (code === "pin_expired" || code === "sms_token_invalid")
        return { status: "expired", ...current, error };
      if (code === "verification_locked") return locked(current, error);
      const gone = code === "verification_not_found" || code === "verification_done";
      return failed(error, at, "check", current.to, gone ? undefined : current);
    }

    case "expire":
      return (status === "sent" || status === "rejected") && action.at >= (session as PinSession).expiresAt
        ? { status: "expired", ...(session as PinSession), error: new VerifyError("pin_expired") }
        : state;

    case "changeNumber":
      return {
        status: "idle",
        phone: session?.to ?? ("to" in state ? state.to : (state as { phone?: string }).phone),
      };

    case "reset":
      return initialPinVerificationState;
  }
}

/** The actions of the flow, as the hook exposes them. */
export type PinActionName = "send" | "resend" | "check";

/**
 * Why an action cannot run in a state, before any request: a usage error (`not_sent`, `busy`) or a
 * catalogue error the server would answer anyway (`verification_done`, `pin_expired`, `resend_cooldown`,
 * a limit's `too_many_sends` with the `retryAfterS` left...). `phone` is the number a `send` goes to: a
 * limit the last send to it ran into holds for it until the limit's time. `undefined` when the action may
 * go ahead.
 */
export function pinActionRefusal(
  state: PinVerificationState,
  action: PinActionName,
  now: number,
  phone?: string,
): { readonly usage: "not_sent" | "busy" } | { readonly error: VerifyError } | undefined {
  const { status } = state;
  if (status === "sending" || status === "checking") return { usage: "busy" };
  const refuse = (code: ErrorCode, until?: number) => ({ error: refusedBeforeSending(code, now, until) });
  // The last try at this action ran into a limit: the same again waits for the limit's time.
  const limited =
    status === "error" && state.failed === action
      ? limitRefusal(state, action === "send" ? phone : state.phone, now)
      : undefined;
  if (limited) return { error: limited };
  if (action === "send") return undefined;
  if (status === "verified") return refuse("verification_done");
  if (status === "locked") return refuse("verification_locked");
  const session = sessionOf(state);
  if (session === undefined) return { usage: "not_sent" };
  const { expiresAt, resendAvailableAt } = session;
  if (action === "check") return status === "expired" || now >= expiresAt ? refuse("pin_expired") : undefined;
  if (session.resendsLeft <= 0) return refuse("resend_limit");
  if (now < resendAvailableAt) return refuse(session.resendLimit ?? "resend_cooldown", resendAvailableAt);
  return undefined;
}
