import { createVerifyApiClient } from "@verify-kit/core";
import { describe, expect, test } from "vitest";
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
    expect(await page.text()).toContain("Check complete");
    const status = await client.getNumberVerify(started.value.checkId);
    expect(status).toEqual({ ok: true, value: { status: "verified" } });
    expect(sandboxed.dqeRequests.count("/GET/")).toBe(1);
  });
});
