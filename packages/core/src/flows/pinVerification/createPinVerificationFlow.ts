import type { QueryClient } from "@tanstack/query-core";
import type { PinCheckAnswer, PinSent } from "../../api/verifyApiTypes.js";
import type { ConsentChannels } from "../../consent/ConsentChannels.js";
import type { Outcome } from "../../errors/Outcome.js";
import { VerifyError } from "../../errors/VerifyError.js";
import { createFlowStore } from "../createFlowStore.js";
import { OneTimeSecret } from "../OneTimeSecret.js";
import { normalizePinText } from "../pinCode/normalizePinText.js";
import { refusedBeforeSending } from "../refusedBeforeSending.js";
import { runMutation } from "../runMutation.js";
import type { VerificationAdapter } from "../VerificationAdapter.js";
import { VerificationUsageError } from "../VerificationUsageError.js";
import {
  initialPinVerificationState,
  type PinActionName,
  type PinVerificationState,
  pinActionRefusal,
  pinVerificationReducer,
  sessionOf,
} from "./pinVerificationReducer.js";

export type VerifiedPinState = Extract<PinVerificationState, { status: "verified" }>;

/** What an action of the flow ended with, and the state it left. Never rejects. */
export type PinActionResult =
  | { readonly ok: true; readonly state: PinVerificationState }
  | {
      readonly ok: false;
      /** A failed or refused request (`VerifyError`), or an action refused before any request. */
      readonly error: VerifyError | VerificationUsageError;
      readonly state: PinVerificationState;
    };

export interface SendPinInput {
  /** The number, E.164 preferred (the server parses national formats with its default country). */
  readonly phone: string;
  /** Consent per channel, recorded by DQE with the PIN. */
  readonly consent?: ConsentChannels | undefined;
}

export interface PinVerificationFlowOptions {
  /** Called once per verification, when the server accepts its code. */
  readonly onVerified?: ((state: VerifiedPinState) => void) | undefined;
  /**
   * The page's language (BCP 47, `fr`), sent with every send and resend so that the SMS is written in it
   * when the server has a text for it. @default none: the server goes by the browser's `Accept-Language`
   */
  readonly locale?: string | undefined;
}

/** Digits in a DQE PIN: GDPR_MSG sends 6 (it takes no length), GDPR_VERIF refuses any other length. */
export const pinCodeLength = 6;

export interface PinVerificationFlowDeps extends PinVerificationFlowOptions {
  readonly adapter: VerificationAdapter;
  readonly queryClient: QueryClient;
  /** @default Date.now */
  readonly now?: (() => number) | undefined;
}

interface InFlight {
  readonly kind: PinActionName;
  /** What makes a second call the same request: the number, or the code (held only while in flight). */
  readonly key: string;
  readonly promise: Promise<PinActionResult>;
  readonly controller: AbortController;
}

const localeOf = (deps: PinVerificationFlowOptions) =>
  deps.locale === undefined ? {} : { locale: deps.locale };

/** The TanStack Query mutation keys of the flow's requests. */
export const pinMutationKeys = {
  send: ["verify-kit", "pin", "send"],
  resend: ["verify-kit", "pin", "resend"],
  check: ["verify-kit", "pin", "check"],
} as const;

/**
 * The SMS PIN flow outside React: the reducer's state, the requests it makes (one at a time, as TanStack
 * Query mutations), and the guarantees around them. `usePinVerification` is a thin wrapper around it.
 */
export function createPinVerificationFlow(initialDeps: PinVerificationFlowDeps) {
  let deps = initialDeps;
  const store = createFlowStore(pinVerificationReducer, initialPinVerificationState, (next) => {
    scheduleExpiry();
    if (next.status === "verified" && verifiedNotified !== next.verificationId) {
      verifiedNotified = next.verificationId;
      deps.onVerified?.(next);
    }
  });
  const { dispatch } = store;
  // The one request under way. changeNumber, reset and dispose abort it: its answer is then dropped.
  let inFlight: InFlight | undefined;
  let expiryTimer: ReturnType<typeof setTimeout> | undefined;
  let expiryFor: number | undefined;
  let verifiedNotified: string | undefined;
  const now = () => (deps.now ?? Date.now)();

  function scheduleExpiry() {
    const state = store.getState();
    const expiresAt = state.status === "sent" || state.status === "rejected" ? state.expiresAt : undefined;
    if (expiresAt === expiryFor) return;
    clearTimeout(expiryTimer);
    expiryTimer = undefined;
    expiryFor = expiresAt;
    if (expiresAt !== undefined) {
      expiryTimer = setTimeout(() => dispatch({ type: "expire", at: now() }), Math.max(0, expiresAt - now()));
    }
  }

  function dropInFlight() {
    inFlight?.controller.abort();
    inFlight = undefined;
  }

  const refused = (error: VerifyError | VerificationUsageError): Promise<PinActionResult> =>
    Promise.resolve({ ok: false, error, state: store.getState() });

  /**
   * Before a request: the same request again while it runs is shared, anything else while a request runs
   * is refused, and so is what the state does not allow (`pinActionRefusal`: a limit's wait, an expired
   * code...). `phone` is where a send goes.
   */
  function gate(kind: PinActionName, key: string, phone?: string): Promise<PinActionResult> | undefined {
    const state = store.getState();
    if (inFlight) {
      return inFlight.kind === kind && inFlight.key === key
        ? inFlight.promise
        : refused(new VerificationUsageError("busy", kind, state.status));
    }
    const refusal = pinActionRefusal(state, kind, now(), phone);
    if (refusal) {
      return refused(
        "usage" in refusal ? new VerificationUsageError(refusal.usage, kind, state.status) : refusal.error,
      );
    }
    return undefined;
  }

  /** Runs the request of `kind` (its starting action already dispatched) and dispatches its answer. */
  function run<V>(
    kind: PinActionName,
    key: string,
    variables: V,
    call: (variables: V, options: { signal: AbortSignal }) => Promise<Outcome<PinSent | PinCheckAnswer>>,
  ): Promise<PinActionResult> {
    const controller = new AbortController();
    const { signal } = controller;
    const checking = kind === "check";
    const promise = runMutation(
      deps.queryClient,
      pinMutationKeys[kind],
      (v: V) => call(v, { signal }),
      variables,
    ).then((outcome): PinActionResult => {
      if (inFlight?.controller === controller) inFlight = undefined;
      // changeNumber(), reset() or an unmount came first: the answer is no longer wanted.
      if (signal.aborted) return { ok: false, error: new VerifyError("aborted"), state: store.getState() };
      if (!outcome.ok) {
        dispatch({ type: checking ? "checkFailed" : "sendFailed", error: outcome.error, at: now() });
        return { ok: false, error: outcome.error, state: store.getState() };
      }
      dispatch(
        checking
          ? { type: "checked", answer: outcome.value as PinCheckAnswer }
          : { type: "sent", answer: outcome.value as PinSent, at: now() },
      );
      const state = store.getState();
      return !checking || state.status === "verified"
        ? { ok: true, state }
        : { ok: false, error: "error" in state ? state.error : new VerifyError("pin_invalid"), state };
    });
    inFlight = { kind, key, promise, controller };
    return promise;
  }

  /** The verification under way (`gate` made sure there is one for a resend or a check). */
  const verificationId = () => sessionOf(store.getState())?.verificationId ?? "";

  const flow = {
    getState: store.getState,
    subscribe: store.subscribe,

    /** Replaces the adapter, client and callbacks (the hook calls it on every render). */
    update(next: PinVerificationFlowDeps) {
      deps = next;
    },

    /** Sends a code by SMS to `phone`; sending to another number ends the current verification. */
    send({ phone, consent }: SendPinInput): Promise<PinActionResult> {
      const key = JSON.stringify([phone, consent ?? null]);
      const gated = gate("send", key, phone);
      if (gated) return gated;
      // A send from any other state starts over: nothing of the previous verification may come back.
      dispatch({ type: "send", phone });
      const body = { phone, ...(consent === undefined ? {} : { consent }), ...localeOf(deps) };
      return run("send", key, body, (variables, options) => deps.adapter.sendPin(variables, options));
    },

    /** Sends a new code for the current verification; the previous code stops working. */
    resend(): Promise<PinActionResult> {
      const gated = gate("resend", "");
      if (gated) return gated;
      const body = { verificationId: verificationId(), ...localeOf(deps) };
      dispatch({ type: "resend" });
      return run("resend", "", body, (variables, options) => deps.adapter.resendPin(variables, options));
    },

    /**
     * Checks a code. The same code again while it is being checked shares that request (auto-submit,
     * Enter and a double click make one), and a verified flow answers at once. The code is normalised
     * (any script's digits, spaces and dashes) and must have 6 digits, as DQE's PINs have.
     */
    check(pin: string): Promise<PinActionResult> {
      const state = store.getState();
      if (state.status === "verified") return Promise.resolve({ ok: true, state });
      const normalised = normalizePinText(pin);
      const digits = normalised.ok ? normalised.digits : "";
      const gated = gate("check", digits);
      if (gated) return gated;
      if (digits.length !== pinCodeLength) {
        return refused(refusedBeforeSending("pin_malformed", 0));
      }
      // The mutation's variables hold a one-time secret, never the code itself.
      const variables = { verificationId: verificationId(), pin: new OneTimeSecret(digits) };
      dispatch({ type: "check" });
      return run("check", digits, variables, (vars, options) =>
        deps.adapter.checkPin({ verificationId: vars.verificationId, pin: vars.pin.take() }, options),
      );
    },

    /** Back to the number: the request under way is aborted and its answer dropped. */
    changeNumber(): void {
      dropInFlight();
      dispatch({ type: "changeNumber" });
    },

    /** Back to the start, forgetting the number. */
    reset(): void {
      dropInFlight();
      dispatch({ type: "reset" });
    },

    /** The UI shows the flow again (or for the first time): the code's expiry is followed again. */
    attach(): void {
      scheduleExpiry();
    },

    /**
     * The UI is gone or hidden: the request under way is aborted and its answer dropped. It fails as
     * `aborted` at once, so that nothing waits for an answer that will never come (the code already sent
     * can still be checked or resent); the expiry timer stops until `attach()`.
     */
    dispose(): void {
      if (inFlight) {
        const { kind } = inFlight;
        dropInFlight();
        dispatch({
          type: kind === "check" ? "checkFailed" : "sendFailed",
          error: new VerifyError("aborted"),
          at: now(),
        });
      }
      clearTimeout(expiryTimer);
      expiryTimer = undefined;
      expiryFor = undefined;
    },
  };
  return flow;
}

export type PinVerificationFlow = ReturnType<typeof createPinVerificationFlow>;
