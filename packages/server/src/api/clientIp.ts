import type { Context } from "hono";

/**
 * The client's IP for limits. `X-Forwarded-For` is read only behind trusted proxies (`trustProxy`
 * hops): each proxy appends the address it saw, so the client is `trustProxy` entries from the end.
 * Otherwise the socket's address, which the runtime passes (`socketIp`).
 */
export function clientIp(
  c: Context,
  trustProxy: number,
  socketIp: (c: Context) => string | undefined,
): string {
  if (trustProxy > 0) {
    const forwarded = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const hop = forwarded[forwarded.length - trustProxy];
    if (hop) return hop;
  }
  return socketIp(c) ?? "unknown";
}
