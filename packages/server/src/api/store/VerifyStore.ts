/** A limit's counter: at most `max` takes per window. */
export interface Counter {
  readonly key: string;
  readonly max: number;
  readonly windowMs: number;
  /**
   * A rolling window counted in this many slices (24 for a day counted by the hour): what was taken leaves it
   * one slice at a time. Without it, a fixed window that starts at the first take.
   */
  readonly slices?: number;
}

/** What a take took, to give it back (a refund). */
export interface Taken {
  /** The keys incremented, one per counter. */
  readonly keys: readonly string[];
}

/** Whether every counter had room: then one was taken from each; else nothing was, and which one refused. */
export type TakeResult =
  | { readonly ok: true; readonly taken: Taken }
  | { readonly ok: false; readonly refused: number; readonly retryAfterMs: number };

/**
 * The state the backend adapter keeps (verifications, checks, attempts, locks, cooldowns, limit counters), behind
 * the few atomic operations limits need, each key with its own lifetime. The in-memory default serves one
 * process; `createRedisStore()` is shared by every replica and survives their restarts.
 *
 * A store that cannot answer (down, slow) rejects with a `StoreUnavailableError`, within a short time: the
 * adapter then refuses what needs it, and lets nothing through.
 */
export interface VerifyStore {
  /** The value of a live key. */
  get(key: string): Promise<string | undefined>;
  /** Sets a key, replacing any value, for `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sets a key only if it has no live value; says whether it did. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /**
   * Adds `by` (default 1; -1 gives one back) to a counter and reads it, atomically. A new counter lives
   * `ttlMs`; the answer says when it ends.
   */
  increment(
    key: string,
    ttlMs: number,
    by?: number,
  ): Promise<{ readonly count: number; readonly expiresAt: number }>;
  /** Time left on a live key, in milliseconds; 0 when it has none. */
  ttl(key: string): Promise<number>;
  delete(key: string): Promise<void>;
  /** Takes one from every counter, or from none when one of them is full: atomically, across all replicas. */
  take(counters: readonly Counter[]): Promise<TakeResult>;
  /** Gives back what `take` took (never below zero; a counter that expired meanwhile stays gone). */
  giveBack(taken: Taken): Promise<void>;
  /** Tells every replica's subscribers (long polls waiting on a check). */
  publish(channel: string, message: string): Promise<void>;
  /** Listens to a channel; returns the way to stop. */
  subscribe(channel: string, listener: (message: string) => void): () => void;
  /** Resolves when the store answers, within its time-out (the health route). */
  ping(): Promise<void>;
  /** Closes connections (a shared store); the store is unusable after. */
  close(): Promise<void>;
}

/** The store did not answer in time, or failed: what needs it is refused with `store_unavailable`. */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}
