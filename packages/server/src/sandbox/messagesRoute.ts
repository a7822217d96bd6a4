import type { Hono } from "hono";
import type { SandboxContext, SandboxEnv } from "./sandboxContext.js";

/**
 * `GET /__sandbox/messages?phone=33600000001`: the SMS the sandbox "sent", newest first; all of them without
 * `phone`. Readable from any origin, so a demo page can show the PIN.
 */
export function registerMessagesRoute(app: Hono<SandboxEnv>, { state }: SandboxContext): void {
  app.get("/__sandbox/messages", (c) => {
    const phone = c.req.query("phone");
    // A "+" in a query string reads as a space, so keep the digits only.
    const digits = phone === undefined || phone === "" ? undefined : phone.replace(/\D/g, "");
    c.header("access-control-allow-origin", "*");
    c.header("cache-control", "no-store");
    return c.json(state.messages(digits));
  });
}
