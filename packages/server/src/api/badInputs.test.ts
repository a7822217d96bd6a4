import { type ErrorCode, errorCatalogue } from "@verify-kit/core";
import { describe, expect, test } from "vitest";
import {
  type Answer,
  createTestApi,
  fixedPin,
  numbers,
  type TestApi,
  type TestApiOptions,
} from "../testSupport/testApi.js";

interface BadInput {
  readonly name: string;
  readonly status: number;
  readonly code: ErrorCode;
  /** What the case is about; the other cases carry the catalogue's value. */
  readonly retryable?: boolean;
  readonly fallbackToSms?: true;
  readonly options?: TestApiOptions;
  /** Whether any request may reach DQE. @default false */
  readonly reachesDqe?: boolean;
  run(t: TestApi): Promise<Answer>;
}

const send = (phone: unknown) => (t: TestApi) => t.post("/api/pin/send", { phone });
const sendBody = (body: unknown) => (t: TestApi) => t.post("/api/pin/send", body);
const sendRaw = (text: string) => (t: TestApi) => t.postRaw("/api/pin/send", text);
const start = (phone: unknown) => (t: TestApi) => t.post("/api/number-verify/start", { phone });

/** A verification of the delivered test number, then a check of `pin`. */
const checkAfterSend = (pin: unknown) => async (t: TestApi) => {
  const { verificationId } = await t.sendPin();
  return t.post("/api/pin/check", { verificationId, pin });
};

const slow = { dqe: { timeoutMs: 100 }, sandbox: { slowMs: 3000 } } satisfies TestApiOptions;
const foreignLicence = { dqe: { licence: "LICENCE-ABC-123" } } satisfies TestApiOptions;

const cases: BadInput[] = [
  // Phones of POST /api/pin/send
  { name: "send: empty phone", status: 400, code: "phone_empty", run: send("") },
  { name: "send: spaces only", status: 400, code: "phone_empty", run: send("   ") },
  { name: "send: letters", status: 400, code: "phone_invalid", run: send("call me maybe") },
  { name: "send: too short", status: 400, code: "phone_too_short", run: send("+33") },
  { name: "send: too long", status: 400, code: "phone_too_long", run: send("+3360000000111111") },
  {
    name: "send: national form, no country",
    status: 400,
    code: "phone_invalid_country",
    run: send("0612345678"),
  },
  { name: "send: DQE form without +", status: 400, code: "phone_invalid_country", run: send("33612345678") },
  { name: "send: unknown calling code", status: 400, code: "phone_invalid_country", run: send("+999123456") },
  { name: "send: French landline", status: 400, code: "phone_not_mobile", run: send(numbers.landline) },
  {
    name: "send: phone over 64 characters",
    status: 400,
    code: "request_malformed",
    run: send(`+33${"6".repeat(70)}`),
  },
  // Shapes of the body
  { name: "send: phone is a number", status: 400, code: "request_malformed", run: send(33612345678) },
  { name: "send: phone is null", status: 400, code: "request_malformed", run: send(null) },
  { name: "send: phone is an array", status: 400, code: "request_malformed", run: send([numbers.delivered]) },
  {
    name: "send: phone is an object",
    status: 400,
    code: "request_malformed",
    run: send({ e164: numbers.delivered }),
  },
  { name: "send: phone missing", status: 400, code: "request_malformed", run: sendBody({}) },
  {
    name: "send: body is an array",
    status: 400,
    code: "request_malformed",
    run: sendBody([numbers.delivered]),
  },
  { name: "send: body is null", status: 400, code: "request_malformed", run: sendBody(null) },
  {
    name: "send: body is a string",
    status: 400,
    code: "request_malformed",
    run: sendBody(numbers.delivered),
  },
  { name: "send: body is a number", status: 400, code: "request_malformed", run: sendBody(42) },
  { name: "send: malformed JSON", status: 400, code: "request_malformed", run: sendRaw('{"phone": "+336') },
  { name: "send: empty body", status: 400, code: "request_malformed", run: sendRaw("") },
  {
    name: "send: consent missing channels",
    status: 400,
    code: "request_malformed",
    run: sendBody({ phone: numbers.delivered, consent: { sms: true } }),
  },
  {
    name: "send: consent as 0/1 strings",
    status: 400,
    code: "request_malformed",
    run: sendBody({ phone: numbers.delivered, consent: { phone: "1", post: "0", sms: "1", email: "0" } }),
  },
  {
    name: "send: huge body",
    status: 413,
    code: "body_too_large",
    run: sendBody({ phone: numbers.delivered, note: "x".repeat(100_000) }),
  },
  {
    name: "send: form body",
    status: 415,
    code: "unsupported_media_type",
    run: (t) =>
      t.postRaw("/api/pin/send", "phone=%2B33600000001", {
        "content-type": "application/x-www-form-urlencoded",
      }),
  },
  // DQE's answers to a send
  {
    name: "send: undeliverable number",
    status: 422,
    code: "sms_undeliverable",
    reachesDqe: true,
    run: send(numbers.undeliverable),
  },
  {
    name: "send: DQE answers an HTML 500 page",
    status: 502,
    code: "dqe_http_error",
    retryable: true,
    reachesDqe: true,
    run: send(numbers.serverError),
  },
  {
    name: "send: DQE times out",
    status: 504,
    code: "dqe_timeout",
    retryable: true,
    options: slow,
    reachesDqe: true,
    run: send(numbers.slow),
  },
  {
    name: "send: DQE refuses the licence",
    status: 502,
    code: "service_not_authorised",
    retryable: false,
    options: foreignLicence,
    reachesDqe: true,
    run: send(numbers.delivered),
  },
  // PINs of POST /api/pin/check
  {
    name: "check: 5 digits",
    status: 400,
    code: "pin_malformed",
    reachesDqe: true,
    run: checkAfterSend("12345"),
  },
  {
    name: "check: 7 digits",
    status: 400,
    code: "pin_malformed",
    reachesDqe: true,
    run: checkAfterSend("1234567"),
  },
  {
    name: "check: letters",
    status: 400,
    code: "pin_malformed",
    reachesDqe: true,
    run: checkAfterSend("12a456"),
  },
  {
    name: "check: Arabic-Indic digits",
    status: 400,
    code: "pin_malformed",
    reachesDqe: true,
    run: checkAfterSend("١٢٣٤٥٦"),
  },
  {
    name: "check: full-width digits",
    status: 400,
    code: "pin_malformed",
    reachesDqe: true,
    run: checkAfterSend("１２３４５６"),
  },
  {
    name: "check: spaces around",
    status: 400,
    code: "pin_malformed",
    reachesDqe: true,
    run: checkAfterSend(" 123456 "),
  },
  { name: "check: empty", status: 400, code: "pin_malformed", reachesDqe: true, run: checkAfterSend("") },
  {
    name: "check: PIN is a number",
    status: 400,
    code: "request_malformed",
    reachesDqe: true,
    run: checkAfterSend(123456),
  },
  {
    name: "check: PIN is null",
    status: 400,
    code: "request_malformed",
    reachesDqe: true,
    run: checkAfterSend(null),
  },
  {
    name: "check: PIN over 64 characters",
    status: 400,
    code: "request_malformed",
    reachesDqe: true,
    run: checkAfterSend("1".repeat(65)),
  },
  {
    name: "check: no verificationId",
    status: 400,
    code: "request_malformed",
    run: (t) => t.post("/api/pin/check", { pin: fixedPin }),
  },
  {
    name: "check: empty verificationId",
    status: 400,
    code: "request_malformed",
    run: (t) => t.post("/api/pin/check", { verificationId: "", pin: fixedPin }),
  },
  {
    name: "check: verificationId is a number",
    status: 400,
    code: "request_malformed",
    run: (t) => t.post("/api/pin/check", { verificationId: 7, pin: fixedPin }),
  },
  {
    name: "check: unknown verificationId",
    status: 404,
    code: "verification_not_found",
    run: (t) => t.post("/api/pin/check", { verificationId: "AAAAAAAAAAAAAAAAAAAAAA", pin: fixedPin }),
  },
  {
    name: "check: expired code",
    status: 410,
    code: "pin_expired",
    reachesDqe: true,
    run: async (t) => {
      const { verificationId } = await t.sendPin();
      t.advance(3 * 60);
      return t.checkPin(verificationId, fixedPin);
    },
  },
  {
    name: "check: locked verification",
    status: 423,
    code: "verification_locked",
    reachesDqe: true,
    run: async (t) => {
      const { verificationId } = await t.sendPin();
      for (let i = 0; i < 5; i++) await t.checkPin(verificationId, "000000");
      return t.checkPin(verificationId, fixedPin);
    },
  },
  {
    name: "check: token replaced by a later send to the same number",
    status: 410,
    code: "sms_token_invalid",
    reachesDqe: true,
    run: async (t) => {
      const first = await t.sendPin();
      await t.sendPin();
      return t.checkPin(first.verificationId, fixedPin);
    },
  },
  // POST /api/pin/resend
  {
    name: "resend: unknown verificationId",
    status: 404,
    code: "verification_not_found",
    run: (t) => t.post("/api/pin/resend", { verificationId: "nope" }),
  },
  {
    name: "resend: verificationId over 64 characters",
    status: 400,
    code: "request_malformed",
    run: (t) => t.post("/api/pin/resend", { verificationId: "a".repeat(65) }),
  },
  {
    name: "resend: limited by the cooldown",
    status: 429,
    code: "resend_cooldown",
    reachesDqe: true,
    run: async (t) => t.post("/api/pin/resend", { verificationId: (await t.sendPin()).verificationId }),
  },
  {
    name: "resend: text/plain",
    status: 415,
    code: "unsupported_media_type",
    run: (t) => t.postRaw("/api/pin/resend", '{"verificationId":"x"}', { "content-type": "text/plain" }),
  },
  // POST /api/number-verify/start
  { name: "start: landline", status: 400, code: "phone_not_mobile", run: start(numbers.landline) },
  { name: "start: phone is a number", status: 400, code: "request_malformed", run: start(33600000001) },
  {
    name: "start: ineligible number (09)",
    status: 422,
    code: "number_ineligible",
    fallbackToSms: true,
    reachesDqe: true,
    run: start(numbers.ineligible),
  },
  {
    name: "start: DQE answers an HTML 500 page",
    status: 502,
    code: "dqe_http_error",
    retryable: true,
    reachesDqe: true,
    run: start(numbers.serverError),
  },
  {
    name: "start: DQE times out",
    status: 504,
    code: "dqe_timeout",
    retryable: true,
    options: slow,
    reachesDqe: true,
    run: start(numbers.slow),
  },
  {
    name: "start: DQE refuses the licence",
    status: 502,
    code: "licence_invalid",
    retryable: false,
    options: foreignLicence,
    reachesDqe: true,
    run: start(numbers.delivered),
  },
  {
    name: "start: limited per number",
    status: 429,
    code: "too_many_checks",
    retryable: true,
    options: { api: { limits: { checksPerNumber: 1 } } },
    reachesDqe: true,
    run: async (t) => {
      await t.startCheck();
      return t.post("/api/number-verify/start", { phone: numbers.delivered });
    },
  },
  {
    name: "start: numberVerify off",
    status: 422,
    code: "number_verify_unavailable",
    options: { api: { numberVerify: false } },
    run: start(numbers.delivered),
  },
  // GET /api/number-verify/{checkId}
  {
    name: "status: unknown check",
    status: 404,
    code: "check_not_found",
    run: (t) => t.get("/api/number-verify/nope"),
  },
  {
    name: "status: waitS over the maximum",
    status: 400,
    code: "request_malformed",
    run: (t) => t.get("/api/number-verify/nope?waitS=26"),
  },
  {
    name: "status: negative waitS",
    status: 400,
    code: "request_malformed",
    run: (t) => t.get("/api/number-verify/nope?waitS=-1"),
  },
  {
    name: "status: waitS not a number",
    status: 400,
    code: "request_malformed",
    run: (t) => t.get("/api/number-verify/nope?waitS=soon"),
  },
  {
    name: "status: fractional waitS",
    status: 400,
    code: "request_malformed",
    run: (t) => t.get("/api/number-verify/nope?waitS=1.5"),
  },
  {
    name: "status: checkId over 64 characters",
    status: 400,
    code: "request_malformed",
    run: (t) => t.get(`/api/number-verify/${"a".repeat(65)}`),
  },
  // GET /api/sandbox/messages
  {
    name: "messages: no phone",
    status: 400,
    code: "request_malformed",
    run: (t) => t.get("/api/sandbox/messages"),
  },
  {
    name: "messages: not a number",
    status: 400,
    code: "phone_invalid",
    run: (t) => t.get("/api/sandbox/messages?phone=hello"),
  },
];

describe("bad input: each answers its status and typed error code", () => {
  test("the matrix has at least 40 distinct cases", () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  test.each(cases)("$name → $status $code", async (c) => {
    const t = createTestApi(c.options);
    const answer = await c.run(t);
    expect(answer.status).toBe(c.status);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(answer.body.error.code).toBe(c.code);
    expect(answer.body.error.retryable).toBe(c.retryable ?? errorCatalogue[c.code].retryable);
    const fallbackToSms = c.fallbackToSms ?? errorCatalogue[c.code].fallbackToSms;
    expect(answer.body.error.fallbackToSms).toBe(fallbackToSms ? true : undefined);
    if (!c.reachesDqe) expect(t.dqeCalls).toEqual([]);
    // Every answer is also checked against the OpenAPI document by the helper.
    expect(t.answers.at(-1)?.status).toBe(c.status);
  });
});
