import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

/** A fetch handler served over HTTP by Node. */
export interface Listening {
  /** Its base URL, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** Stops listening and ends open connections (keep-alive, held long polls, slow answers). */
  close(): Promise<void>;
}

/** Serves a fetch handler with `@hono/node-server`; resolves once it listens, rejects if it cannot. */
export function listen(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  address: { readonly port: number; readonly host: string },
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: address.port, hostname: address.host }, (info: AddressInfo) => {
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
    });
    server.once("error", reject);
  });
}
