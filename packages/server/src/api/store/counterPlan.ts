import type { Counter } from "./VerifyStore.js";

/** How a store executes one counter of a take, the same in memory and in Redis. */
export interface CounterPlan {
  /** Keys whose values add up to the counter: one for a fixed window, one per slice for a rolling one. */
  readonly keys: readonly string[];
  /** The key a take increments (the current slice of a rolling window). */
  readonly takeKey: string;
  /** Lifetime given to `takeKey` when it is new. */
  readonly ttlMs: number;
  readonly max: number;
  /**
   * Milliseconds until a take can succeed, from what the store read: the fixed window's time left, or when
   * the oldest non-empty slice (its index in `keys`) leaves the rolling window.
   */
  retryAfterMs(fixedTtlMs: number, oldestNonEmpty: number): number;
}

/** The keys and lifetimes of a counter at `now`. */
export function counterPlan(counter: Counter, now: number): CounterPlan {
  if (counter.slices === undefined || counter.slices <= 1) {
    return {
      keys: [counter.key],
      takeKey: counter.key,
      ttlMs: counter.windowMs,
      max: counter.max,
      retryAfterMs: (fixedTtlMs) => Math.max(0, fixedTtlMs),
    };
  }
  const slices = counter.slices;
  const sliceMs = Math.ceil(counter.windowMs / slices);
  const current = Math.floor(now / sliceMs);
  const keys = Array.from({ length: slices }, (_, index) => `${counter.key}:${current - slices + 1 + index}`);
  return {
    keys,
    takeKey: keys[slices - 1] as string,
    // A slice is read while it is in the window: one slice's length after the window.
    ttlMs: counter.windowMs + sliceMs,
    max: counter.max,
    retryAfterMs: (_fixedTtlMs, oldest) => Math.max(0, (current + 1 + Math.max(0, oldest)) * sliceMs - now),
  };
}
