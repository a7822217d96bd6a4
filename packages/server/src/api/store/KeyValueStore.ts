/**
 * The state the backend adapter keeps (verifications, checks, limit counters), behind the few atomic
 * operations limits need. The in-memory default serves one process; a shared store (Redis and the like)
 * implements the same interface when several servers run behind one address.
 */
export interface KeyValueStore {
  /** The value of a live key. */
  get(key: string): Promise<string | undefined>;
  /** Sets a key, replacing any value, for `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sets a key only if it has no live value; says whether it did. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /**
   * Adds `by` (default 1; -1 gives one back) to a counter and reads it, atomically. A new counter lives
   * `ttlMs` (a fixed window); the answer says when it ends.
   */
  increment(
    key: string,
    ttlMs: number,
    by?: number,
  ): Promise<{ readonly count: number; readonly expiresAt: number }>;
  /** Time left on a live key, in milliseconds; 0 when it has none. */
  ttl(key: string): Promise<number>;
  delete(key: string): Promise<void>;
}
