import { listen } from "../node/listen.js";
import type { Sandbox } from "./createSandbox.js";

/** Where the sandbox listens. */
export interface SandboxAddress {
  /** TCP port; 0 picks a free one. @default 4010 */
  port: number;
  /** Interface to bind; `0.0.0.0` lets a phone on the same network reach it. @default "127.0.0.1" */
  host: string;
}

/** A running sandbox server (Node only). */
export interface SandboxServer {
  /** Its base URL, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  /** Stops listening and drops open connections (pending slow answers abort). */
  close(): Promise<void>;
}

/** Reads `SANDBOX_PORT` and `SANDBOX_HOST`; a malformed one throws an Error naming it. */
export function sandboxAddressFromEnv(env: Record<string, string | undefined>): SandboxAddress {
  const rawPort = env.SANDBOX_PORT;
  let port = 4010;
  if (rawPort !== undefined && rawPort !== "") {
    port = /^\d{1,5}$/.test(rawPort) ? Number(rawPort) : Number.NaN;
    if (!(port >= 0 && port <= 65_535)) {
      throw new Error(`SANDBOX_PORT must be a port number from 0 to 65535, got "${rawPort}"`);
    }
  }
  const rawHost = env.SANDBOX_HOST;
  const host = rawHost === undefined || rawHost === "" ? "127.0.0.1" : rawHost;
  if (/[\s/]/.test(host)) throw new Error(`SANDBOX_HOST must be a host name or an IP address, got "${host}"`);
  return { port, host };
}

/** Serves a sandbox over HTTP with Node; resolves once it listens. */
export function startSandboxServer(sandbox: Sandbox, address: SandboxAddress): Promise<SandboxServer> {
  // Pending slow answers abort when it closes.
  return listen((request) => sandbox.fetch(request), address);
}
