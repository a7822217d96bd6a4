// Issue: LIMIT_WINDOW_S was also the records' lifetime (a 180 s code was 404 at 62 s with a 60 s window; with
// the default hour every record stayed an hour). Records live as long as their code or check plus a margin.
import { createDqeClient } from "@verify-kit/core/dqe";
import { describe, expect, test } from "vitest";
import { apiSetupFromEnv } from "../node/apiSetupFromEnv.js";
import { createTestApi, fixedPin, numbers } from "../testSupport/testApi.js";
import { createVerifyApi } from "./createVerifyApi.js";
import { MemoryStore } from "./store/MemoryStore.js";

describe("records live as long as their code or check, not as long as a limit's window", () => {
  test("with a 60 s window, a code that lives 180 s still verifies at 62 s", async () => {
    const t = createTestApi({ api: { limits: { windowS: 60 } } });
    const { verificationId, expiresInS } = await t.sendPin();
    expect(expiresInS).toBe(180);
    t.advance(62);
    expect((await t.checkPin(verificationId, fixedPin)).body).toMatchObject({ verified: true });
  });

  test("with the default hour, a verification is gone once its code and the margin are over; its caps stay", async () => {
    const t = createTestApi({ api: { recordMarginS: 60, limits: { sendsPerNumber: 1 } } });
    const { verificationId } = await t.sendPin();
    t.advance(180 + 61);
    expect((await t.post("/api/pin/resend", { verificationId })).status).toBe(404);
    // The number's hour-long cap is still counted.
    expect((await t.post("/api/pin/send", { phone: numbers.delivered })).status).toBe(429);
  });

  test("after expiry only the hour-long caps are kept in memory", async () => {
    let offset = 0;
    const now = () => Date.now() + offset;
    const store = new MemoryStore({ now });
    const t = createTestApi({ api: { store, recordMarginS: 30 } });
    const { verificationId } = await t.sendPin();
    await t.checkPin(verificationId, "000000");
    // Everything of the verification expires with it (at most 4 codes and their margins, resends included).
    offset = (4 * (180 + 30) + 1) * 1000;
    expect(await store.get(`pin:v:${verificationId}`)).toBeUndefined();
    for (const key of ["attempts", "judged", "cooldown", "resends", "verified"]) {
      expect(await store.get(`pin:${key}:${verificationId}`), key).toBeUndefined();
    }
    expect(await store.get(`sends:number:${numbers.delivered}`)).toBe("1");
  });
});

describe("lifetimes are checked at start-up, every contradiction listed at once", () => {
  test("from the environment", () => {
    let message = "";
    try {
      apiSetupFromEnv({
        DQE_PIN_DURATION_MIN: "2",
        VERIFY_PIN_TTL_S: "150",
        LIMIT_RESEND_COOLDOWN_S: "200",
        VERIFY_CHECK_TTL_S: "60",
        VERIFY_MAX_WAIT_S: "60",
        VERIFY_REFRESH_AFTER_S: "90",
      });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain("VERIFY_PIN_TTL_S (150 s) is longer than the code DQE sends lives");
    expect(message).toContain("LIMIT_RESEND_COOLDOWN_S (200 s) is not shorter than a code's life (120 s)");
    expect(message).toContain("VERIFY_MAX_WAIT_S (60 s) is not shorter than a number check's life");
    expect(message).toContain("VERIFY_REFRESH_AFTER_S (90 s) is past a number check's life");
    expect(message.split("\n  - ")).toHaveLength(5);
  });

  test("from the options, by their names; defaults follow what was set", () => {
    const dqe = createDqeClient({ server: "https://dqe.example", licence: "L" });
    const sms = { company: "SHOP", smsText: "Code:", pinDurationMin: 3 };
    expect(() =>
      createVerifyApi({ dqe, sms, clientAddress: "socket", limits: { resendCooldownS: 180 }, maxWaitS: 400 }),
    ).toThrow(/limits\.resendCooldownS \(180 s\)[\s\S]*maxWaitS \(400 s\)/);
    // A short check with no wait set: polls end with the check.
    expect(() => createVerifyApi({ dqe, sms, clientAddress: "socket", checkTtlS: 5 })).not.toThrow();
  });
});
