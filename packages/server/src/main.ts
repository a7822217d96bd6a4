#!/usr/bin/env node
// `verify-kit-server` (`npx verify-kit-server`, or `pnpm --filter @verify-kit/server api` here): the backend
// adapter on Node. Settings come from the environment (see the README); --port and --host override two.
import process from "node:process";
import { parseArgs } from "node:util";
import { startVerifyServer } from "./node/startVerifyServer.js";

const usage = `Usage: verify-kit-server [--port N] [--host ADDRESS]

Serves the verify-kit backend adapter under /api. Without DQE_SERVER it talks to an embedded DQE sandbox
(test numbers, no real SMS; its SMS inbox and operator pages under /api/sandbox); with NODE_ENV=production
that needs EMBEDDED_SANDBOX=1. Every setting is an environment variable: see @verify-kit/server's README.`;

function fail(message: string): never {
  console.error(`verify-kit-server: ${message}`);
  process.exit(1);
}

let args: { port?: string | undefined; host?: string | undefined; help?: boolean | undefined };
try {
  args = parseArgs({
    options: { port: { type: "string" }, host: { type: "string" }, help: { type: "boolean", short: "h" } },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
}
if (args.help) {
  console.info(usage);
  process.exit(0);
}

const env = {
  ...process.env,
  ...(args.port === undefined ? {} : { API_PORT: args.port }),
  ...(args.host === undefined ? {} : { API_HOST: args.host }),
};
const server = await startVerifyServer({ env }).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
console.info(`verify-kit backend adapter on ${server.url}/api (talking to ${server.setup.dqeTarget})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
    );
  });
}
