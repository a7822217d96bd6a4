import { Hono } from "hono";
import type { Logger } from "pino";
import { operatorPath } from "../sandbox/idmobileRoutes.js";
import type { ApiSetup } from "./apiSetupFromEnv.js";
import { createVerifyApi, type VerifyApi } from "./createVerifyApi.js";
import { nodeSocketIp } from "./nodeSocketIp.js";

/**
 * What a Node server of the backend adapter serves: the API under `/api`, and with an embedded sandbox its
 * operator pages, which the phone opens. An app mounts more routes (its pages) on the returned Hono app.
 */
export function createVerifyServerApp(setup: ApiSetup, logger: Logger): { app: Hono; api: VerifyApi } {
  const api = createVerifyApi({
    ...setup.options,
    logger,
    socketIp: nodeSocketIp,
  });
  const app = new Hono();
  const sandbox = setup.embeddedSandbox;
  if (sandbox) app.get(`${operatorPath}*`, (c) => sandbox.fetch(c.req.raw));
  // The env carries Node's socket, which the limits read the client's address from.
  app.all("/api/*", (c) => api.fetch(c.req.raw, c.env));
  return { app, api };
}
