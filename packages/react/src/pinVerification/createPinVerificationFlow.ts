import type { QueryClient } from "@tanstack/react-query";
import { type ConsentChannels, type Outcome, VerifyError } from "@verify-kit/core";
import { OneTimeSecret } from "../internal/OneTimeSecret.js";
import { runMutation } from "../internal/runMutation.js";
import { normalizePinText } from "../pinInput/normalizePinText.js";
import type { VerificationAdapter } from "../provider/VerificationAdapter.js";
import {
  initialPinVerificationState,
  type PinVerificationAction,
  type PinVerificationState,
  pinActionRefusal,
  pinVerificationReducer,
  sessionOf,
} from "./pinVerificationReducer.js";
import { VerificationUsageError } from "./VerificationUsageError.js";

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
  /** Digits in a code; a shorter or longer code is refused without a request. @default 6 */
  readonly codeLength?: number | undefined;
}

export interface PinVerificationFlowDeps extends PinVerificationFlowOptions {
  readonly adapter: VerificationAdapter;
  readonly queryClient: QueryClient;
  /** @default Date.now */
  readonly now?: () => number;
}

interface InFlight {
  readonly kind: "send" | "resend" | "check";
  /** What makes a second call the same request: the number, or the code (held only while in flight). */
  readonly key: string;
  readonly promise: Promise<PinActionResult>;
  readonly controller: AbortController;
}

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
  let state: PinVerificationState = initialPinVerificationState;
  let inFlight: InFlight | undefined;
  // Bumped by changeNumber, reset and dispose: answers of an older generation are dropped.
  let generation = 0;
  let expiryTimer: ReturnType<typeof setTimeout> | undefined;
  let expiryFor: number | undefined;
  let verifiedNotified: string | undefined;
  const listeners = new Set<() => void>();
  const now = () => (deps.now ?? Date.now)();

  function scheduleExpiry() {
    const expiresAt = state.status === "sent" || state.status === "rejected" ? state.expiresAt : undefined;
    if (expiresAt === expiryFor) return;
    clearTimeout(expiryTimer);
    expiryTimer = undefined;
    expiryFor = expiresAt;
    if (expiresAt !== undefined) {
      expiryTimer = setTimeout(() => dispatch({ type: "expire", at: now() }), Math.max(0, expiresAt - now()));
    }
  }

  function dispatch(action: PinVerificationAction) {
    const next = pinVerificationReducer(state, action);
    if (next === state) return;
    state = next;
    scheduleExpiry();
    for (const listener of listeners) listener();
    if (state.status === "verified" && verifiedNotified !== state.verificationId) {
      verifiedNotified = state.verificationId;
      deps.onVerified?.(state);
    }
  }

  function dropInFlight() {
    generation += 1;
    inFlight?.controller.abort();
    inFlight = undefined;
  }

  const refused = (error: VerifyError | VerificationUsageError): PinActionResult => ({
    ok: false,
    error,
    state,
  });

  function run<T>(
    kind: InFlight["kind"],
    key: string,
    request: (signal: AbortSignal) => Promise<Outcome<T>>,
    settle: (outcome: Outcome<T>) => PinVerificationAction,
    result: () => PinActionResult,
  ): Promise<PinActionResult> {
    const controller = new AbortController();
    const startedIn = generation;
    const promise = request(controller.signal).then((outcome): PinActionResult => {
      if (inFlight?.controller === controller) inFlight = undefined;
      // changeNumber(), reset() or an unmount came first: the answer is no longer wanted.
      if (startedIn !== generation || controller.signal.aborted) return refused(new VerifyError("aborted"));
      dispatch(settle(outcome));
      return outcome.ok ? result() : { ok: false, error: outcome.error, state };
    });
    inFlight = { kind, key, promise, controller };
    return promise;
  }

  /** The same request again while it runs: share it. Anything else while a request runs: refused. */
  function joinOrRefuse(
    kind: InFlight["kind"],
    key: string,
    action: string,
  ): Promise<PinActionResult> | undefined {
    if (inFlight === undefined) return undefined;
    if (inFlight.kind === kind && inFlight.key === key) return inFlight.promise;
    return Promise.resolve(refused(new VerificationUsageError("busy", action, state.status)));
  }

  const flow = {
    getState: (): PinVerificationState => state,

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Replaces the adapter, client and callbacks (the hook calls it on every render). */
    update(next: PinVerificationFlowDeps) {
      deps = next;
    },

    /** Sends a code by SMS to `phone`; sending to another number ends the current verification. */
    send(input: SendPinInput): Promise<PinActionResult> {
      const key = JSON.stringify([input.phone, input.consent ?? null]);
      const joined = joinOrRefuse("send", key, "send");
      if (joined) return joined;
      // A send from any other state starts over: nothing of the previous verification may come back.
      dropInFlight();
      dispatch({ type: "send", phone: input.phone });
      const body = { phone: input.phone, ...(input.consent === undefined ? {} : { consent: input.consent }) };
      return run(
        "send",
        key,
        (signal) =>
          runMutation(
            deps.queryClient,
            pinMutationKeys.send,
            (variables: typeof body) => deps.adapter.sendPin(variables, { signal }),
            body,
          ),
        (outcome) =>
          outcome.ok
            ? { type: "sent", answer: outcome.value, at: now() }
            : { type: "sendFailed", error: outcome.error },
        () => ({ ok: true, state }),
      );
    },

    /** Sends a new code for the current verification; the previous code stops working. */
    resend(): Promise<PinActionResult> {
      const joined = joinOrRefuse("resend", "", "resend");
      if (joined) return joined;
      const refusal = pinActionRefusal(state, "resend", now());
      if (refusal) {
        return Promise.resolve(
          refused(
            "usage" in refusal
              ? new VerificationUsageError(refusal.usage, "resend", state.status)
              : refusal.error,
          ),
        );
      }
      // pinActionRefusal made sure there is a session.
      const id = sessionOf(state)?.verificationId ?? "";
      dispatch({ type: "resend" });
      return run(
        "resend",
        "",
        (signal) =>
          runMutation(
            deps.queryClient,
            pinMutationKeys.resend,
            (variables: { verificationId: string }) => deps.adapter.resendPin(variables, { signal }),
            { verificationId: id },
          ),
        (outcome) =>
          outcome.ok
            ? { type: "sent", answer: outcome.value, at: now() }
            : { type: "sendFailed", error: outcome.error },
        () => ({ ok: true, state }),
      );
    },

    /**
     * Checks a code. The same code again while it is being checked shares that request (auto-submit,
     * Enter and a double click make one), and a verified flow answers at once. The code is normalised
     * (any script's digits, spaces and dashes) and must have `codeLength` digits.
     */
    check(pin: string): Promise<PinActionResult> {
      if (state.status === "verified") return Promise.resolve({ ok: true, state });
      const length = deps.codeLength ?? 6;
      const normalised = normalizePinText(pin);
      const digits = normalised.ok ? normalised.digits : "";
      const joined = joinOrRefuse("check", digits, "check");
      if (joined) return joined;
      const refusal = pinActionRefusal(state, "check", now());
      if (refusal) {
        return Promise.resolve(
          refused(
            "usage" in refusal
              ? new VerificationUsageError(refusal.usage, "check", state.status)
              : refusal.error,
          ),
        );
      }
      if (digits.length !== length) {
        return Promise.resolve(
          refused(new VerifyError("pin_malformed", { detail: "refused before sending" })),
        );
      }
      const verificationId = sessionOf(state)?.verificationId ?? "";
      dispatch({ type: "check" });
      // The mutation's variables hold a one-time secret, never the code itself.
      const variables = { verificationId, pin: new OneTimeSecret(digits) };
      return run(
        "check",
        digits,
        (signal) =>
          runMutation(
            deps.queryClient,
            pinMutationKeys.check,
            (vars: typeof variables) =>
              deps.adapter.checkPin(
                { verificationId: vars.verificationId, pin: vars.pin.take() },
                { signal },
              ),
            variables,
          ),
        (outcome) =>
          outcome.ok
            ? { type: "checked", answer: outcome.value }
            : { type: "checkFailed", error: outcome.error },
        () =>
          state.status === "verified"
            ? { ok: true, state }
            : { ok: false, error: "error" in state ? state.error : new VerifyError("pin_invalid"), state },
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

    attach(): void {
      scheduleExpiry();
    },

    /** After unmount: aborts the request under way (its answer is dropped) and clears the expiry timer. */
    dispose(): void {
      dropInFlight();
      clearTimeout(expiryTimer);
      expiryTimer = undefined;
      expiryFor = undefined;
    },
  };
  return flow;
}

export type PinVerificationFlow = ReturnType<typeof createPinVerificationFlow>;
