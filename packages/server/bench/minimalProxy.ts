import { randomUUID } from "node:crypto";
import { Hono } from "hono";

export interface MinimalProxyOptions {
  /** The DQE (sandbox) base URL, e.g. `http://127.0.0.1:4010`. */
  readonly dqeServer: string;
  readonly licence: string;
}

/**
 * The baseline for the load figures: the thinnest PIN proxy one could write in front of DQE, with the
 * adapter's request shapes but no validation, no limits, no logging and no answer parsing. It only
 * remembers which phone and SMS token a verification id stands for, as any proxy must.
 */
export function createMinimalProxy({ dqeServer, licence }: MinimalProxyOptions) {
  const verifications = new Map<string, { phone: string; token: string }>();
  const post = (path: string, form: Record<string, string>) =>
    fetch(`${dqeServer}${path}`, { method: "POST", body: new URLSearchParams(form) });

  const app = new Hono();
  app.post("/api/pin/send", async (c) => {
    const { phone } = await c.req.json<{ phone: string }>();
    const dqePhone = phone.replace(/^\+/, "");
    const answer = await post("/GDPR_MSG/", {
      Phone: dqePhone,
      Country: "FRA",
      Company: "VerifyKit",
      Custom_sms: "Your verification code:",
      Licence: licence,
    });
    const { smsToken } = (await answer.json()) as { smsToken?: string };
    const verificationId = randomUUID();
    verifications.set(verificationId, { phone: dqePhone, token: smsToken ?? "" });
    return c.json({ verificationId });
  });
  app.post("/api/pin/check", async (c) => {
    const { verificationId, pin } = await c.req.json<{ verificationId: string; pin: string }>();
    const verification = verifications.get(verificationId);
    const answer = await post("/GDPR_VERIF/", {
      Phone: verification?.phone ?? "",
      Token: verification?.token ?? "",
      Pin: pin,
      Licence: licence,
    });
    return c.json(await answer.json());
  });
  return app;
}
