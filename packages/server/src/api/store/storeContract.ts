// Test support: what every VerifyStore must do, run against the memory store and a real Redis.
import { describe, expect, test } from "vitest";
import type { VerifyStore } from "./VerifyStore.js";

/** A store under test, on a clock the test moves (rolling windows). */
export interface StoreUnderTest {
  readonly store: VerifyStore;
  advance(ms: number): void;
}

const hour = 3_600_000;

/** Waits until `check` holds, polling, for at most `ms`. */
export async function eventually(check: () => Promise<boolean>, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let unique = 0;
/** A key no other test of the run uses (the Redis server is shared by the file). */
const fresh = (name: string) => `${name}:${process.pid}:${++unique}`;

export function describeStoreContract(name: string, make: () => StoreUnderTest) {
  describe(`${name}: the VerifyStore contract`, () => {
    test("set, get, ttl, delete; a key expires on its own", async () => {
      const { store } = make();
      const key = fresh("a");
      await store.set(key, "one", 60_000);
      expect(await store.get(key)).toBe("one");
      expect(await store.ttl(key)).toBeGreaterThan(50_000);
      await store.delete(key);
      expect(await store.get(key)).toBeUndefined();
      expect(await store.ttl(key)).toBe(0);
      const short = fresh("short");
      await store.set(short, "x", 30);
      await eventually(async () => (await store.get(short)) === undefined);
    });

    test("setIfAbsent sets once; increment counts, gives back, and keeps the first lifetime", async () => {
      const { store } = make();
      const key = fresh("once");
      expect(await store.setIfAbsent(key, "1", 60_000)).toBe(true);
      expect(await store.setIfAbsent(key, "2", 60_000)).toBe(false);
      expect(await store.get(key)).toBe("1");
      const counter = fresh("count");
      const first = await store.increment(counter, 60_000);
      expect(first.count).toBe(1);
      expect((await store.increment(counter, 1)).count).toBe(2);
      expect((await store.increment(counter, 60_000, -1)).count).toBe(1);
      expect(await store.ttl(counter)).toBeGreaterThan(50_000);
    });

    test("take: one from every counter, or none when one is full, saying which and when", async () => {
      const { store } = make();
      const [a, b] = [fresh("a"), fresh("b")];
      const both = [
        { key: a, max: 3, windowMs: 60_000 },
        { key: b, max: 1, windowMs: 60_000 },
      ];
      expect((await store.take(both)).ok).toBe(true);
      const refused = await store.take(both);
      expect(refused).toMatchObject({ ok: false, refused: 1 });
      if (!refused.ok) expect(refused.retryAfterMs).toBeGreaterThan(50_000);
      // Nothing was taken from `a` by the refused take: two are left.
      expect((await store.take([both[0] as (typeof both)[0]])).ok).toBe(true);
      expect((await store.take([both[0] as (typeof both)[0]])).ok).toBe(true);
      expect((await store.take([both[0] as (typeof both)[0]])).ok).toBe(false);
    });

    test("100 parallel takes of a counter of 7: exactly 7 succeed", async () => {
      const { store } = make();
      const counter = { key: fresh("race"), max: 7, windowMs: 60_000 };
      const results = await Promise.all(Array.from({ length: 100 }, () => store.take([counter])));
      expect(results.filter((result) => result.ok)).toHaveLength(7);
    });

    test("giveBack returns what a take took, never below zero", async () => {
      const { store } = make();
      const counter = { key: fresh("refund"), max: 1, windowMs: 60_000 };
      const took = await store.take([counter]);
      if (!took.ok) throw new Error("refused");
      expect((await store.take([counter])).ok).toBe(false);
      await store.giveBack(took.taken);
      await store.giveBack(took.taken);
      expect((await store.take([counter])).ok).toBe(true);
      expect((await store.take([counter])).ok).toBe(false);
    });

    test("a rolling day lets takes go back one hour at a time", async () => {
      const under = make();
      const budget = { key: fresh("day"), max: 2, windowMs: 24 * hour, slices: 24 };
      expect((await under.store.take([budget])).ok).toBe(true);
      under.advance(3 * hour);
      expect((await under.store.take([budget])).ok).toBe(true);
      under.advance(3 * hour);
      const full = await under.store.take([budget]);
      expect(full.ok).toBe(false);
      // The first take leaves the window 24 hours after its hour began: at most 18 hours from now.
      if (!full.ok) {
        expect(full.retryAfterMs).toBeGreaterThan(17 * hour);
        expect(full.retryAfterMs).toBeLessThanOrEqual(18 * hour);
        under.advance(full.retryAfterMs);
      }
      expect((await under.store.take([budget])).ok).toBe(true);
      expect((await under.store.take([budget])).ok).toBe(false);
    });

    test("publish reaches subscribers; ping answers", async () => {
      const { store } = make();
      const channel = fresh("channel");
      const heard: string[] = [];
      const stop = store.subscribe(channel, (message) => heard.push(message));
      // A shared store subscribes over the network: publish until the subscription is in place.
      await eventually(async () => {
        await store.publish(channel, "settled");
        return heard.includes("settled");
      });
      stop();
      await store.ping();
    });
  });
}
