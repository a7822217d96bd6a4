import process from "node:process";
import type { Logger } from "pino";
import type { VerifyApi } from "../api/createVerifyApi.js";
import { createLogger } from "../api/logger.js";
import { type ApiSetup, apiSetupFromEnv } from "./apiSetupFromEnv.js";
import { createVerifyServerApp } from "./createVerifyServerApp.js";
import { listen } from "./listen.js";

export interface VerifyServerOptions {
  /** The settings, as environment variables (see the README). @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Overrides `API_PORT`; 0 picks a free port. */
  readonly port?: number;
  /** Overrides `API_HOST`. */
  readonly host?: string;
  /** @default JSON logs on stdout at `LOG_LEVEL`, secrets redacted */
  readonly logger?: Logger;
}

/** A running backend adapter. */
export interface VerifyServer {
  /** Where it listens, e.g. `http://127.0.0.1:8787`; the API is under `/api`. */
  readonly url: string;
  readonly setup: ApiSetup;
  readonly api: VerifyApi;
  /** Stops listening and ends open connections (held long polls included). */
  close(): Promise<void>;
}

/**
 * Serves the backend adapter on Node, set up from environment variables like `verify-kit-server`: with no
 * DQE settings, with the embedded DQE sandbox (its SMS inbox and operator pages under `/api/sandbox`), so
 * that a front end can be developed with no DQE account. Resolves once it listens; a bad setting rejects
 * with the list of what is wrong.
 *
 * @example
 * const server = await startVerifyServer({ port: 8787 });
 * // Vite: server.proxy = { "/api": server.url }
 */
export async function startVerifyServer(options: VerifyServerOptions = {}): Promise<VerifyServer> {
  const env = { ...(options.env ?? process.env) };
  if (options.port !== undefined) env.API_PORT = String(options.port);
  if (options.host !== undefined) env.API_HOST = options.host;
  const setup = apiSetupFromEnv(env);
  const logger = options.logger ?? createLogger({ level: setup.logLevel });
  const verify = createVerifyServerApp(setup, logger);
  let listening: Awaited<ReturnType<typeof listen>>;
  try {
    listening = await listen(verify.app.fetch, { port: setup.port, host: setup.host }, setup.timeouts);
  } catch (error) {
    await verify.close();
    throw error;
  }
  logger.info(
    { url: `${listening.url}/api`, dqe: setup.dqeTarget, store: setup.redis ? "redis" : "memory" },
    "verify-kit backend adapter listening",
  );
  if (setup.embeddedSandbox) {
    logger.warn(
      { url: `${listening.url}/api/sandbox` },
      "a DQE sandbox is serving: test numbers only, no real SMS",
    );
  }
  return {
    url: listening.url,
    setup,
    api: verify.api,
    close: async () => {
      await listening.close();
      await verify.close();
    },
  };
}
