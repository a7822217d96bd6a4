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
  type PollMemory,
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
    } & Partial<NumberCheck> & { readonly phone: string } & Partial<Progress>)
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
    } & Partial<NumberCheck> & { readonly phone: string } & Partial<Progress>);

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

interface Run {
  readonly phone: string;
  /** Aborted when the run ends: its requests, its timers' effects. */
  readonly controller: AbortController;
  startPromise: Promise<NumberVerifyStartResult> | undefined;
  check: NumberCheck | undefined;
  memory: PollMemory;
  attempts: number;
  deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  /** Ends the current pause early (the page showed again, the run ended). */
  wake: (() => void) | undefined;
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

  const current = (candidate: Run) => run === candidate && !candidate.controller.signal.aborted;

  function endRun(ended: Run) {
    clearTimeout(ended.deadlineTimer);
    ended.controller.abort();
    ended.wake?.();
    if (run === ended) run = undefined;
  }

  const progress = (of: Run): Progress => ({
    elapsedMs: of.check ? now() - of.check.startedAt : 0,
    attempts: of.attempts,
  });

  /** Pauses `ms` (or until woken, with `ms` undefined), unless the run ends first. */
  function pause(of: Run, ms: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (of.wake === done) of.wake = undefined;
        resolve();
      }
      of.wake = done;
    });
  }

  /** One poll, through the QueryClient: the check's status query holds the latest answer. */
  async function poll(of: Run, check: NumberCheck, waitS: number): Promise<Outcome<NumberVerifyStatus>> {
    try {
      const status = await deps.queryClient.fetchQuery({
        queryKey: numberVerifyKeys.status(check.checkId),
        queryFn: async ({ signal }) => {
          const answer = await deps.adapter.getNumberVerify(check.checkId, {
            signal: eitherSignal(signal, of.controller.signal),
            ...(waitS > 0 ? { waitS } : {}),
          });
          if (!answer.ok) throw answer.error;
          return answer.value;
        },
        staleTime: 0,
        retry: false,
        networkMode: "always",
      });
      return success(status);
    } catch (cause) {
      return failure(cause instanceof VerifyError ? cause : new VerifyError("network_error", { cause }));
    }
  }

  function timeOut(of: Run) {
    if (!current(of) || !of.check) return;
    const check = of.check;
    const ended = progress(of);
    endRun(of);
    setState({
      status: "timed_out",
      ...check,
      ...ended,
      error: new VerifyError("check_timed_out"),
      fallbackToSms: true,
    });
  }

  async function follow(of: Run, check: NumberCheck) {
    const deadlineAt = check.startedAt + (deps.deadlineS ?? 120) * 1000;
    of.deadlineTimer = setTimeout(() => timeOut(of), Math.max(0, deadlineAt - now()));
    while (current(of)) {
      if (deps.pauseWhenHidden && isHidden()) {
        await pause(of, undefined);
        continue;
      }
      const rules = policy();
      const leftMs = deadlineAt - now();
      if (leftMs <= 0) return timeOut(of);
      const waitS = of.memory.mode === "long" ? Math.min(rules.waitS, Math.ceil(leftMs / 1000)) : 0;
      const sentAt = now();
      const outcome = await poll(of, check, waitS);
      if (!current(of)) return;
      of.attempts += 1;
      const durationMs = now() - sentAt;

      let answer: PollAnswer;
      let retrying: VerifyError | undefined;
      if (outcome.ok && outcome.value.status === "pending") {
        answer = { kind: "pending", durationMs, waitS };
      } else if (outcome.ok) {
        const ended = progress(of);
        endRun(of);
        const value = outcome.value;
        if (value.status === "verified")
          setState({ status: "verified", ...check, ...ended, fallbackToSms: false });
        else if (value.status === "not_verified") {
          setState({
            status: "not_verified",
            ...check,
            ...ended,
            error: new VerifyError("number_not_verified"),
            fallbackToSms: true,
          });
        } else if (value.status === "failed") {
          const error = errorFromBody(value.error);
          setState({ status: "failed", ...check, ...ended, error, fallbackToSms: error.fallbackToSms });
        }
        return;
      } else if (isTransient(outcome.error)) {
        answer = { kind: "failure", durationMs, waitS, retryAfterS: outcome.error.retryAfterS };
        retrying = outcome.error;
      } else {
        // The server's own verdict about the check (gone, expired, refused): final, never retried.
        const ended = progress(of);
        endRun(of);
        const error = outcome.error;
        setState({ status: "failed", ...check, ...ended, error, fallbackToSms: error.fallbackToSms });
        return;
      }

      const decision = nextPollDelay(of.memory, answer, rules);
      if (decision.action === "stop") return;
      if (decision.action === "give_up") {
        const ended = progress(of);
        endRun(of);
        const error = retrying ?? new VerifyError("network_error");
        setState({ status: "error", ...check, ...ended, error, fallbackToSms: error.fallbackToSms });
        return;
      }
      of.memory = decision.memory;
      setState({ status: "pending", ...check, ...progress(of), mode: of.memory.mode, retrying });
      if (decision.delayMs > 0) await pause(of, decision.delayMs);
    }
  }

  function begin(phone: string): Promise<NumberVerifyStartResult> {
    const started: Run = {
      phone,
      controller: new AbortController(),
      startPromise: undefined,
      check: undefined,
      memory: initialPollMemory(policy()),
      attempts: 0,
      deadlineTimer: undefined,
      wake: undefined,
    };
    run = started;
    lastPhone = phone;
    setState({ status: "starting", phone });
    const { signal } = started.controller;
    started.startPromise = runMutation(
      deps.queryClient,
      numberVerifyKeys.start,
      (body: { phone: string }) => deps.adapter.startNumberVerify(body, { signal }),
      { phone },
    ).then((outcome): NumberVerifyStartResult => {
      if (!current(started)) return { ok: false, error: new VerifyError("aborted") };
      if (!outcome.ok) {
        endRun(started);
        const error = outcome.error;
        setState({
          status: isTransient(error) ? "error" : "failed",
          phone,
          error,
          fallbackToSms: error.fallbackToSms,
        });
        return { ok: false, error };
      }
      const check: NumberCheck = {
        phone,
        checkId: outcome.value.checkId,
        url: outcome.value.url,
        operator: outcome.value.operator,
        startedAt: now(),
      };
      started.check = check;
      setState({
        status: "pending",
        ...check,
        elapsedMs: 0,
        attempts: 0,
        mode: started.memory.mode,
        retrying: undefined,
      });
      void follow(started, check);
      return { ok: true, check };
    });
    return started.startPromise;
  }

  const onVisibilityChange = () => {
    // Back on the page: poll now rather than at the end of a pause.
    if (!isHidden()) run?.wake?.();
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
      if (run && run.phone === phone && current(run)) {
        if (run.check) return Promise.resolve({ ok: true, check: run.check });
        if (run.startPromise) return run.startPromise;
      }
      if (run) endRun(run);
      return begin(phone);
    },

    /** A new check of the same number (after a final status, or to give up on the one pending). */
    restart(): Promise<NumberVerifyStartResult> {
      if (run) endRun(run);
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
      if (run) endRun(run);
      setState({ status: "idle" });
    },

    attach(): void {
      if (typeof document !== "undefined") document.addEventListener("visibilitychange", onVisibilityChange);
    },

    dispose(): void {
      if (typeof document !== "undefined")
        document.removeEventListener("visibilitychange", onVisibilityChange);
      if (run) endRun(run);
    },
  };
}

export type NumberVerifyPoll = ReturnType<typeof createNumberVerifyPoll>;
