import { describe, expect, test } from "vitest";
import { createTestApi, dqeDigits, fixedPin, numbers } from "../testSupport/testApi.js";

// Consent is a switch of the site (off, optional, required): a code never depends on marketing consent.
// DQE gets consent flags only when the user chose at least one channel (docs/dqe-protocol-choices.md).

const consentParams = ["Phonecom", "Post", "Sms", "Email"];
const none = { phone: false, post: false, sms: false, email: false };

/** The consent parameters of the GDPR_MSG requests DQE received. */
function consentSent(t: ReturnType<typeof createTestApi>) {
  return t.dqeRequests
    .filter((request) => request.endpoint === "GDPR_MSG")
    .map(({ params }) =>
      Object.fromEntries(
        consentParams.flatMap((name) => (params.has(name) ? [[name, params.get(name)]] : [])),
      ),
    );
}

describe("consent, as the site chose to ask for it", () => {
  test("no consent chosen: the SMS goes, DQE gets no consent flag, and the check records none", async () => {
    const t = createTestApi();
    const sent = await t.sendPin(numbers.delivered);
    expect((await t.latestSms()).text).toBe(`Your code: ${fixedPin}`);
    expect(consentSent(t)).toEqual([{}]);
    const checked = await t.checkPin(sent.verificationId, fixedPin);
    expect(checked.body).toMatchObject({ verified: true, channels: none });
  });

  test("every channel left unticked is no consent chosen: the SMS goes without flags (DQE refuses four 0s)", async () => {
    const t = createTestApi();
    const sent = await t.sendPin(numbers.delivered, { consent: none });
    expect(sent.to).toBe(numbers.delivered);
    expect(t.sandbox.messages(dqeDigits(numbers.delivered))).toHaveLength(1);
    expect(consentSent(t)).toEqual([{}]);
  });

  test("consent given: its four flags reach DQE, on the resend too, and come back with the check", async () => {
    const t = createTestApi();
    const consent = { phone: false, post: true, sms: true, email: false };
    const sent = await t.sendPin(numbers.delivered, { consent });
    t.advance(31);
    expect((await t.post("/api/pin/resend", { verificationId: sent.verificationId })).status).toBe(200);
    const flags = { Phonecom: "0", Post: "1", Sms: "1", Email: "0" };
    expect(consentSent(t)).toEqual([flags, flags]);
    expect((await t.checkPin(sent.verificationId, fixedPin)).body).toMatchObject({ channels: consent });
  });

  test('DQE\'s error 11 tells the site to ask for consent (consent="required"), in the answer and the log', async () => {
    const t = createTestApi({
      // A DQE account that wants a channel with every code (the sandbox sends without one).
      dqeFault: (endpoint) =>
        endpoint === "GDPR_MSG"
          ? Response.json({
              status: "REJECTED",
              to: dqeDigits(numbers.delivered),
              errors: { "11": "11 - At least one communication channel must be enabled" },
            })
          : undefined,
    });
    const answer = await t.post("/api/pin/send", { phone: numbers.delivered });
    expect(answer.status).toBe(502);
    expect(answer.body.error).toMatchObject({ code: "consent_required_by_dqe", retryable: false });
    expect(answer.body.error.detail).toContain('consent="required"');
    const warning = t.logEntries().find((entry) => entry.code === "consent_required_by_dqe" && entry.setting);
    expect(warning).toMatchObject({ level: 40, setting: 'consent="required"' });
  });
});
