import type { QueryClient } from "@tanstack/react-query";
import {
  type ApiErrorBody,
  failure,
  type NumberVerifyStatus,
  type Outcome,
  success,
  VerifyError,
} from "@verify-kit/core";
import { runMutation } from "../internal/runMutation.js";
import { VerificationUsageError } from "../pinVerification/VerificationUsageError.js";
import type { VerificationAdapter } from "../provider/VerificationAdapter.js";
import {
  defaultPollPolicy,
  initialPollMemory,
  nextPollDelay,
  type PollAnswer,
  type PollPolicy,
} from "./nextPollDelay.js";

/** The operator check the server started: the page the phone must open. */
export interface NumberCheck {
  readonly phone: string;
  /** The server's opaque id of the check. */
  readonly checkId: string;
  /** The operator page to open on the phone, over mobile data (show it as a QR code on a desktop). */
  readonly url: string;
  readonly operator: string;
  /** When the start answer arrived, epoch ms. */
  readonly startedAt: number;
}

interface Progress {
  /** Milliseconds since the start answer, as of the latest poll answer. */
  readonly elapsedMs: number;
  /** Polls sent so far. */
  readonly attempts: number;
}

interface RetryTime {
  /** When a limit lets a new check start (epoch ms), from the error's `retryAfterS` on its arrival. */
  readonly retryAt?: number | undefined;
}

/** The operator check, one status at a time. */
export type NumberVerifyPollState =
  | { readonly status: "idle" }
  | { readonly status: "starting"; readonly phone: string }
  /** Waiting for the phone; `mode` says whether the hook long-polls or fell back to short polls. */
  | ({
      readonly status: "pending";
      readonly mode: "long" | "short";
      /** The last poll failed and will be retried (network, 5xx). */
      readonly retrying: VerifyError | undefined;
    } & NumberCheck &
      Progress)
  | ({ readonly status: "verified"; readonly fallbackToSms: false } & NumberCheck & Progress)
  /** The operator says the phone that opened the page does not use this number. */
  | ({
      readonly status: "not_verified";
      readonly error: VerifyError;
      readonly fallbackToSms: true;
    } & NumberCheck &
      Progress)
  /** The check ended without a verdict (declined, other number, no data, expired...) or could not start. */
  | ({
      readonly status: "failed";
      readonly error: VerifyError;
      readonly fallbackToSms: boolean;
    } & Partial<NumberCheck> & { readonly phone: string } & Partial<Progress> &
      RetryTime)
  /** The hook's own deadline passed without a final answer. */
  | ({
      readonly status: "timed_out";
      readonly error: VerifyError;
      readonly fallbackToSms: true;
    } & NumberCheck &
      Progress)
  /** The network or the server failed (after retries, for polls). */
  | ({
      readonly status: "error";
      readonly error: VerifyError;
      readonly fallbackToSms: boolean;
    } & Partial<NumberCheck> & { readonly phone: string } & Partial<Progress> &
      RetryTime);

export type NumberVerifyPollStatus = NumberVerifyPollState["status"];

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
}

/** TanStack Query keys: the start mutation, and the query holding each check's latest status. */
export const numberVerifyKeys = {
  start: ["verify-kit", "number-verify", "start"],
  status: (checkId: string) => ["verify-kit", "number-verify", "status", checkId] as const,
} as const;

const finalStatuses: ReadonlySet<NumberVerifyPollStatus> = new Set([
  "verified",
  "not_verified",
  "failed",
  "timed_out",
  "error",
]);

/** A failure worth retrying: the network, or a 5xx (our server's or DQE's, relayed as 502/504). */
function isTransient(error: VerifyError): boolean {
  return error.code === "network_error" || error.code === "server_error" || (error.httpStatus ?? 0) >= 500;
}

function errorFromBody(body: ApiErrorBody): VerifyError {
  return new VerifyError(body.code, body.retryAfterS === undefined ? {} : { retryAfterS: body.retryAfterS });
}

/** Both signals' aborts, for browsers without `AbortSignal.any`. */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any([a, b]);
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (a.aborted || b.aborted) abort();
  a.addEventListener("abort", abort, { once: true });
  b.addEventListener("abort", abort, { once: true });
  return controller.signal;
}

const isHidden = () => typeof document !== "undefined" && document.visibilityState === "hidden";

/** One check, from its start to its end: what `start` of the same number and the page's visibility need. */
interface Run {
  readonly phone: string;
  /** The start request, resolved once the server started the check (or could not). */
  started?: Promise<NumberVerifyStartResult>;
  /** The check, once started. */
  readonly check: () => NumberCheck | undefined;
  /** Ends the current pause early (the page showed again). */
  readonly wake: () => void;
  /** Aborts its requests and clears its timers. */
  readonly end: () => void;
}

/**
 * The operator check outside React: start it, follow it (long polls, or short polls with backoff where
 * long ones get cut; one request in flight), stop at the final answer, the deadline, `cancel()` or
 * disposal. `useNumberVerifyPoll` is a thin wrapper around it.
 */
export function createNumberVerifyPoll(initialDeps: NumberVerifyPollDeps) {
  let deps = initialDeps;
  let state: NumberVerifyPollState = { status: "idle" };
  let run: Run | undefined;
  let lastPhone: string | undefined;
  const listeners = new Set<() => void>();
  const policy = (): PollPolicy => ({ ...defaultPollPolicy, ...deps.policy });
  const now = () => Date.now();

  function setState(next: NumberVerifyPollState) {
    state = next;
    for (const listener of listeners) listener();
    if (finalStatuses.has(next.status)) {
      if (next.status === "verified") deps.onVerified?.(next);
      deps.onSettled?.(next);
    }
  }

  function begin(phone: string): Promise<NumberVerifyStartResult> {
    const controller = new AbortController();
    const { signal } = controller;
    let check: NumberCheck | undefined;
    let memory = initialPollMemory(policy());
    let attempts = 0;
    let deadlineTimer: ReturnType<typeof setTimeout> | undefined;
    let wake: (() => void) | undefined;
    const live = () => run === self && !signal.aborted;
    const progress = (): Progress => ({ elapsedMs: check ? now() - check.startedAt : 0, attempts });

    function end() {
      clearTimeout(deadlineTimer);
      controller.abort();
      wake?.();
      if (run === self) run = undefined;
    }

    /** Ends the run with a final status: the check and its progress (once started), and the error if any. */
    function settle(
      status: "verified" | "not_verified" | "failed" | "timed_out" | "error",
      error?: VerifyError,
    ) {
      const ended = check && { ...check, ...progress() };
      const retryAt = error?.retryAfterS ? { retryAt: now() + error.retryAfterS * 1000 } : undefined;
      end();
      setState({
        status,
        phone,
        ...ended,
        ...(error ? { error, fallbackToSms: error.fallbackToSms } : { fallbackToSms: false }),
        ...retryAt,
      } as NumberVerifyPollState);
    }

    /** Pauses `ms` (or until woken, with `ms` undefined), unless the run ends first. */
    const pause = (ms?: number) =>
      new Promise<void>((resolve) => {
        const timer = ms === undefined ? undefined : setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          if (wake === done) wake = undefined;
          resolve();
        }
        wake = done;
      });

    /** One poll, through the QueryClient: the check's status query holds the latest answer. */
    async function poll(checkId: string, waitS: number): Promise<Outcome<NumberVerifyStatus>> {
      try {
        return success(
          await deps.queryClient.fetchQuery({
            queryKey: numberVerifyKeys.status(checkId),
            queryFn: async ({ signal: querySignal }) => {
              const answer = await deps.adapter.getNumberVerify(checkId, {
                signal: eitherSignal(querySignal, signal),
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

    async function follow(started: NumberCheck) {
      const deadlineAt = started.startedAt + (deps.deadlineS ?? 120) * 1000;
      const timeOut = () => {
        if (live()) settle("timed_out", new VerifyError("check_timed_out"));
      };
      deadlineTimer = setTimeout(timeOut, Math.max(0, deadlineAt - now()));
      while (live()) {
        if (deps.pauseWhenHidden && isHidden()) {
          await pause();
          continue;
        }
        const rules = policy();
        const leftMs = deadlineAt - now();
        if (leftMs <= 0) return timeOut();
        const waitS = memory.mode === "long" ? Math.min(rules.waitS, Math.ceil(leftMs / 1000)) : 0;
        const sentAt = now();
        const outcome = await poll(started.checkId, waitS);
        if (!live()) return;
        attempts += 1;
        const durationMs = now() - sentAt;

        let answer: PollAnswer;
        let retrying: VerifyError | undefined;
        if (outcome.ok) {
          const value = outcome.value;
          if (value.status === "verified") return settle("verified");
          if (value.status === "not_verified")
            return settle("not_verified", new VerifyError("number_not_verified"));
          if (value.status === "failed") return settle("failed", errorFromBody(value.error));
          answer = { kind: "pending", durationMs, waitS };
        } else {
          retrying = outcome.error;
          // The server's own verdict about the check (gone, expired, refused): final, never retried.
          if (!isTransient(retrying)) return settle("failed", retrying);
          answer = { kind: "failure", durationMs, waitS, retryAfterS: retrying.retryAfterS };
        }

        const decision = nextPollDelay(memory, answer, rules);
        if (decision.action === "stop") return;
        if (decision.action === "give_up")
          return settle("error", retrying ?? new VerifyError("network_error"));
        memory = decision.memory;
        setState({ status: "pending", ...started, ...progress(), mode: memory.mode, retrying });
        if (decision.delayMs > 0) await pause(decision.delayMs);
      }
    }

    const self: Run = { phone, check: () => check, wake: () => wake?.(), end };
    run = self;
    lastPhone = phone;
    setState({ status: "starting", phone });
    self.started = runMutation(
      deps.queryClient,
      numberVerifyKeys.start,
      (body: { phone: string }) => deps.adapter.startNumberVerify(body, { signal }),
      { phone },
    ).then((outcome): NumberVerifyStartResult => {
      if (!live()) return { ok: false, error: new VerifyError("aborted") };
      if (!outcome.ok) {
        const error = outcome.error;
        settle(isTransient(error) ? "error" : "failed", error);
        return { ok: false, error };
      }
      const { checkId, url, operator } = outcome.value;
      check = { phone, checkId, url, operator, startedAt: now() };
      setState({
        status: "pending",
        ...check,
        elapsedMs: 0,
        attempts: 0,
        mode: memory.mode,
        retrying: undefined,
      });
      void follow(check);
      return { ok: true, check };
    });
    return self.started;
  }

  const onVisibilityChange = () => {
    // Back on the page: poll now rather than at the end of a pause.
    if (!isHidden()) run?.wake();
  };

  return {
    getState: (): NumberVerifyPollState => state,

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    update(next: NumberVerifyPollDeps) {
      deps = next;
    },

    /**
     * Starts a check of `phone` and follows it. The same number while its check starts or is pending
     * gets that check (StrictMode's second effect, a double click); another number replaces it.
     */
    start(phone: string): Promise<NumberVerifyStartResult> {
      if (run?.phone === phone) {
        const check = run.check();
        if (check) return Promise.resolve({ ok: true, check });
        if (run.started) return run.started;
      }
      run?.end();
      return begin(phone);
    },

    /** A new check of the same number (after a final status, or to give up on the one pending). */
    restart(): Promise<NumberVerifyStartResult> {
      run?.end();
      if (lastPhone === undefined) {
        return Promise.resolve({
          ok: false,
          error: new VerificationUsageError("not_sent", "restart", state.status),
        });
      }
      return begin(lastPhone);
    },

    /** Stops following: the request in flight is aborted, and the state goes back to idle. */
    cancel(): void {
      run?.end();
      setState({ status: "idle" });
    },

    attach(): void {
      if (typeof document !== "undefined") document.addEventListener("visibilitychange", onVisibilityChange);
    },

    dispose(): void {
      if (typeof document !== "undefined")
        document.removeEventListener("visibilitychange", onVisibilityChange);
      run?.end();
    },
  };
}

export type NumberVerifyPoll = ReturnType<typeof createNumberVerifyPoll>;
