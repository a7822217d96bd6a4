import { describe, expect, it } from "vitest";
import {
  fixtureErrors,
  fixtures,
  type Method,
  type Params,
  pinParams,
  shapeOf,
  testBed,
} from "../testSupport/sandboxTestSupport.js";
import { SANDBOX_LICENCE } from "./sandboxOptions.js";

const msgCodes: Record<string, string> = fixtures.gdpr_msg_error_codes;
const verifCodes: Record<string, string> = fixtures.gdpr_verif_error_codes;
const methods: Method[] = ["GET", "POST"];
const phone = "33612345678";

describe("GDPR_MSG", () => {
  it.each(methods)("sends a PIN by %s with every documented key, typed as DQE's example", async (method) => {
    const bed = testBed({ pin: "123456" });
    const answer = await bed.sendPin(phone, { Sms: "1", Email: "1", Phonecom: "0", Post: "0" }, method);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(shapeOf(answer.body)).toEqual(shapeOf(fixtures.gdpr_msg_success));
    expect(answer.body).toEqual({
      status: "DELIVERED",
      timeout: "3",
      companyName: "MYCOMPANY",
      country: "FRA",
      to: phone,
      channels: { phone: 0, post: 0, sms: 1, email: 1 },
      errors: { "00": "00 - No errors" },
      smsToken: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      dateTime: "2025-01-15 09:30:00.123000",
    });
  });

  it("answers at the path with or without its trailing slash", async () => {
    const bed = testBed();
    for (const path of ["/GDPR_MSG/", "/GDPR_MSG"]) {
      const answer = await bed.call("GET", path, pinParams(phone));
      expect(answer.body.status).toBe("DELIVERED");
    }
  });

  it("echoes Duration as the timeout string", async () => {
    const answer = await testBed().sendPin(phone, { Duration: "10" });
    expect(answer.body.timeout).toBe("10");
  });

  it("records all channels as 0 when no consent is given", async () => {
    const answer = await testBed().sendPin(phone);
    expect(answer.body.channels).toEqual({ phone: 0, post: 0, sms: 0, email: 0 });
  });

  it("issues a new token on every send", async () => {
    const bed = testBed();
    const first = await bed.sendPin(phone);
    const second = await bed.sendPin(phone);
    expect(first.body.smsToken).not.toBe(second.body.smsToken);
  });

  const invalid: [string, Params, string][] = [
    ["Phone missing", { Phone: "" }, "01"],
    ["Country missing", { Country: "" }, "01"],
    ["Company missing", { Company: "" }, "01"],
    ["Custom_sms missing", { Custom_sms: "" }, "01"],
    ["Licence missing", { Licence: "" }, "01"],
    ["wrong licence", { Licence: "OTHER-LICENCE" }, "02"],
    ["Phone with +", { Phone: "+33612345678" }, "03"],
    ["Phone in national format", { Phone: "0612345678" }, "03"],
    ["Phone too short", { Phone: "3361234" }, "03"],
    ["Phone with letters", { Phone: "3361234567a" }, "03"],
    ["Country of 2 letters", { Country: "FR" }, "04"],
    ["Country with a digit", { Country: "F1A" }, "04"],
    ["Country not the phone's", { Country: "DEU" }, "04"],
    ["unknown Country", { Country: "XYZ" }, "06"],
    ["Duration 0", { Duration: "0" }, "05"],
    ["Duration negative", { Duration: "-3" }, "05"],
    ["Duration decimal", { Duration: "1.5" }, "05"],
    ["Company of 2 characters", { Company: "AB" }, "07"],
    ["Company of 12 characters", { Company: "ABCDEFGHIJKL" }, "07"],
    ["consent 2", { Sms: "2" }, "10"],
    ["consent yes", { Email: "yes" }, "10"],
    ["consent given, none 1", { Sms: "0", Email: "0" }, "11"],
  ];

  it.each(invalid)("answers %s with error %s... as HTTP 200", async (_case, extra, code) => {
    const bed = testBed();
    const answer = await bed.sendPin(phone, extra);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe("REJECTED");
    expect(answer.body.errors).toEqual(fixtureErrors(msgCodes, code));
    if (extra.Phone !== "") expect(answer.body.to).toBe(extra.Phone ?? phone);
    expect(bed.sandbox.messages()).toEqual([]);
  });

  // DQE documents no code for a bad Custom_sms: "12" is the sandbox's (inferred, docs/dqe-protocol-choices.md).
  it.each([
    ["126 characters", "x".repeat(126)],
    ["accents", "Votre code de vérification :"],
    ["a typographic apostrophe", "Votre code d’accès"],
    ["a line break", "Your code:\n"],
    ["HTML", "Code <b>"],
  ])("refuses a Custom_sms with %s: error 12, no SMS", async (_case, text) => {
    const bed = testBed();
    const answer = await bed.sendPin(phone, { Custom_sms: text });
    expect(answer.body).toEqual({
      status: "REJECTED",
      to: phone,
      errors: { "12": "12 - Invalid custom SMS text" },
    });
    expect(bed.sandbox.messages()).toEqual([]);
  });

  it("takes a Custom_sms of 125 plain characters, WebOTP ending included", async () => {
    const text = `${"x".repeat(125 - " @shop.example #".length)} @shop.example #`;
    const answer = await testBed().sendPin(phone, { Custom_sms: text });
    expect(answer.body.status).toBe("DELIVERED");
  });

  it("reads parameter names case-sensitively, as DQE spells them", async () => {
    const params = pinParams(phone);
    const { Phone, Licence, ...rest } = params;
    const answer = await testBed().call("GET", "/GDPR_MSG/", {
      ...rest,
      phone: Phone ?? "",
      licence: Licence ?? "",
    });
    expect(answer.body.errors).toEqual(fixtureErrors(msgCodes, "01"));
  });

  it("accepts the country of any number sharing the calling code", async () => {
    const answer = await testBed().sendPin("14155552671", { Country: "CAN" });
    expect(answer.body.status).toBe("DELIVERED");
  });
});

describe("the SMS sent", () => {
  it("carries Custom_sms, a space and the PIN", async () => {
    const bed = testBed({ pin: "123456" });
    const answer = await bed.sendPin(phone);
    expect(bed.sandbox.messages(phone)).toEqual([
      {
        to: phone,
        text: "Your code 123456",
        pin: "123456",
        smsToken: answer.body.smsToken,
        sentAt: "2025-01-15T09:30:00.123Z",
      },
    ]);
  });

  it("puts the PIN straight after a closing # (WebOTP)", async () => {
    const bed = testBed({ pin: "654321" });
    await bed.sendPin(phone, { Custom_sms: "Your code @example.com #" });
    expect(bed.sandbox.messages()[0]?.text).toBe("Your code @example.com #654321");
  });

  it("carries a random 6-digit PIN by default", async () => {
    const bed = testBed();
    for (let i = 0; i < 20; i++) await bed.sendPin(phone);
    const pins = bed.sandbox.messages().map((message) => message.pin);
    for (const pin of pins) expect(pin).toMatch(/^\d{6}$/);
    expect(new Set(pins).size).toBeGreaterThan(1);
  });

  it("is listed by /__sandbox/messages, newest first, per phone or all", async () => {
    const bed = testBed();
    await bed.sendPin("33600000001");
    bed.advance(1);
    await bed.sendPin(phone);
    bed.advance(1);
    const last = await bed.sendPin("33600000001");

    const response = await bed.sandbox.fetch(
      new Request("http://sandbox.test/__sandbox/messages?phone=33600000001"),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const listed = (await response.json()) as Record<string, unknown>[];
    expect(listed.map((m) => m.to)).toEqual(["33600000001", "33600000001"]);
    expect(listed[0]?.smsToken).toBe(last.body.smsToken);
    expect(listed[0]?.sentAt).toBe("2025-01-15T09:30:02.123Z");
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual(["pin", "sentAt", "smsToken", "text", "to"]);
    expect(listed).toEqual(bed.sandbox.messages("33600000001"));

    const all = await bed.sandbox.fetch(new Request("http://sandbox.test/__sandbox/messages"));
    expect(((await all.json()) as unknown[]).length).toBe(3);
    expect(bed.sandbox.messages().map((m) => m.to)).toEqual(["33600000001", phone, "33600000001"]);

    // "+" in a query string reads as a space: the route keeps the digits.
    const plus = await bed.sandbox.fetch(
      new Request(`http://sandbox.test/__sandbox/messages?phone=+${phone}`),
    );
    expect(((await plus.json()) as unknown[]).length).toBe(1);
  });
});

describe("GDPR_VERIF", () => {
  async function sent(bed = testBed({ pin: "123456" }), extra: Params = {}) {
    const answer = await bed.sendPin(phone, { Sms: "1", Email: "1", ...extra });
    return { bed, token: String(answer.body.smsToken) };
  }
  const verify = (bed: ReturnType<typeof testBed>, params: Params, method: Method = "POST") =>
    bed.call(method, "/GDPR_VERIF/", params);

  it.each(methods)("accepts the right PIN by %s with DQE's keys and the channels sent", async (method) => {
    const { bed, token } = await sent();
    bed.advance(30);
    const answer = await verify(bed, { Phone: phone, Token: token, Pin: "123456" }, method);
    expect(answer.status).toBe(200);
    expect(shapeOf(answer.body)).toEqual(shapeOf(fixtures.gdpr_verif_success));
    expect(answer.body).toEqual({
      status: "OK",
      phone,
      errors: { "00": "00 - No errors" },
      channels: { phone: 0, post: 0, sms: 1, email: 1 },
      dateTime: "2025-01-15 09:30:30.123000",
    });
  });

  it("answers without the trailing slash too", async () => {
    const { bed, token } = await sent();
    const answer = await bed.call("GET", "/GDPR_VERIF", { Phone: phone, Token: token, Pin: "123456" });
    expect(answer.body.status).toBe("OK");
  });

  it("ignores the licence, which the page does not list", async () => {
    const { bed, token } = await sent();
    const answer = await verify(bed, { Phone: phone, Token: token, Pin: "123456", Licence: "WRONG" });
    expect(answer.body.status).toBe("OK");
  });

  it("accepts a PIN once: the token then answers 05", async () => {
    const { bed, token } = await sent();
    await verify(bed, { Phone: phone, Token: token, Pin: "123456" });
    const again = await verify(bed, { Phone: phone, Token: token, Pin: "123456" });
    expect(again.body).toEqual({ status: "KO", errors: fixtureErrors(verifCodes, "05") });
  });

  it("makes the previous token answer 05 after a new GDPR_MSG to the same number", async () => {
    const bed = testBed();
    const first = await bed.sendPin(phone);
    const second = await bed.sendPin(phone);
    const [newest, older] = bed.sandbox.messages(phone);
    const old = await verify(bed, {
      Phone: phone,
      Token: String(first.body.smsToken),
      Pin: older?.pin ?? "",
    });
    expect(old.body.errors).toEqual(fixtureErrors(verifCodes, "05"));
    const current = await verify(bed, {
      Phone: phone,
      Token: String(second.body.smsToken),
      Pin: newest?.pin ?? "",
    });
    expect(current.body.status).toBe("OK");
  });

  it("keeps a PIN for Duration minutes, 3 by default", async () => {
    const { bed, token } = await sent();
    bed.advance(179);
    expect((await verify(bed, { Phone: phone, Token: token, Pin: "123456" })).body.status).toBe("OK");

    const late = await sent(testBed({ pin: "123456" }));
    late.bed.advance(180);
    const answer = await verify(late.bed, { Phone: phone, Token: late.token, Pin: "123456" });
    expect(answer.body).toMatchObject({ status: "KO", phone, errors: fixtureErrors(verifCodes, "03") });
    expect(answer.body.channels).toEqual({ phone: 0, post: 0, sms: 1, email: 1 });
    expect(typeof answer.body.dateTime).toBe("string");
  });

  it("follows Duration", async () => {
    const { bed, token } = await sent(testBed({ pin: "123456" }), { Duration: "10" });
    bed.advance(599);
    expect((await verify(bed, { Phone: phone, Token: token, Pin: "123456" })).body.status).toBe("OK");
    const other = await sent(testBed({ pin: "123456" }), { Duration: "10" });
    other.bed.advance(600);
    const answer = await verify(other.bed, { Phone: phone, Token: other.token, Pin: "123456" });
    expect(answer.body.errors).toEqual(fixtureErrors(verifCodes, "03"));
  });

  it("lets pinTtlS override Duration, in seconds", async () => {
    const { bed, token } = await sent(testBed({ pin: "123456", pinTtlS: 5 }), { Duration: "10" });
    bed.advance(5);
    const answer = await verify(bed, { Phone: phone, Token: token, Pin: "123456" });
    expect(answer.body.errors).toEqual(fixtureErrors(verifCodes, "03"));
  });

  it("answers 04 to a wrong PIN and keeps the right one valid (no attempt limit)", async () => {
    const { bed, token } = await sent();
    for (let i = 0; i < 6; i++) {
      const wrong = await verify(bed, { Phone: phone, Token: token, Pin: "000000" });
      expect(wrong.body).toMatchObject({ status: "KO", phone, errors: fixtureErrors(verifCodes, "04") });
      expect(wrong.body.channels).toEqual({ phone: 0, post: 0, sms: 1, email: 1 });
    }
    expect((await verify(bed, { Phone: phone, Token: token, Pin: "123456" })).body.status).toBe("OK");
  });

  it("answers 04 when the token belongs to another number", async () => {
    const { bed, token } = await sent();
    const answer = await verify(bed, { Phone: "33600000001", Token: token, Pin: "123456" });
    expect(answer.body.errors).toEqual(fixtureErrors(verifCodes, "04"));
  });

  const malformed: [string, Params, string][] = [
    ["Phone missing", { Phone: "" }, "01"],
    ["Token missing", { Token: "" }, "01"],
    ["Pin missing", { Pin: "" }, "01"],
    ["a 5-digit PIN", { Pin: "12345" }, "02"],
    ["a 7-digit PIN", { Pin: "1234567" }, "02"],
    ["a PIN with letters", { Pin: "12a456" }, "02"],
    ["an unknown token", { Token: "C6hfYZIER3CVoGVYwTiZLg" }, "05"],
  ];

  it.each(malformed)("answers %s with %s", async (_case, extra, code) => {
    const { bed, token } = await sent();
    const answer = await verify(bed, { Phone: phone, Token: token, Pin: "123456", ...extra });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe("KO");
    expect(answer.body.errors).toEqual(fixtureErrors(verifCodes, code));
  });

  it("leaves phone, channels and dateTime out when the token is unknown", async () => {
    const bed = testBed();
    const answer = await verify(bed, {
      Phone: phone,
      Token: "unknown",
      Pin: "123456",
      Licence: SANDBOX_LICENCE,
    });
    expect(answer.body).toEqual({ status: "KO", errors: fixtureErrors(verifCodes, "05") });
  });
});
