import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

/** A fetch handler served on 127.0.0.1. */
export interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a Web-standard fetch handler on 127.0.0.1 at a free port; resolves once it listens. */
export function listen(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      server.off("error", reject);
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}
