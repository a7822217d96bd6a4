import type { Limits } from "../src/api/limits.js";

// What the load bench's parent and its server child (loadServers.ts) share.

/** The PIN every SMS of the load bench carries; the load sends another one, so every check is wrong. */
export const loadBenchPin = "123456";

/** A PIN that never matches `loadBenchPin`: every check costs DQE a call and keeps the code usable. */
export const wrongPin = "000000";

/** Limits high enough that the load is never refused. */
export const raisedLimits: Partial<Limits> = {
  maxAttempts: 1_000_000_000,
  sendsPerIp: 1_000_000,
  sendsPerNumber: 1_000_000,
  sendsPerPrefix: 1_000_000,
};

/** The servers that call the sandbox; each reaches it at a URL of its own, so its calls are counted apart. */
export type SandboxClient = "adapter" | "adapterRedis" | "adapterDefaultLimits" | "proxy";

export interface LoadServerUrls {
  /** The adapter with `raisedLimits`, in-memory store. */
  readonly adapter: string;
  /** The same on a Redis store (a redis-server the child starts). */
  readonly adapterRedis: string;
  /** The adapter with the default limits. */
  readonly adapterDefaultLimits: string;
  readonly proxy: string;
}

/** Child to parent. */
export type LoadServersReport =
  | { readonly type: "ready"; readonly urls: LoadServerUrls }
  /** Requests the sandbox answered so far, by client, then by path (`/GDPR_VERIF/`...). */
  | { readonly type: "counts"; readonly counts: SandboxCounts };

export type SandboxCounts = Record<SandboxClient, Record<string, number>>;

/** Parent to child. */
export type LoadServersCommand = { readonly type: "counts" } | { readonly type: "stop" };
