import { createVerifyApiClient } from "@verify-kit/core";
import { describe, expect, test } from "vitest";
import { listen } from "../node/listen.js";
import { createSandboxedApi } from "./createSandboxedApi.js";

describe("createSandboxedApi", () => {
  test("the browser client verifies a PIN through the real API and sandbox, requests counted", async () => {
    const sandboxed = createSandboxedApi();
    const client = createVerifyApiClient({ fetch: sandboxed.fetch });
    const sent = await client.sendPin({ phone: "+33600000001" });
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    const pin = sandboxed.latestPin("+33600000001");
    expect(pin).toMatch(/^\d{6}$/);
    const checked = await client.checkPin({ verificationId: sent.value.verificationId, pin: pin ?? "" });
    expect(checked.ok && checked.value.verified).toBe(true);
    expect(sandboxed.apiRequests.count("/api/pin/")).toBe(2);
    expect(sandboxed.dqeRequests.count("/GDPR_MSG/")).toBe(1);
    expect(sandboxed.dqeRequests.count("/GDPR_VERIF/")).toBe(1);
  });

  test("opening the operator URL settles the check through the callback", async () => {
    const sandboxed = createSandboxedApi();
    const client = createVerifyApiClient({ fetch: sandboxed.fetch });
    const started = await client.startNumberVerify({ phone: "+33600000001" });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const page = await sandboxed.openOperatorUrl(started.value.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<h1>Number verified</h1>");
    const status = await client.getNumberVerify(started.value.checkId);
    expect(status).toEqual({ ok: true, value: { status: "verified" } });
    expect(sandboxed.dqeRequests.count("/GET/")).toBe(1);
  });

  test("served over HTTP, its operator links are on the server's own address, which serves them", async () => {
    const sandboxed = createSandboxedApi();
    const server = await listen(sandboxed.api.fetch, { port: 0, host: "127.0.0.1" });
    try {
      const client = createVerifyApiClient({ baseUrl: `${server.url}/api` });
      const started = await client.startNumberVerify({ phone: "+33600000001" });
      if (!started.ok) throw started.error;
      expect(started.value.url.startsWith(`${server.url}/api/sandbox/operator/`)).toBe(true);
      const operator = await fetch(started.value.url, { redirect: "manual" });
      const callback = operator.headers.get("location") ?? "";
      expect(callback.startsWith(`${server.url}/api/number-verify/callback?`)).toBe(true);
      expect((await fetch(callback)).status).toBe(200);
      expect(await client.getNumberVerify(started.value.checkId)).toEqual({
        ok: true,
        value: { status: "verified" },
      });
    } finally {
      await server.close();
    }
  });
});
