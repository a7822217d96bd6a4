import { counterPlan } from "./counterPlan.js";
import type { Counter, Taken, TakeResult, VerifyStore } from "./VerifyStore.js";

interface Entry {
  /** A counter is kept as a number: no string per count. */
  value: string | number;
  expiresAt: number;
}

/**
 * The default store: a Map in this process. Each operation runs without an `await` inside, so it is
 * atomic for every request of the process. Expired keys are dropped when read and by a sweep.
 */
export class MemoryStore implements VerifyStore {
  #entries = new Map<string, Entry>();
  readonly #channels = new Map<string, Set<(message: string) => void>>();
  readonly #now: () => number;
  #lastSweep = 0;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
  }

  #live(key: string): Entry | undefined {
    const now = this.#now();
    this.#sweep(now);
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  // Bounded memory without a timer that would keep the process alive.
  #sweep(now: number) {
    if (now - this.#lastSweep < 10_000) return;
    this.#lastSweep = now;
    let dropped = 0;
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) {
        this.#entries.delete(key);
        dropped += 1;
      }
    }
    // A Map keeps the table of its largest size: copy it once most of it expired, so memory goes back down.
    if (dropped > 1000 && dropped > this.#entries.size) this.#entries = new Map(this.#entries);
  }

  #count(key: string) {
    return Number(this.#live(key)?.value ?? 0);
  }

  async get(key: string) {
    const value = this.#live(key)?.value;
    return value === undefined ? undefined : String(value);
  }

  async set(key: string, value: string, ttlMs: number) {
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlMs });
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    if (this.#live(key)) return false;
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlMs });
    return true;
  }

  #add(key: string, ttlMs: number, by: number) {
    const entry = this.#live(key) ?? { value: 0, expiresAt: this.#now() + ttlMs };
    entry.value = Number(entry.value) + by;
    this.#entries.set(key, entry);
    return { count: entry.value, expiresAt: entry.expiresAt };
  }

  async increment(key: string, ttlMs: number, by = 1) {
    return this.#add(key, ttlMs, by);
  }

  async ttl(key: string) {
    const entry = this.#live(key);
    return entry ? entry.expiresAt - this.#now() : 0;
  }

  async delete(key: string) {
    this.#entries.delete(key);
  }

  async take(counters: readonly Counter[]): Promise<TakeResult> {
    const now = this.#now();
    const plans = counters.map((counter) => counterPlan(counter, now));
    for (const [index, plan] of plans.entries()) {
      const counts = plan.keys.map((key) => this.#count(key));
      if (counts.reduce((sum, count) => sum + count, 0) + 1 > plan.max) {
        const fixedTtl = this.#live(plan.takeKey)?.expiresAt ?? now;
        return {
          ok: false,
          refused: index,
          retryAfterMs: plan.retryAfterMs(
            fixedTtl - now,
            counts.findIndex((count) => count > 0),
          ),
        };
      }
    }
    // No await between the checks and the takes: nothing else runs in between.
    for (const plan of plans) this.#add(plan.takeKey, plan.ttlMs, 1);
    return { ok: true, taken: { keys: plans.map((plan) => plan.takeKey) } };
  }

  async giveBack(taken: Taken) {
    for (const key of taken.keys) {
      const entry = this.#live(key);
      if (entry && Number(entry.value) > 0) entry.value = Number(entry.value) - 1;
    }
  }

  async publish(channel: string, message: string) {
    for (const listener of this.#channels.get(channel) ?? []) listener(message);
  }

  subscribe(channel: string, listener: (message: string) => void) {
    const listeners = this.#channels.get(channel) ?? new Set();
    this.#channels.set(channel, listeners);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  async ping() {}

  async close() {}
}
