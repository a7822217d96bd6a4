import { Hono } from "hono";
import type { Logger } from "pino";
import { createVerifyApi, type VerifyApi } from "../api/createVerifyApi.js";
import { createRedisStore } from "../redis/RedisStore.js";
import type { ApiSetup } from "./apiSetupFromEnv.js";

/**
 * What a server of the backend adapter serves: the API under `/api` (with an embedded sandbox, its SMS inbox
 * and operator pages under `/api/sandbox`), on the Redis store when the setup names one. An app mounts more
 * routes (its pages) on the returned Hono app; `close()` ends the store's connections once the server stopped.
 */
export function createVerifyServerApp(
  setup: ApiSetup,
  logger: Logger,
): { app: Hono; api: VerifyApi; close: () => Promise<void> } {
  const store = setup.redis ? createRedisStore(setup.redis) : undefined;
  const api = createVerifyApi({ ...setup.options, ...(store ? { store } : {}), logger });
  const app = new Hono();
  // The env carries the runtime's socket, which the limits read the client's address from.
  app.all("/api/*", (c) => api.fetch(c.req.raw, c.env));
  return { app, api, close: api.close };
}
