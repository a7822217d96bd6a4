import { Hono } from "hono";
import type { Logger } from "pino";
import type { ApiSetup } from "./apiSetupFromEnv.js";
import { createVerifyApi, type VerifyApi } from "./createVerifyApi.js";

/**
 * What a server of the backend adapter serves: the API under `/api` (with an embedded sandbox, its SMS inbox
 * and operator pages under `/api/sandbox`). An app mounts more routes (its pages) on the returned Hono app.
 */
export function createVerifyServerApp(setup: ApiSetup, logger: Logger): { app: Hono; api: VerifyApi } {
  const api = createVerifyApi({ ...setup.options, logger });
  const app = new Hono();
  // The env carries the runtime's socket, which the limits read the client's address from.
  app.all("/api/*", (c) => api.fetch(c.req.raw, c.env));
  return { app, api };
}
