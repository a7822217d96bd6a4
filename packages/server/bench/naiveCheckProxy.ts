import { randomUUID } from "node:crypto";
import type { DqeClient } from "@verify-kit/core/dqe";
import { Hono } from "hono";

/**
 * The baseline for number checks: a proxy that asks DQE on every browser poll. It keeps the check's
 * token server-side, as it must, and ignores DQE's redirect (the phone lands on a static page).
 */
export function createNaiveCheckProxy(dqe: DqeClient, publicUrl: string) {
  const tokens = new Map<string, string>();
  const app = new Hono();
  app.post("/naive/start", async (c) => {
    const { phone } = await c.req.json<{ phone: string }>();
    const started = await dqe.startNumberCheck({
      phone: phone.replace(/^\+/, ""),
      redirectUri: `${publicUrl}/naive/callback`,
    });
    if (!started.ok || started.value.checkToken === undefined) return c.json({ status: "failed" }, 502);
    const checkId = randomUUID();
    tokens.set(checkId, started.value.checkToken);
    return c.json({ checkId, url: started.value.url });
  });
  app.get("/naive/status/:checkId", async (c) => {
    const token = tokens.get(c.req.param("checkId"));
    if (token === undefined) return c.json({ status: "failed" }, 404);
    const answer = await dqe.getNumberCheck({ token });
    return c.json({ status: answer.ok ? answer.value.kind : "failed" });
  });
  app.get("/naive/callback", (c) => c.html("<p>You can go back to the first screen.</p>"));
  return app;
}
