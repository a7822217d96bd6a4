// Issue: DQE failures cost the user (five 502s used up the number's sends; failed starts used up its checks;
// a failed resend started the cooldown). Only what DQE accepted is charged; refunds are capped per client.
import { describe, expect, test } from "vitest";
import { connectionRefused, createTestApi, htmlError, numbers } from "../testSupport/testApi.js";

describe("sends DQE certainly did not accept are given back", () => {
  test("five 502s (HTML) and a refused connection leave the number its five sends", async () => {
    let failing = 6;
    const t = createTestApi({
      dqeFault: (endpoint) => {
        if (endpoint !== "GDPR_MSG" || failing === 0) return undefined;
        failing -= 1;
        return failing === 0 ? connectionRefused() : htmlError();
      },
    });
    for (let i = 0; i < 6; i += 1) {
      const answer = await t.post("/api/pin/send", { phone: numbers.delivered });
      expect(answer.status, `failure ${i + 1}`).toBe(502);
    }
    for (let i = 0; i < 5; i += 1) await t.sendPin(numbers.delivered);
    const sixth = await t.post("/api/pin/send", { phone: numbers.delivered });
    expect(sixth.body.error).toMatchObject({ code: "too_many_sends", reason: "number" });
  });

  test("a time-out is charged: the SMS may have gone", async () => {
    const t = createTestApi({ dqe: { timeoutMs: 100 }, sandbox: { slowMs: 1000 } });
    for (let i = 0; i < 5; i += 1) {
      expect((await t.post("/api/pin/send", { phone: numbers.slow })).status).toBe(504);
    }
    const after = await t.post("/api/pin/send", { phone: numbers.slow });
    expect(after.body.error).toMatchObject({ code: "too_many_sends", reason: "number" });
  });

  test("DQE's error 08 before accepting is given back; a refusal of the number is not", async () => {
    let answer08 = true;
    const t = createTestApi({
      api: { limits: { sendsPerNumber: 1 } },
      dqeFault: (endpoint) =>
        endpoint === "GDPR_MSG" && answer08
          ? Response.json({ status: "", errors: { "08": "08 - Internal API error" } })
          : undefined,
    });
    expect((await t.post("/api/pin/send", { phone: numbers.delivered })).status).toBe(502);
    answer08 = false;
    await t.sendPin(numbers.delivered);
    // The undeliverable number's refusal was DQE's decision: it counts.
    const refused = createTestApi({ api: { limits: { sendsPerNumber: 1 } } });
    expect((await refused.post("/api/pin/send", { phone: numbers.undeliverable })).status).toBe(422);
    expect((await refused.post("/api/pin/send", { phone: numbers.undeliverable })).status).toBe(429);
  });

  test("a failed resend starts no cooldown and uses no resend", async () => {
    let failResends = false;
    const t = createTestApi({
      api: { limits: { maxResends: 1, resendCooldownS: 30 } },
      dqeFault: (endpoint) => (endpoint === "GDPR_MSG" && failResends ? htmlError(503) : undefined),
    });
    const { verificationId } = await t.sendPin();
    t.advance(30);
    failResends = true;
    expect((await t.post("/api/pin/resend", { verificationId })).status).toBe(502);
    failResends = false;
    // No cooldown started by the failure, and the one resend is still there.
    const resent = await t.post("/api/pin/resend", { verificationId });
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ resendsLeft: 0, resendInS: 30 });
  });

  test("refunds are capped per client: past refundsPerIp, failures count", async () => {
    const t = createTestApi({
      api: { limits: { refundsPerIp: 2, sendsPerIp: 4, sendsPerNumber: 100 } },
      dqeFault: (endpoint) => (endpoint === "GDPR_MSG" ? htmlError() : undefined),
    });
    const from = { "x-forwarded-for": "198.51.100.40" };
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      statuses.push((await t.post("/api/pin/send", { phone: `+3361234560${i}` }, from)).status);
    }
    // 2 given back, then 4 charged: the client's 4 sends are gone after 6 failures.
    expect(statuses).toEqual([502, 502, 502, 502, 502, 502, 429, 429]);
    expect(t.dqeCount("GDPR_MSG")).toBe(6);
  });
});

describe("number checks DQE did not start are given back", () => {
  test("three failed starts (ACCESS_TOKEN down, IDMOBILE's 500) leave the number its checks", async () => {
    let failing = 3;
    const t = createTestApi({
      dqeFault: (endpoint) => {
        if (failing === 0) return undefined;
        if (endpoint === "ACCESS_TOKEN" && failing > 1) {
          failing -= 1;
          return htmlError(500);
        }
        if (endpoint === "IDMOBILE") {
          failing -= 1;
          return htmlError(500);
        }
        return undefined;
      },
    });
    for (let i = 0; i < 3; i += 1) {
      expect((await t.post("/api/number-verify/start", { phone: numbers.delivered })).status).toBe(502);
    }
    for (let i = 0; i < 3; i += 1) await t.startCheck(numbers.delivered);
    const fourth = await t.post("/api/number-verify/start", { phone: numbers.delivered });
    expect(fourth.body.error).toMatchObject({ code: "too_many_checks", reason: "number" });
  });
});

describe("DQE calls are bounded", () => {
  test("200 hits on the callback of a pending check make at most 2 retrievals", async () => {
    const t = createTestApi();
    const { checkId } = await t.startCheck();
    const before = t.dqeCount("GET");
    for (let i = 0; i < 200; i += 1) {
      const page = await t.get(`/api/number-verify/callback?check=${checkId}`);
      expect(page.status).toBe(200);
    }
    expect(t.dqeCount("GET") - before).toBeLessThanOrEqual(2);
  });

  test("number checks are capped per client: 50 numbers from one IP make 10 checks, 20 DQE calls", async () => {
    const t = createTestApi({ api: { limits: { checksPerIp: 10 } } });
    const from = { "x-forwarded-for": "198.51.100.41" };
    const answers = [];
    for (let i = 0; i < 50; i += 1) {
      answers.push(
        await t.post("/api/number-verify/start", { phone: `+336123457${String(i).padStart(2, "0")}` }, from),
      );
    }
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(10);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(40);
    expect(refused[0]?.body.error).toMatchObject({ code: "too_many_checks", reason: "ip" });
    expect(t.dqeCount("ACCESS_TOKEN") + t.dqeCount("IDMOBILE")).toBe(20);
  });
});
