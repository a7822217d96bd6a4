import {
  createNumberVerifyPoll,
  type NumberVerifyPollOptions,
  type NumberVerifyPollState,
  type NumberVerifyStartResult,
} from "@verify-kit/core/flows";
import { useMemo, useState, useSyncExternalStore } from "react";
import { useIsomorphicLayoutEffect } from "../internal/useIsomorphicLayoutEffect.js";
import { useMountedLifecycle } from "../internal/useMountedLifecycle.js";
import { useVerificationContext } from "../provider/VerificationProvider.js";

export type UseNumberVerifyPollOptions = NumberVerifyPollOptions;

export interface NumberVerifyPollActions {
  /**
   * Starts an operator check of `phone` and follows it to a final answer. Resolves with the operator
   * `url` and name once the server started the check. The same number while its check runs gets that
   * check (StrictMode starts one, not two); another number replaces it.
   */
  start(phone: string): Promise<NumberVerifyStartResult>;
  /** A new check of the last number. */
  restart(): Promise<NumberVerifyStartResult>;
  /** Stops following (the request in flight is aborted); back to `idle`. */
  cancel(): void;
}

/** The check's state (discriminated by `status`) with its actions. */
export type NumberVerifyPoll = NumberVerifyPollState &
  NumberVerifyPollActions & {
    readonly state: NumberVerifyPollState;
  };

/**
 * The operator check ("Silent Network Auth"): `start(phone)` gives the page the phone must open, then the
 * hook follows the check until a final answer, with at most one request in flight. It long-polls so the
 * answer shows the moment the server knows it, falls back to short polls with backoff where long ones
 * get cut, retries network and 5xx failures, and keeps following while the page is hidden unless
 * `pauseWhenHidden`. `fallbackToSms` says when the SMS PIN is the way on.
 */
export function useNumberVerifyPoll(options: UseNumberVerifyPollOptions = {}): NumberVerifyPoll {
  const { adapter, queryClient } = useVerificationContext("useNumberVerifyPoll");
  const deps = { ...options, adapter, queryClient };
  const [poll] = useState(() => createNumberVerifyPoll(deps));
  useIsomorphicLayoutEffect(() => poll.update(deps));
  useMountedLifecycle(poll);
  const state = useSyncExternalStore(poll.subscribe, poll.getState, poll.getState);
  return useMemo(
    () => ({ ...state, state, start: poll.start, restart: poll.restart, cancel: poll.cancel }),
    [state, poll],
  );
}
