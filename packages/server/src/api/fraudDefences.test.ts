// SMS-pumping defences: countries served, caps per number prefix, SMS budgets over a rolling 24 hours. Each
// refusal comes before any DQE call, with a machine-readable reason; the settings are in /api/config.
import { describe, expect, test } from "vitest";
import { createTestApi, numbers } from "../testSupport/testApi.js";
import { numberPrefix } from "./sendCharges.js";

const hour = 3600;

describe("allowed countries", () => {
  test("a number of another country is refused before any DQE call, for SMS and operator checks", async () => {
    const t = createTestApi({ api: { fraud: { allowedCountries: ["FR", "BE"] } } });
    for (const path of ["/api/pin/send", "/api/number-verify/start"]) {
      const answer = await t.post(path, { phone: "+447400123456" });
      expect(answer.status, path).toBe(422);
      expect(answer.body.error).toEqual({ code: "country_not_allowed", reason: "GB", retryable: false });
    }
    expect(t.dqeCalls).toEqual([]);
    await t.sendPin(numbers.delivered);
    expect((await t.get("/api/config")).body.allowedCountries).toEqual(["FR", "BE"]);
  });
});

describe("caps per number prefix", () => {
  test("the country code and the first national digits make the prefix", () => {
    expect(numberPrefix("+33612345678", 4)).toBe("+33 6123");
    expect(numberPrefix("+447700900123", 3)).toBe("+44 770");
    expect(numberPrefix("+12025550123", 4)).toBe("+1 2025");
    expect(numberPrefix("+352621123456", 2)).toBe("+352 62");
  });

  test("numbers walked through one range stop at sendsPerPrefix; another range still gets its SMS", async () => {
    const t = createTestApi({ api: { limits: { sendsPerPrefix: 3, prefixDigits: 4, sendsPerIp: 100 } } });
    // Each from its own client: only the range is in common.
    const statuses = [];
    for (let i = 0; i < 5; i += 1) {
      const answer = await t.post(
        "/api/pin/send",
        { phone: `+3361234567${i}` },
        { "x-forwarded-for": `203.0.113.${i + 1}` },
      );
      statuses.push(answer.status);
      if (answer.status === 429)
        expect(answer.body.error).toMatchObject({ code: "too_many_sends", reason: "prefix" });
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await t.post("/api/pin/send", { phone: "+33698765432" })).status).toBe(200);
    expect(t.dqeCount("GDPR_MSG")).toBe(4);
  });
});

describe("SMS budgets over a rolling 24 hours", () => {
  test("the global budget refuses with sms_budget_exhausted (global), and frees hour by hour", async () => {
    const t = createTestApi({ api: { fraud: { smsPerDay: 2 }, limits: { sendsPerIp: 100 } } });
    await t.sendPin("+33612000001");
    t.advance(2 * hour);
    await t.sendPin("+33622000002");
    const refused = await t.post("/api/pin/send", { phone: "+33632000003" });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: "sms_budget_exhausted",
      reason: "global",
      retryable: true,
    });
    // The first SMS leaves the window 24 hours after its hour began.
    expect(refused.body.error.retryAfterS).toBeGreaterThan(21 * hour);
    expect(refused.body.error.retryAfterS).toBeLessThanOrEqual(22 * hour);
    expect(refused.headers.get("retry-after")).toBe(String(refused.body.error.retryAfterS));
    t.advance(refused.body.error.retryAfterS);
    expect((await t.post("/api/pin/send", { phone: "+33632000003" })).status).toBe(200);
    expect(t.dqeCount("GDPR_MSG")).toBe(3);
  });

  test("a per-country budget, '*' for the countries not named", async () => {
    const t = createTestApi({
      api: { fraud: { smsPerDayByCountry: { FR: 2, "*": 1 } }, limits: { sendsPerIp: 100 } },
    });
    await t.sendPin("+33612000011");
    await t.sendPin("+33622000012");
    expect((await t.post("/api/pin/send", { phone: "+33632000013" })).body.error).toMatchObject({
      code: "sms_budget_exhausted",
      reason: "country",
    });
    await t.sendPin("+32470123456");
    expect((await t.post("/api/pin/send", { phone: "+32470123457" })).body.error).toMatchObject({
      code: "sms_budget_exhausted",
      reason: "country",
    });
    expect((await t.get("/api/config")).body.limits).toMatchObject({ smsPerDayByCountry: { FR: 2, "*": 1 } });
  });

  test("a refusal by one cap takes nothing from the others (all or nothing)", async () => {
    const t = createTestApi({ api: { fraud: { smsPerDay: 100 }, limits: { sendsPerNumber: 1 } } });
    await t.sendPin(numbers.delivered);
    for (let i = 0; i < 5; i += 1)
      expect((await t.post("/api/pin/send", { phone: numbers.delivered })).status).toBe(429);
    // The five refused sends took nothing from the client's 20 nor the day's budget.
    for (let i = 0; i < 19; i += 1) await t.sendPin(`+336123458${String(i).padStart(2, "0")}`);
  });
});
