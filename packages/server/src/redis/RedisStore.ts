import { Redis, type RedisOptions } from "ioredis";
import { counterPlan } from "../api/store/counterPlan.js";
import {
  type Counter,
  StoreUnavailableError,
  type Taken,
  type TakeResult,
  type VerifyStore,
} from "../api/store/VerifyStore.js";
import { giveBackScript, incrementScript, takeScript } from "./redisScripts.js";

export interface RedisStoreOptions {
  /** The server, e.g. `redis://127.0.0.1:6379/0` (`rediss://` for TLS). */
  readonly url: string;
  /** Put before every key, so that apps can share one Redis. @default "verify-kit:" */
  readonly prefix?: string;
  /**
   * Longest wait for any call, connection included, in milliseconds: past it the call fails and the adapter
   * refuses the request (`store_unavailable`) rather than hang or let it through. @default 500
   */
  readonly timeoutMs?: number;
  /** More ioredis options (TLS, password, sentinels...). */
  readonly redis?: ConnectionOptions;
  /** @default Date.now */
  readonly now?: () => number;
}

type Reply = number | string | null | Reply[];
// ioredis's own typing of `replyMapping` contradicts itself under exactOptionalPropertyTypes; the store never
// sets it.
type ConnectionOptions = Omit<RedisOptions, "replyMapping">;

/**
 * A store in Redis, shared by every replica of the backend adapter and kept across their restarts: limits,
 * verifications, checks, attempts, locks and cooldowns, each key with its own lifetime; the limits taken
 * atomically by Lua scripts; long polls released on every replica through pub/sub. When Redis is down or
 * slow, each call fails within `timeoutMs`, and works again by itself once Redis is back.
 *
 * @example
 * const api = createVerifyApi({ ..., store: createRedisStore({ url: process.env.REDIS_URL! }) });
 */
export function createRedisStore(options: RedisStoreOptions): VerifyStore {
  const timeoutMs = options.timeoutMs ?? 500;
  const prefix = options.prefix ?? "verify-kit:";
  const now = options.now ?? Date.now;
  const settings: ConnectionOptions = {
    // Fail at once while disconnected instead of queueing: no request waits for a Redis that is away.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: timeoutMs,
    connectTimeout: Math.max(timeoutMs, 1000),
    // Keep trying to come back, at most a second apart.
    retryStrategy: (times: number) => Math.min(times * 100, 1000),
    ...options.redis,
  };
  const client = new Redis(options.url, settings);
  // A refused connection is reported to each caller as store_unavailable; the client logs nothing itself.
  client.on("error", () => {});
  // One promise per connection attempt, so that waiting callers add no listener each.
  let whenReady!: Promise<void>;
  let markReady: (() => void) | undefined;
  const awaitReady = () => {
    whenReady = new Promise((resolve) => {
      markReady = resolve;
    });
  };
  awaitReady();
  client.on("ready", () => {
    markReady?.();
    markReady = undefined;
  });
  client.on("close", () => {
    if (markReady === undefined) awaitReady();
  });
  let subscriber: Redis | undefined;
  const listeners = new Map<string, Set<(message: string) => void>>();
  const named = (key: string) => `${prefix}${key}`;

  /** Runs a command once the connection is ready, all within the time-out. */
  async function call<T>(run: () => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StoreUnavailableError(`no answer from Redis in ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([ready().then(run), expired]);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError(`Redis: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  function ready(): Promise<void> {
    if (client.status === "ready") return Promise.resolve();
    // Known to be away: refuse now rather than make every request wait out the time-out.
    if (client.status === "reconnecting")
      return Promise.reject(new StoreUnavailableError("Redis is unreachable"));
    if (client.status === "end")
      return Promise.reject(new StoreUnavailableError("the Redis store is closed"));
    return whenReady;
  }

  const script = (lua: string, keys: readonly string[], args: readonly (string | number)[]) =>
    call(() => client.eval(lua, keys.length, ...keys.map(named), ...args) as Promise<Reply>);

  return {
    get: (key) => call(async () => (await client.get(named(key))) ?? undefined),
    async set(key, value, ttlMs) {
      await call(() => client.set(named(key), value, "PX", Math.max(1, Math.ceil(ttlMs))));
    },
    async setIfAbsent(key, value, ttlMs) {
      return (
        (await call(() => client.set(named(key), value, "PX", Math.max(1, Math.ceil(ttlMs)), "NX"))) === "OK"
      );
    },
    async increment(key, ttlMs, by = 1) {
      const [count, pttl] = (await script(
        incrementScript,
        [key],
        [by, Math.max(1, Math.ceil(ttlMs))],
      )) as number[];
      return { count: count ?? 0, expiresAt: now() + Math.max(0, pttl ?? 0) };
    },
    async ttl(key) {
      return Math.max(0, await call(() => client.pttl(named(key))));
    },
    async delete(key) {
      await call(() => client.del(named(key)));
    },
    async take(counters: readonly Counter[]): Promise<TakeResult> {
      const plans = counters.map((counter) => counterPlan(counter, now()));
      const keys = plans.flatMap((plan) => plan.keys);
      const args = [
        plans.length,
        ...plans.flatMap((plan) => [plan.keys.length, plan.max, Math.ceil(plan.ttlMs)]),
      ];
      const [refused = 0, pttl = 0, oldest = -1] = (await script(takeScript, keys, args)) as number[];
      if (refused === 0) return { ok: true, taken: { keys: plans.map((plan) => plan.takeKey) } };
      const plan = plans[refused - 1];
      return { ok: false, refused: refused - 1, retryAfterMs: plan ? plan.retryAfterMs(pttl, oldest) : 0 };
    },
    async giveBack(taken: Taken) {
      if (taken.keys.length > 0) await script(giveBackScript, taken.keys, []);
    },
    async publish(channel, message) {
      await call(() => client.publish(named(channel), message));
    },
    subscribe(channel, listener) {
      if (subscriber === undefined) {
        // Pub/sub needs a connection of its own; ioredis subscribes again after each reconnection.
        subscriber = client.duplicate({ ...settings, enableOfflineQueue: true });
        subscriber.on("error", () => {});
        subscriber.on("message", (from: string, message: string) => {
          for (const each of listeners.get(from) ?? []) each(message);
        });
      }
      const name = named(channel);
      let set = listeners.get(name);
      if (set === undefined) {
        set = new Set();
        listeners.set(name, set);
        subscriber.subscribe(name).catch(() => {});
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    async ping() {
      await call(() => client.ping());
    },
    async close() {
      client.disconnect();
      subscriber?.disconnect();
    },
  };
}
