import {
  createPinVerificationFlow,
  type PinActionResult,
  type PinVerificationFlowOptions,
  type PinVerificationState,
  type SendPinInput,
} from "@verify-kit/core/flows";
import { useMemo, useState, useSyncExternalStore } from "react";
import { useIsomorphicLayoutEffect } from "../internal/useIsomorphicLayoutEffect.js";
import { useMountedLifecycle } from "../internal/useMountedLifecycle.js";
import { useVerificationContext } from "../provider/VerificationProvider.js";

export type UsePinVerificationOptions = PinVerificationFlowOptions;

/** The actions of the SMS PIN flow. Each resolves (never rejects) once its request settles. */
export interface PinVerificationActions {
  /** Sends a code by SMS; to another number, it ends the verification under way. */
  send(input: SendPinInput): Promise<PinActionResult>;
  /**
   * Checks a code. The same code again while it is checked shares the request; before a code was sent it
   * is refused with a `VerificationUsageError` (`not_sent`), without a request.
   */
  check(pin: string): Promise<PinActionResult>;
  /** Sends a new code for the current verification, once the cooldown is over. */
  resend(): Promise<PinActionResult>;
  /** Back to the number: the request under way is aborted and its answer dropped; `phone` is kept. */
  changeNumber(): void;
  /** Back to the start. */
  reset(): void;
}

/** The flow's state (discriminated by `status`) with its actions. */
export type PinVerification = PinVerificationState &
  PinVerificationActions & {
    /** The state alone, e.g. for `useResendCountdown(flow.state)`. */
    readonly state: PinVerificationState;
  };

/**
 * The SMS PIN flow: send a code, check it, resend it, change the number. The state is one discriminated
 * `status`; requests run one at a time as TanStack Query mutations, are aborted on `changeNumber()`,
 * `reset()` and unmount, and their late answers are dropped. Countdowns live in `useResendCountdown`.
 */
export function usePinVerification(options: UsePinVerificationOptions = {}): PinVerification {
  const { adapter, queryClient } = useVerificationContext("usePinVerification");
  const deps = { adapter, queryClient, onVerified: options.onVerified, locale: options.locale };
  const [flow] = useState(() => createPinVerificationFlow(deps));
  useIsomorphicLayoutEffect(() => flow.update(deps));
  useMountedLifecycle(flow);
  const state = useSyncExternalStore(flow.subscribe, flow.getState, flow.getState);
  return useMemo(
    () => ({
      ...state,
      state,
      send: flow.send,
      check: flow.check,
      resend: flow.resend,
      changeNumber: flow.changeNumber,
      reset: flow.reset,
    }),
    [state, flow],
  );
}
