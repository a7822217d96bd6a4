import type { KeyValueStore } from "./KeyValueStore.js";

interface Entry {
  value: string;
  expiresAt: number;
}

/**
 * The default store: a Map in this process. Each operation runs without an `await` inside, so it is
 * atomic for every request of the process. Expired keys are dropped when read and by a sweep.
 */
export class MemoryStore implements KeyValueStore {
  readonly #entries = new Map<string, Entry>();
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
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
  }

  async get(key: string) {
    return this.#live(key)?.value;
  }

  async set(key: string, value: string, ttlMs: number) {
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlMs });
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    if (this.#live(key)) return false;
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlMs });
    return true;
  }

  async increment(key: string, ttlMs: number, by = 1) {
    const entry = this.#live(key) ?? { value: "0", expiresAt: this.#now() + ttlMs };
    entry.value = String(Number(entry.value) + by);
    this.#entries.set(key, entry);
    return { count: Number(entry.value), expiresAt: entry.expiresAt };
  }

  async ttl(key: string) {
    const entry = this.#live(key);
    return entry ? entry.expiresAt - this.#now() : 0;
  }

  async delete(key: string) {
    this.#entries.delete(key);
  }
}
