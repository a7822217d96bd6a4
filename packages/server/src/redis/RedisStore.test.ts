import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeStoreContract, eventually } from "../api/store/storeContract.js";
import { StoreUnavailableError, type VerifyStore } from "../api/store/VerifyStore.js";
import { startTestRedis, type TestRedis } from "../testSupport/testRedis.js";
import { createRedisStore } from "./RedisStore.js";

let redis: TestRedis;
const stores: VerifyStore[] = [];

// Starting a process: up to 10 s on a busy machine.
beforeAll(async () => {
  redis = await startTestRedis();
}, 30_000);

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await redis?.stop();
});

function redisStore(options: { now?: () => number; timeoutMs?: number } = {}) {
  const store = createRedisStore({ url: redis.url, ...options });
  stores.push(store);
  return store;
}

describeStoreContract("RedisStore", () => {
  let offset = 0;
  return {
    store: redisStore({ now: () => Date.now() + offset }),
    advance: (ms) => {
      offset += ms;
    },
  };
});

describe("RedisStore: two connections, as two replicas", () => {
  test("share keys, counters and messages", async () => {
    const [a, b] = [redisStore(), redisStore()];
    await a.set("shared", "from a", 60_000);
    expect(await b.get("shared")).toBe("from a");
    const counter = { key: `two:${Date.now()}`, max: 5, windowMs: 60_000 };
    const takes = await Promise.all(
      Array.from({ length: 40 }, (_, index) => (index % 2 ? a : b).take([counter])),
    );
    expect(takes.filter((take) => take.ok)).toHaveLength(5);
    const heard: string[] = [];
    a.subscribe("wake", (message) => heard.push(message));
    await eventually(async () => {
      await b.publish("wake", "check-1");
      return heard.includes("check-1");
    });
  });
});

describe("RedisStore: outage", () => {
  test("down: every call fails fast with StoreUnavailableError; back: it works again by itself", async () => {
    const store = redisStore({ timeoutMs: 300 });
    await store.set("before", "1", 60_000);
    await redis.stop();
    const started = Date.now();
    await expect(store.get("before")).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.take([{ key: "c", max: 1, windowMs: 1000 }])).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    // Each call within its time-out, never a hang (generous bound: a busy machine).
    expect(Date.now() - started).toBeLessThan(3 * 300 + 2000);
    await redis.start();
    await eventually(
      () =>
        store.ping().then(
          () => true,
          () => false,
        ),
      10_000,
    );
    await store.set("after", "2", 60_000);
    expect(await store.get("after")).toBe("2");
  });

  test("slow: a call Redis does not answer in time fails with StoreUnavailableError", async () => {
    const store = redisStore({ timeoutMs: 200 });
    const pauser = redisStore();
    await store.ping();
    await pauser.ping();
    // CLIENT PAUSE holds every client's commands: a Redis too slow to answer.
    const { Redis } = await import("ioredis");
    const admin = new Redis(redis.url);
    try {
      await admin.call("CLIENT", "PAUSE", "1500", "ALL");
      await expect(store.get("anything")).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      admin.disconnect();
    }
  });
});
