/** How the hook follows a number check; every duration in milliseconds unless named `…S`. */
export interface PollPolicy {
  /** Seconds the server may hold a long poll (at most the server's `maxWaitS`). @default 25 */
  readonly waitS: number;
  /** Start in short polling (never long-poll), e.g. behind a proxy known to cut held requests. @default false */
  readonly shortOnly: boolean;
  /**
   * A long poll answered `pending` before this share of its wait counts as cut: something between the
   * browser and the server does not hold requests. @default 0.5
   */
  readonly earlyRatio: number;
  /** A long poll that fails after this long counts as cut (an idle timeout of a proxy). @default 5000 */
  readonly cutAfterMs: number;
  /** Cut long polls in a row before switching to short polling. @default 2 */
  readonly cutsBeforeShort: number;
  /** First pause between short polls. @default 1000 */
  readonly shortDelayMs: number;
  /** Growth of the short-poll pause after each `pending`. @default 1.5 */
  readonly shortBackoff: number;
  /** Longest pause between short polls. @default 5000 */
  readonly shortMaxDelayMs: number;
  /** First pause after a failed poll (network, 5xx). Doubles per failure in a row. @default 1000 */
  readonly retryDelayMs: number;
  /** Longest pause after failures. @default 15000 */
  readonly retryMaxDelayMs: number;
  /** Failures in a row before giving up with status `error`. @default 6 */
  readonly maxFailures: number;
}

export const defaultPollPolicy: PollPolicy = {
  waitS: 25,
  shortOnly: false,
  earlyRatio: 0.5,
  cutAfterMs: 5000,
  cutsBeforeShort: 2,
  shortDelayMs: 1000,
  shortBackoff: 1.5,
  shortMaxDelayMs: 5000,
  retryDelayMs: 1000,
  retryMaxDelayMs: 15000,
  maxFailures: 6,
};

/** What the poller remembers between polls. */
export interface PollMemory {
  readonly mode: "long" | "short";
  /** Long polls cut in a row. */
  readonly cuts: number;
  /** Failed polls in a row. */
  readonly failures: number;
  /** `pending` answers in a row in short mode (the backoff step). */
  readonly shortPolls: number;
}

export function initialPollMemory(policy: PollPolicy): PollMemory {
  return { mode: policy.shortOnly ? "short" : "long", cuts: 0, failures: 0, shortPolls: 0 };
}

/** How the last poll ended. `durationMs` is from sending it to its answer; `waitS` what it asked for. */
export type PollAnswer =
  | { readonly kind: "pending"; readonly durationMs: number; readonly waitS: number }
  | { readonly kind: "final" }
  /** A network failure or a 5xx: worth trying again. `retryAfterS` when the server said so. */
  | {
      readonly kind: "failure";
      readonly durationMs: number;
      readonly waitS: number;
      readonly retryAfterS?: number | undefined;
    };

export type PollDecision =
  /** Poll again after `delayMs`, long-polling (`waitS`) or not (`waitS` 0) as `memory.mode` says. */
  | { readonly action: "poll"; readonly delayMs: number; readonly memory: PollMemory }
  /** A final answer: stop. */
  | { readonly action: "stop" }
  /** Too many failures in a row: stop with an error. */
  | { readonly action: "give_up"; readonly memory: PollMemory };

/** Poll again after `delayMs`, with what to remember. */
const poll = (delayMs: number, memory: PollMemory): PollDecision => ({ action: "poll", delayMs, memory });

/**
 * The polling policy, as a pure function of the last answer: long polls back to back while the server
 * holds them; short polls with a growing pause once long ones are seen cut (answered far too early, or
 * failing after a while); a doubling pause after failures, which are retried, unlike final answers.
 */
export function nextPollDelay(memory: PollMemory, answer: PollAnswer, policy: PollPolicy): PollDecision {
  if (answer.kind === "final") return { action: "stop" };
  const { mode, cuts, failures, shortPolls } = memory;
  const { durationMs, waitS } = answer;
  const longPoll = mode === "long" && waitS > 0;
  /** The memory after a long poll was cut: short polling from `cutsBeforeShort` cuts in a row. */
  const afterCut = (failures: number): PollMemory => ({
    ...memory,
    failures,
    cuts: cuts + 1,
    mode: cuts + 1 >= policy.cutsBeforeShort ? "short" : mode,
  });

  if (answer.kind === "pending") {
    if (longPoll) {
      if (durationMs >= waitS * 1000 * policy.earlyRatio) return poll(0, { ...memory, cuts: 0, failures: 0 });
      const next = afterCut(0);
      // Not straight back: a server that never holds would otherwise be asked in a tight loop.
      return poll(next.mode === "short" ? policy.shortDelayMs : 0, next);
    }
    const step = mode === "short" ? shortPolls : 0;
    const delayMs = Math.min(policy.shortMaxDelayMs, policy.shortDelayMs * policy.shortBackoff ** step);
    return poll(Math.round(delayMs), { ...memory, failures: 0, shortPolls: step + 1 });
  }

  const cut = longPoll && durationMs >= policy.cutAfterMs;
  const next = cut ? afterCut(failures + 1) : { ...memory, failures: failures + 1 };
  if (next.failures >= policy.maxFailures) return { action: "give_up", memory: next };
  // A cut long poll is the proxy, not an outage: try again at once (short from now on if cut again).
  const backoff = cut ? 0 : Math.min(policy.retryMaxDelayMs, policy.retryDelayMs * 2 ** failures);
  return poll(Math.max(backoff, (answer.retryAfterS ?? 0) * 1000), next);
}
