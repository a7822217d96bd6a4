import type { QueryClient } from "@tanstack/query-core";
import type { NumberVerifyStatus } from "../../api/verifyApiTypes.js";
import { errorCatalogue } from "../../errors/errorCatalogue.js";
import { failure, type Outcome, success } from "../../errors/Outcome.js";
import { VerifyError } from "../../errors/VerifyError.js";
import { createFlowStore } from "../createFlowStore.js";
import { limitRefusal } from "../refusedBeforeSending.js";
import { runMutation } from "../runMutation.js";
import type { VerificationAdapter } from "../VerificationAdapter.js";
import { VerificationUsageError } from "../VerificationUsageError.js";
import {
  defaultPollPolicy,
  initialPollMemory,
  nextPollDelay,
  type PollAnswer,
  type PollPolicy,
} from "./nextPollDelay.js";
import {
  initialNumberVerifyPollState,
  type NumberCheck,
  type NumberVerifyFinalStatus,
  type NumberVerifyPollState,
} from "./numberVerifyPollState.js";

export type NumberVerifyStartResult =
  | { readonly ok: true; readonly check: NumberCheck }
  | { readonly ok: false; readonly error: VerifyError | VerificationUsageError };

export interface NumberVerifyPollOptions {
  /** The hook's own deadline from the start answer, in seconds: then `timed_out`. @default 120 */
  readonly deadlineS?: number | undefined;
  /**
   * Stop polling while the page is hidden (and poll at once when it shows again). By default the hook
   * keeps following: on a desktop, the user is on the phone. @default false
   */
  readonly pauseWhenHidden?: boolean | undefined;
  /** Tuning of the polling policy (`nextPollDelay`). */
  readonly policy?: Partial<PollPolicy> | undefined;
  /** Called once per check when the number is verified. */
  readonly onVerified?: ((state: Extract<NumberVerifyPollState, { status: "verified" }>) => void) | undefined;
  /** Called once per check with its final state (verified, not_verified, failed, timed_out, error). */
  readonly onSettled?: ((state: NumberVerifyPollState) => void) | undefined;
}

export interface NumberVerifyPollDeps extends NumberVerifyPollOptions {
  readonly adapter: VerificationAdapter;
  readonly queryClient: QueryClient;
  /** @default Date.now */
  readonly now?: (() => number) | undefined;
}

/** TanStack Query keys: the start mutation, and the query holding each check's latest status. */
export const numberVerifyKeys = {
  start: ["verify-kit", "number-verify", "start"],
  status: (checkId: string) => ["verify-kit", "number-verify", "status", checkId] as const,
} as const;

/** A failure worth retrying by itself: the network or a server on the way, as the catalogue flags it. */
const isTransient = (error: VerifyError): boolean => errorCatalogue[error.code].transient;

// The page, where there is one (not on a server, nor in plain Node).
const page = typeof document === "undefined" ? undefined : document;
const isHidden = () => page?.visibilityState === "hidden";

/** One check, from its start to its end: its requests, timers and what `start` of the same number needs. */
interface Run {
  readonly phone: string;
  readonly controller: AbortController;
  /** The start request, resolved once the server started the check (or could not). */
  started?: Promise<NumberVerifyStartResult>;
  /** The check, once started. */
  check?: NumberCheck;
  /** Ends the current pause early (the page showed again, or the run ended). */
  wake?: (() => void) | undefined;
  deadlineTimer?: ReturnType<typeof setTimeout>;
}

/**
 * The operator check outside React: start it, follow it (long polls, or short polls with backoff where
 * long ones get cut; one request in flight), stop at the final answer, the deadline, `cancel()` or
 * disposal. `useNumberVerifyPoll` is a thin wrapper around it.
 */
export function createNumberVerifyPoll(initialDeps: NumberVerifyPollDeps) {
  let deps = initialDeps;
  // The loop below is the check's one writer: each step sets the next state whole.
  const store = createFlowStore(
    (_: NumberVerifyPollState, next: NumberVerifyPollState) => next,
    initialNumberVerifyPollState,
    (next) => {
      // Only the final states say whether the SMS PIN is the way on.
      if (!("fallbackToSms" in next)) return;
      if (next.status === "verified") deps.onVerified?.(next);
      deps.onSettled?.(next);
    },
  );
  const { dispatch: set } = store;
  let run: Run | undefined;
  let lastPhone: string | undefined;
  // The check last started: the one a pending state shows.
  let lastCheck: NumberCheck | undefined;
  const policy = (): PollPolicy => ({ ...defaultPollPolicy, ...deps.policy });
  const now = () => (deps.now ?? Date.now)();

  /** Aborts the run's requests and clears its timers (the current run's by default); it no longer changes the state. */
  function end(ended = run) {
    if (!ended) return;
    clearTimeout(ended.deadlineTimer);
    ended.controller.abort();
    // The poll in flight is the status query's fetch: cancelling the query aborts its request.
    if (ended.check)
      void deps.queryClient.cancelQueries({ queryKey: numberVerifyKeys.status(ended.check.checkId) });
    ended.wake?.();
    if (run === ended) run = undefined;
  }

  const live = (current: Run) => run === current && !current.controller.signal.aborted;

  /** Ends `current` with a final status (and its error, if any). */
  function settle(
    current: Run,
    status: NumberVerifyFinalStatus,
    attempts: number,
    error?: VerifyError,
    proof?: string,
  ) {
    end(current);
    const { check } = current;
    const at = now();
    set({
      status,
      phone: current.phone,
      ...(check && { ...check, elapsedMs: at - check.startedAt, attempts }),
      ...(error ? { error, fallbackToSms: error.fallbackToSms } : { fallbackToSms: false }),
      ...(error?.retryAfterS && { retryAt: at + error.retryAfterS * 1000 }),
      proof,
    } as NumberVerifyPollState);
  }

  /** Pauses `ms` (or until woken, with `ms` undefined), unless the run ends first. */
  const pause = (current: Run, ms?: number) =>
    new Promise<void>((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (current.wake === done) current.wake = undefined;
        resolve();
      }
      current.wake = done;
    });

  /** One poll, through the QueryClient: the check's status query holds the latest answer. */
  async function poll(checkId: string, waitS: number): Promise<Outcome<NumberVerifyStatus>> {
    try {
      return success(
        await deps.queryClient.fetchQuery({
          queryKey: numberVerifyKeys.status(checkId),
          queryFn: async ({ signal }) => {
            const answer = await deps.adapter.getNumberVerify(checkId, {
              signal,
              ...(waitS > 0 ? { waitS } : {}),
            });
            if (!answer.ok) throw answer.error;
            return answer.value;
          },
          staleTime: 0,
          retry: false,
          networkMode: "always",
        }),
      );
    } catch (cause) {
      return failure(cause instanceof VerifyError ? cause : new VerifyError("network_error", { cause }));
    }
  }

  /**
   * Follows `check` until a final answer, the deadline or the end of `current`, from `attempts` polls: the
   * state says `pending` at once, then after each poll that is not final (`retrying` when it failed).
   */
  async function follow(
    current: Run,
    check: NumberCheck,
    attempts = 0,
    mode = initialPollMemory(policy()).mode,
  ) {
    let memory = { ...initialPollMemory(policy()), mode };
    let retrying: VerifyError | undefined;
    let delayMs = 0;
    const deadlineAt = check.startedAt + (deps.deadlineS ?? 120) * 1000;
    const timeOut = () => {
      if (live(current)) settle(current, "timed_out", attempts, new VerifyError("check_timed_out"));
    };
    current.deadlineTimer = setTimeout(timeOut, Math.max(0, deadlineAt - now()));
    while (live(current)) {
      set({
        status: "pending",
        ...check,
        elapsedMs: now() - check.startedAt,
        attempts,
        mode: memory.mode,
        retrying,
      });
      if (delayMs > 0) await pause(current, delayMs);
      delayMs = 0;
      if (deps.pauseWhenHidden && isHidden()) {
        await pause(current);
        continue;
      }
      const rules = policy();
      const leftMs = deadlineAt - now();
      if (leftMs <= 0) return timeOut();
      const waitS = memory.mode === "long" ? Math.min(rules.waitS, Math.ceil(leftMs / 1000)) : 0;
      const sentAt = now();
      const outcome = await poll(check.checkId, waitS);
      if (!live(current)) return;
      attempts += 1;
      const durationMs = now() - sentAt;

      let answer: PollAnswer;
      retrying = undefined;
      if (outcome.ok) {
        const value = outcome.value;
        if (value.status === "verified") return settle(current, "verified", attempts, undefined, value.proof);
        if (value.status === "not_verified")
          return settle(current, "not_verified", attempts, new VerifyError("number_not_verified"));
        if (value.status === "failed")
          // The server's verdict, as it words errors (code, retryAfterS...).
          return settle(current, "failed", attempts, new VerifyError(value.error.code, value.error));
        answer = { kind: "pending", durationMs, waitS };
      } else {
        retrying = outcome.error;
        // The server's own verdict about the check (gone, expired, refused): final, never retried.
        if (!isTransient(retrying)) return settle(current, "failed", attempts, retrying);
        answer = { kind: "failure", durationMs, waitS, retryAfterS: retrying.retryAfterS };
      }

      const decision = nextPollDelay(memory, answer, rules);
      if (decision.action === "stop") return;
      if (decision.action === "give_up")
        return settle(current, "error", attempts, retrying ?? new VerifyError("network_error"));
      ({ memory, delayMs } = decision);
    }
  }

  function begin(phone: string): Promise<NumberVerifyStartResult> {
    const current: Run = { phone, controller: new AbortController() };
    const { signal } = current.controller;
    run = current;
    lastPhone = phone;
    set({ status: "starting", phone });
    current.started = runMutation(
      deps.queryClient,
      numberVerifyKeys.start,
      (body: { phone: string }) => deps.adapter.startNumberVerify(body, { signal }),
      { phone },
    ).then((outcome): NumberVerifyStartResult => {
      if (!live(current)) return { ok: false, error: new VerifyError("aborted") };
      if (!outcome.ok) {
        const error = outcome.error;
        settle(current, isTransient(error) ? "error" : "failed", 0, error);
        return { ok: false, error };
      }
      const { checkId, url, operator } = outcome.value;
      const check = { phone, checkId, url, operator, startedAt: now() };
      current.check = lastCheck = check;
      void follow(current, check);
      return { ok: true, check };
    });
    return current.started;
  }

  /**
   * Follows again the check the state shows pending when nothing follows it (after `dispose()`, as when
   * React's `<Activity>` hid the UI): a poll goes at once, or the deadline, if past, ends it. The run.
   */
  function resume(): Run | undefined {
    const state = store.getState();
    if (run !== undefined || state.status !== "pending") return run;
    const check = lastCheck as NumberCheck;
    const current: Run = { phone: check.phone, controller: new AbortController(), check };
    run = current;
    void follow(current, check, state.attempts, state.mode);
    return current;
  }

  /** A start refused before any request: the last check of this number ended on a limit whose wait runs. */
  const refusal = (phone: string): Promise<NumberVerifyStartResult> | undefined => {
    const error = limitRefusal(store.getState(), phone, now());
    return error && Promise.resolve({ ok: false, error });
  };

  const onVisibilityChange = () => {
    // Back on the page: poll now rather than at the end of a pause.
    if (!isHidden()) run?.wake?.();
  };

  return {
    getState: store.getState,
    subscribe: store.subscribe,

    update(next: NumberVerifyPollDeps) {
      deps = next;
    },

    /**
     * Starts a check of `phone` and follows it. The same number while its check starts or is pending
     * gets that check (StrictMode's second effect, a double click); another number replaces it. While a
     * limit's wait for this number runs (`retryAt` of the state), it is refused without a request.
     */
    start(phone: string): Promise<NumberVerifyStartResult> {
      const current = resume();
      if (current?.phone === phone) {
        if (current.check) return Promise.resolve({ ok: true, check: current.check });
        if (current.started) return current.started;
      }
      const refused = refusal(phone);
      if (refused) return refused;
      end(current);
      return begin(phone);
    },

    /**
     * A new check of the same number (after a final status, or to give up on the one pending); refused
     * without a request while a limit's wait runs.
     */
    restart(): Promise<NumberVerifyStartResult> {
      if (lastPhone === undefined) {
        return Promise.resolve({
          ok: false,
          error: new VerificationUsageError("not_sent", "restart", store.getState().status),
        });
      }
      const refused = refusal(lastPhone);
      if (refused) return refused;
      end();
      return begin(lastPhone);
    },

    /** Stops following: the request in flight is aborted, and the state goes back to idle. */
    cancel(): void {
      end();
      set(initialNumberVerifyPollState);
    },

    /** The UI shows the check again (or for the first time): a pending check is followed again. */
    attach(): void {
      page?.addEventListener("visibilitychange", onVisibilityChange);
      resume();
    },

    /**
     * The UI is gone or hidden: requests are aborted and timers cleared. A check still starting goes back to
     * idle (its start's answer will never come); a pending one stays pending, to be followed again on
     * `attach()`: it is still pending on the server.
     */
    dispose(): void {
      page?.removeEventListener("visibilitychange", onVisibilityChange);
      end();
      if (store.getState().status === "starting") set(initialNumberVerifyPollState);
    },
  };
}

export type NumberVerifyPollFlow = ReturnType<typeof createNumberVerifyPoll>;
