// `pnpm --filter @verify-kit/server api`: the backend adapter on Node. Settings come from the environment.
import type { AddressInfo } from "node:net";
import process from "node:process";
import { serve } from "@hono/node-server";
import { type ApiSetup, apiSetupFromEnv } from "./api/apiSetupFromEnv.js";
import { createVerifyServerApp } from "./api/createVerifyServerApp.js";
import { createLogger } from "./api/logger.js";

let setup: ApiSetup;
try {
  setup = apiSetupFromEnv(process.env);
} catch (error) {
  console.error(`verify-kit backend adapter: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const logger = createLogger({ level: setup.logLevel });
const { app } = createVerifyServerApp(setup, logger);

const server = serve({ fetch: app.fetch, port: setup.port, hostname: setup.host }, (info: AddressInfo) => {
  console.info(
    `verify-kit backend adapter listening on http://${setup.host}:${info.port}/api (talking to ${setup.dqeTarget})`,
  );
});
server.once("error", (error) => {
  console.error(`verify-kit backend adapter: ${error.message}`);
  process.exit(1);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Held long polls would keep close() waiting.
    if ("closeAllConnections" in server) server.closeAllConnections();
  });
}
