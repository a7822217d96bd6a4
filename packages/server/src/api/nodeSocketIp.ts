import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The client's address from Node's socket (`@hono/node-server`), for the per-IP limits. */
export function nodeSocketIp(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // Not served by Node (app.request() in tests): no address.
    return undefined;
  }
}
