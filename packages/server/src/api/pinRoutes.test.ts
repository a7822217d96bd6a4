import { describe, expect, test } from "vitest";
import { createTestApi, dqeDigits, fixedPin, numbers } from "../testSupport/testApi.js";

const consent = { phone: false, post: true, sms: true, email: false };

describe("POST /api/pin/send, /api/pin/check: the happy path", () => {
  test("sends a code, the sandbox inbox shows it, and the code verifies the number", async () => {
    const t = createTestApi();
    const sent = await t.sendPin(numbers.delivered);
    expect(sent).toEqual({
      verificationId: expect.stringMatching(/^[\w-]{22}$/),
      to: numbers.delivered,
      expiresInS: 180,
      resendInS: 30,
      resendsLeft: 3,
      attemptsLeft: 5,
    });

    const inbox = await t.get(`/api/sandbox/messages?phone=${encodeURIComponent(numbers.delivered)}`);
    expect(inbox.status).toBe(200);
    expect(inbox.body).toEqual([
      {
        to: dqeDigits(numbers.delivered),
        text: `Your code: ${fixedPin}`,
        pin: fixedPin,
        sentAt: expect.any(String),
      },
    ]);

    const checked = await t.checkPin(sent.verificationId, fixedPin);
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({
      verified: true,
      channels: { phone: false, post: false, sms: false, email: false },
      dqeDateTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/),
      verifiedAt: expect.any(String),
    });
    expect(Math.abs(Date.parse(checked.body.verifiedAt) - t.now())).toBeLessThan(1000);
    expect(t.dqeCalls).toEqual(["GDPR_MSG", "GDPR_VERIF"]);
  });

  test("DQE's smsToken never reaches the browser, not even in the sandbox inbox", async () => {
    const t = createTestApi();
    const sent = await t.sendPin();
    await t.latestSms();
    await t.checkPin(sent.verificationId, "000000");
    await t.checkPin(sent.verificationId, fixedPin);
    const [message] = t.sandbox.messages(dqeDigits(numbers.delivered));
    expect(message?.smsToken).toMatch(/\w{8,}/);
    expect(t.answers.length).toBeGreaterThanOrEqual(4);
    for (const answer of t.answers) {
      expect(JSON.stringify(answer.body)).not.toContain(message?.smsToken);
      expect(JSON.stringify(answer.body)).not.toContain("smsToken");
    }
  });

  test("the consent given is sent to DQE and comes back as the channels of the check", async () => {
    const t = createTestApi();
    const sent = await t.sendPin(numbers.delivered, { consent });
    const checked = await t.checkPin(sent.verificationId, fixedPin);
    expect(checked.body).toMatchObject({ verified: true, channels: consent });
  });

  test("an undeliverable number answers 422 sms_undeliverable", async () => {
    const t = createTestApi();
    const answer = await t.post("/api/pin/send", { phone: numbers.undeliverable });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: "sms_undeliverable", retryable: false });
    expect(t.sandbox.messages(dqeDigits(numbers.undeliverable))).toEqual([]);
  });
});

describe("wrong, expired and used codes", () => {
  test("a wrong code answers pin_invalid with the attempts left", async () => {
    const t = createTestApi();
    const sent = await t.sendPin();
    const answer = await t.checkPin(sent.verificationId, "654321");
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ verified: false, reason: "pin_invalid", attemptsLeft: 4 });
  });

  test("the fifth wrong code locks the verification; afterwards even the right code gets 423", async () => {
    const t = createTestApi();
    const sent = await t.sendPin();
    const left: number[] = [];
    for (let i = 0; i < 5; i++)
      left.push((await t.checkPin(sent.verificationId, "000000")).body.attemptsLeft);
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(t.answers.at(-1)?.body).toEqual({
      verified: false,
      reason: "verification_locked",
      attemptsLeft: 0,
    });

    const right = await t.checkPin(sent.verificationId, fixedPin);
    expect(right.status).toBe(423);
    expect(right.body).toEqual({ error: { code: "verification_locked", retryable: false } });
    t.advance(31);
    const resend = await t.post("/api/pin/resend", { verificationId: sent.verificationId });
    expect(resend.status).toBe(423);
    expect(t.dqeCount("GDPR_VERIF")).toBe(5);
    expect(t.dqeCount("GDPR_MSG")).toBe(1);
  });

  test("a code past its lifetime answers 410 pin_expired without asking DQE", async () => {
    const t = createTestApi();
    const sent = await t.sendPin();
    t.advance(181);
    const answer = await t.checkPin(sent.verificationId, fixedPin);
    expect(answer.status).toBe(410);
    expect(answer.body).toEqual({ error: { code: "pin_expired", retryable: false } });
    expect(t.dqeCount("GDPR_VERIF")).toBe(0);
  });

  test("sms.pinTtlS shortens the lifetime the server enforces and announces", async () => {
    const t = createTestApi({ sms: { pinTtlS: 60 } });
    expect((await t.get("/api/config")).body.pinLifetimeS).toBe(60);
    const sent = await t.sendPin();
    expect(sent.expiresInS).toBe(60);
    t.advance(59);
    const before = await t.checkPin(sent.verificationId, "000000");
    expect(before.body.reason).toBe("pin_invalid");
    t.advance(2);
    expect((await t.checkPin(sent.verificationId, fixedPin)).status).toBe(410);
  });

  test("DQE's own expiry (GDPR_VERIF 03) also answers 410 pin_expired", async () => {
    const t = createTestApi({ sandbox: { pinTtlS: 10 } });
    const sent = await t.sendPin();
    t.advance(11);
    const answer = await t.checkPin(sent.verificationId, fixedPin);
    expect(answer.status).toBe(410);
    expect(answer.body.error.code).toBe("pin_expired");
    expect(t.dqeCount("GDPR_VERIF")).toBe(1);
  });

  test("a verified verification answers 409 to another check and to a resend", async () => {
    const t = createTestApi();
    const sent = await t.sendPin();
    expect((await t.checkPin(sent.verificationId, fixedPin)).body.verified).toBe(true);
    const again = await t.checkPin(sent.verificationId, fixedPin);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: { code: "verification_done", retryable: false } });
    t.advance(31);
    const resend = await t.post("/api/pin/resend", { verificationId: sent.verificationId });
    expect(resend.status).toBe(409);
    expect(resend.body.error.code).toBe("verification_done");
    expect(t.dqeCount("GDPR_VERIF")).toBe(1);
  });

  test("unknown verification ids answer 404 verification_not_found", async () => {
    const t = createTestApi();
    const check = await t.checkPin("no-such-verification", fixedPin);
    expect(check.status).toBe(404);
    expect(check.body).toEqual({ error: { code: "verification_not_found", retryable: false } });
    const resend = await t.post("/api/pin/resend", { verificationId: "no-such-verification" });
    expect(resend.status).toBe(404);
    expect(resend.body.error.code).toBe("verification_not_found");
    expect(t.dqeCalls).toEqual([]);
  });
});

describe("POST /api/pin/resend", () => {
  test("too early: 429 resend_cooldown with Retry-After and retryAfterS", async () => {
    const t = createTestApi();
    const sent = await t.sendPin();
    t.advance(10);
    const answer = await t.post("/api/pin/resend", { verificationId: sent.verificationId });
    expect(answer.status).toBe(429);
    expect(answer.body).toEqual({ error: { code: "resend_cooldown", retryable: true, retryAfterS: 20 } });
    expect(answer.headers.get("retry-after")).toBe("20");
    expect(t.dqeCount("GDPR_MSG")).toBe(1);
  });

  test("after the cooldown a new code is sent: the old one is refused, the new one accepted", async () => {
    const t = createTestApi({ pin: null });
    const sent = await t.sendPin();
    const first = await t.latestSms();
    t.advance(30);
    const resent = await t.post("/api/pin/resend", { verificationId: sent.verificationId });
    expect(resent.status).toBe(200);
    expect(resent.body).toEqual({ ...sent, resendsLeft: 2 });
    const second = await t.latestSms();
    expect(t.sandbox.messages(dqeDigits(numbers.delivered))).toHaveLength(2);
    // Random PINs: in one run in a million both are the same and the old one cannot be told apart.
    if (second.pin !== first.pin) {
      const old = await t.checkPin(sent.verificationId, first.pin);
      expect(old.body).toEqual({ verified: false, reason: "pin_invalid", attemptsLeft: 4 });
    }
    const fresh = await t.checkPin(sent.verificationId, second.pin);
    expect(fresh.body.verified).toBe(true);
  });

  test("wrong codes count across resends", async () => {
    const t = createTestApi();
    const sent = await t.sendPin();
    await t.checkPin(sent.verificationId, "000000");
    await t.checkPin(sent.verificationId, "000001");
    t.advance(30);
    const resent = await t.post("/api/pin/resend", { verificationId: sent.verificationId });
    expect(resent.body.attemptsLeft).toBe(3);
  });

  test("after maxResends: 429 resend_limit, not retryable, and no SMS", async () => {
    const t = createTestApi();
    const sent = await t.sendPin();
    const left: number[] = [];
    for (let i = 0; i < 3; i++) {
      t.advance(30);
      left.push((await t.post("/api/pin/resend", { verificationId: sent.verificationId })).body.resendsLeft);
    }
    expect(left).toEqual([2, 1, 0]);
    t.advance(30);
    const answer = await t.post("/api/pin/resend", { verificationId: sent.verificationId });
    expect(answer.status).toBe(429);
    expect(answer.body).toEqual({ error: { code: "resend_limit", retryable: false } });
    expect(answer.headers.get("retry-after")).toBeNull();
    expect(t.dqeCount("GDPR_MSG")).toBe(4);
  });
});

describe("send limits", () => {
  test("without a trusted proxy, X-Forwarded-For is ignored and the socket's address counts", async () => {
    const t = createTestApi({ api: { clientAddress: "socket", limits: { sendsPerIp: 1 } } });
    await t.sendPin(numbers.delivered, {}, { "x-forwarded-for": "198.51.100.1" });
    const spoofed = await t.post(
      "/api/pin/send",
      { phone: numbers.mobile },
      { "x-forwarded-for": "198.51.100.2" },
    );
    expect(spoofed.status).toBe(429);
    expect(spoofed.body.error.code).toBe("too_many_sends");
  });

  test("per number: over sendsPerNumber answers 429 too_many_sends; other numbers still get theirs", async () => {
    const t = createTestApi({ api: { limits: { sendsPerNumber: 2, windowS: 600 } } });
    await t.sendPin(numbers.delivered);
    await t.sendPin(numbers.delivered);
    const answer = await t.post("/api/pin/send", { phone: numbers.delivered });
    expect(answer.status).toBe(429);
    expect(answer.body).toEqual({
      error: { code: "too_many_sends", reason: "number", retryable: true, retryAfterS: 600 },
    });
    expect(answer.headers.get("retry-after")).toBe("600");
    expect(t.dqeCount("GDPR_MSG")).toBe(2);
    await t.sendPin(numbers.mobile);
    t.advance(600);
    await t.sendPin(numbers.delivered);
  });

  test("per IP, read from X-Forwarded-For behind one trusted proxy", async () => {
    const t = createTestApi({ api: { limits: { sendsPerIp: 2 } } });
    // The proxy appends the address it saw; what the client wrote before it does not count.
    await t.sendPin(numbers.delivered, {}, { "x-forwarded-for": "10.0.0.1, 198.51.100.7" });
    await t.sendPin(numbers.mobile, {}, { "x-forwarded-for": "10.0.0.2, 198.51.100.7" });
    const limited = await t.post(
      "/api/pin/send",
      { phone: "+33612345679" },
      { "x-forwarded-for": "10.0.0.3, 198.51.100.7" },
    );
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("too_many_sends");
    expect(limited.headers.get("retry-after")).toBe("3600");
    const other = await t.post(
      "/api/pin/send",
      { phone: "+33612345679" },
      { "x-forwarded-for": "198.51.100.8" },
    );
    expect(other.status).toBe(200);
    expect(t.dqeCount("GDPR_MSG")).toBe(3);
  });
});

test("GET /api/config tells the UI the server's settings", async () => {
  const t = createTestApi({
    api: { limits: { maxAttempts: 4, resendCooldownS: 45, maxResends: 2 }, maxWaitS: 20 },
  });
  const answer = await t.get("/api/config");
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({
    sandbox: true,
    codeLength: 6,
    pinLifetimeS: 180,
    resendCooldownS: 45,
    maxAttempts: 4,
    maxResends: 2,
    numberVerify: true,
    maxWaitS: 20,
    limits: {
      sendsPerNumber: 5,
      sendsPerIp: 20,
      sendsPerPrefix: 30,
      prefixDigits: 4,
      checksPerNumber: 3,
      checksPerIp: 10,
      windowS: 3600,
    },
  });
});

describe("limits under concurrency", () => {
  test("100 parallel wrong codes on one verification: 5 reach DQE, the others are told it is busy, not locked", async () => {
    // A little DQE latency keeps the checks in flight together, as they would be on a real network.
    const t = createTestApi({ sandbox: { latencyMs: 5 } });
    const { verificationId } = await t.sendPin();
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => t.checkPin(verificationId, String(100_000 + i))),
    );
    expect(t.dqeCount("GDPR_VERIF")).toBe(5);
    const answered = answers.filter((answer) => answer.status === 200);
    const busy = answers.filter((answer) => answer.status === 429);
    expect(answered).toHaveLength(5);
    expect(busy).toHaveLength(95);
    // While the 5 were being judged nothing was locked yet: retry in a second.
    for (const answer of busy) {
      expect(answer.body.error).toEqual({ code: "verification_busy", retryable: true, retryAfterS: 1 });
    }
    expect(answered.map((answer) => answer.body.attemptsLeft).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(answered.every((answer) => answer.body.verified === false)).toBe(true);
    // Still locked afterwards, whatever the code.
    expect((await t.checkPin(verificationId, "123456")).status).toBe(423);
    expect(t.dqeCount("GDPR_VERIF")).toBe(5);
  });

  test("100 parallel checks of the right code: 1 verified, 4 already verified, 95 busy; none locked", async () => {
    const t = createTestApi({ sandbox: { latencyMs: 5 } });
    const { verificationId } = await t.sendPin();
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => t.checkPin(verificationId, fixedPin)),
    );
    const count = (status: number) => answers.filter((answer) => answer.status === status).length;
    expect(count(200)).toBe(1);
    expect(count(409)).toBe(4);
    expect(count(429)).toBe(95);
    expect(count(423)).toBe(0);
    expect(t.dqeCount("GDPR_VERIF")).toBe(5);
  });

  test("10 checks while DQE hangs: 5 time out (504), 5 are told busy; the verification is not locked", async () => {
    let hang = true;
    const t = createTestApi({
      dqe: { timeoutMs: 150 },
      dqeFault: (endpoint, request) =>
        endpoint === "GDPR_VERIF" && hang
          ? new Promise<Response>((_, reject) =>
              request.signal.addEventListener("abort", () => reject(request.signal.reason)),
            )
          : undefined,
    });
    const { verificationId } = await t.sendPin();
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.checkPin(verificationId, fixedPin)));
    const codes = answers.map((answer) => answer.body.error?.code).sort();
    expect(codes).toEqual([...Array(5).fill("dqe_timeout"), ...Array(5).fill("verification_busy")]);
    hang = false;
    expect((await t.checkPin(verificationId, fixedPin)).body).toMatchObject({ verified: true });
  });

  test("10 parallel resends after the cooldown send exactly one SMS", async () => {
    const t = createTestApi({ sandbox: { latencyMs: 5 } });
    const { verificationId } = await t.sendPin();
    t.advance(30);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => t.post("/api/pin/resend", { verificationId })),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(9);
    for (const answer of refused)
      expect(answer.body.error).toMatchObject({ code: "resend_cooldown", retryAfterS: 30 });
    expect(t.dqeCount("GDPR_MSG")).toBe(2);
    expect(t.sandbox.messages(dqeDigits(numbers.delivered))).toHaveLength(2);
  });

  test("parallel sends from one IP stop at sendsPerIp", async () => {
    const t = createTestApi({ sandbox: { latencyMs: 5 }, api: { limits: { sendsPerIp: 3 } } });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.post(
          "/api/pin/send",
          { phone: `+336123456${String(i).padStart(2, "0")}` },
          { "x-forwarded-for": "203.0.113.9" },
        ),
      ),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(3);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(9);
    expect(t.dqeCount("GDPR_MSG")).toBe(3);
  });

  test("a double submit of the right code: one answer verified, the other 409 verification_done", async () => {
    const t = createTestApi({ sandbox: { latencyMs: 5 } });
    const { verificationId } = await t.sendPin();
    const answers = await Promise.all([
      t.checkPin(verificationId, "123456"),
      t.checkPin(verificationId, "123456"),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 200)?.body.verified).toBe(true);
    expect(answers.find((answer) => answer.status === 409)?.body.error.code).toBe("verification_done");
  });
});
