import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

/** A fetch handler served over HTTP by Node. */
export interface Listening {
  /** Its base URL, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** Stops listening and ends open connections (keep-alive, held long polls, slow answers). */
  close(): Promise<void>;
}

/** How long a client may take to send a request: a stalled one must not hold a connection for minutes. */
export interface ServerTimeouts {
  /** To send the request's headers, in milliseconds. @default 10000 */
  readonly headersMs?: number;
  /** To send the whole request, body included (an answer held for a long poll does not count). @default 15000 */
  readonly requestMs?: number;
}

/**
 * Serves a fetch handler with `@hono/node-server`; resolves once it listens, rejects if it cannot. Requests
 * are bound by `timeouts` (Node's own defaults let a stalled body hold a connection five minutes).
 */
export function listen(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  address: { readonly port: number; readonly host: string },
  timeouts: ServerTimeouts = {},
): Promise<Listening> {
  const requestMs = timeouts.requestMs ?? 15_000;
  const headersMs = Math.min(timeouts.headersMs ?? 10_000, requestMs);
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch,
        port: address.port,
        hostname: address.host,
        serverOptions: {
          headersTimeout: headersMs,
          requestTimeout: requestMs,
          // How often Node looks for requests past those times: by default every 30 s.
          connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(headersMs / 2))),
        },
      },
      (info: AddressInfo) => {
        server.off("error", reject);
        const host = info.address.includes(":") ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ("closeAllConnections" in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once("error", reject);
  });
}
