import { beforeAll, describe, expect, test } from "vitest";
import { createTestApi, fixedPin, numbers, type TestApi } from "./testApi.js";
import {
  createOpenApiValidator,
  type OpenApiDocument,
  type OpenApiValidator,
  type RecordedAnswer,
} from "./testOpenApi.js";

const routes = [
  "get /api/config",
  "get /api/sandbox/messages",
  "post /api/pin/send",
  "post /api/pin/resend",
  "post /api/pin/check",
  "post /api/number-verify/start",
  "get /api/number-verify/callback",
  "get /api/number-verify/{checkId}",
];

let document: OpenApiDocument;
let validator: OpenApiValidator;
const recorded: RecordedAnswer[] = [];

/** Real answers of every route, successes and errors, recorded without the helper's own check. */
async function recordAnswers() {
  const apis: TestApi[] = [];
  const api = (options: Parameters<typeof createTestApi>[0] = {}) => {
    const t = createTestApi({ ...options, conformance: false });
    apis.push(t);
    return t;
  };

  const t = api({ api: { limits: { sendsPerNumber: 2, checksPerNumber: 1, maxResends: 1 } } });
  await t.get("/api/config");
  const sent = await t.sendPin();
  await t.get(`/api/sandbox/messages?phone=${encodeURIComponent(numbers.delivered)}`);
  await t.get("/api/sandbox/messages");
  await t.get("/api/sandbox/messages?phone=hello");
  await t.post("/api/pin/send", { phone: "+33" });
  await t.post("/api/pin/send", { phone: numbers.delivered }, { origin: "https://evil.example" });
  await t.post("/api/pin/send", { phone: numbers.delivered, note: "x".repeat(5000) });
  await t.postRaw("/api/pin/send", "{}", { "content-type": "text/plain" });
  await t.post("/api/pin/send", { phone: numbers.undeliverable });
  await t.post("/api/pin/send", { phone: numbers.serverError });
  await t.post("/api/pin/resend", { verificationId: sent.verificationId });
  await t.post("/api/pin/resend", { verificationId: "" });
  await t.post("/api/pin/resend", { verificationId: "unknown" });
  await t.post(
    "/api/pin/resend",
    { verificationId: sent.verificationId },
    { origin: "https://evil.example" },
  );
  t.advance(30);
  await t.post("/api/pin/resend", { verificationId: sent.verificationId });
  t.advance(30);
  await t.post("/api/pin/resend", { verificationId: sent.verificationId });
  await t.checkPin(sent.verificationId, "000000");
  await t.checkPin(sent.verificationId, "12345");
  await t.checkPin("unknown", fixedPin);
  await t.checkPin(sent.verificationId, fixedPin);
  await t.checkPin(sent.verificationId, fixedPin);
  await t.post("/api/pin/resend", { verificationId: sent.verificationId });
  await t.postRaw("/api/pin/check", "{}", { "content-type": "text/plain" });
  await t.sendPin(numbers.mobile);
  await t.sendPin(numbers.mobile);
  await t.post("/api/pin/send", { phone: numbers.mobile });

  const locked = api();
  const { verificationId } = await locked.sendPin();
  for (let i = 0; i < 6; i++) await locked.checkPin(verificationId, "000000");
  locked.advance(30);
  await locked.post("/api/pin/resend", { verificationId });
  const expired = await locked.sendPin(numbers.mobile);
  locked.advance(181);
  await locked.checkPin(expired.verificationId, fixedPin);

  const started = await t.startCheck();
  await t.get(`/api/number-verify/${started.checkId}`);
  await t.completeOperator(started.url);
  await t.get(`/api/number-verify/${started.checkId}?waitS=1`);
  await t.get("/api/number-verify/unknown");
  await t.get(`/api/number-verify/${started.checkId}?waitS=99`);
  await t.get("/api/number-verify/callback?check=unknown");
  await t.post("/api/number-verify/start", { phone: numbers.delivered });
  await t.post("/api/number-verify/start", { phone: "+33" });
  await t.post("/api/number-verify/start", { phone: numbers.ineligible });
  await t.post("/api/number-verify/start", { phone: numbers.serverError });
  await t.post("/api/number-verify/start", { phone: numbers.delivered }, { origin: "https://evil.example" });
  await t.postRaw("/api/number-verify/start", "{}", { "content-type": "text/plain" });
  for (const phone of [numbers.undeliverable, numbers.declined]) {
    const check = await t.startCheck(phone);
    await t.completeOperator(check.url);
    await t.get(`/api/number-verify/${check.checkId}`);
  }

  const slow = api({ dqe: { timeoutMs: 100 }, sandbox: { slowMs: 3000 } });
  await slow.post("/api/pin/send", { phone: numbers.slow });
  await slow.post("/api/number-verify/start", { phone: numbers.slow });

  const dqeMode = api({ inbox: false });
  await dqeMode.get(`/api/sandbox/messages?phone=${encodeURIComponent(numbers.delivered)}`);

  recorded.push(...apis.flatMap((one) => one.answers));
}

beforeAll(async () => {
  const t = createTestApi();
  const answer = await t.get("/api/openapi.json");
  document = answer.body;
  validator = createOpenApiValidator(document);
  await recordAnswers();
});

describe("GET /api/openapi.json", () => {
  test("is an OpenAPI 3.1 document listing every route", () => {
    expect(document.openapi).toBe("3.1.0");
    const listed = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    );
    expect(listed.sort()).toEqual([...routes].sort());
  });

  test("every JSON error status of a route answers the error envelope", () => {
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const schema = response.content?.["application/json"]?.schema;
          if (Number(status) >= 400 && schema) {
            expect(schema).toEqual({ $ref: "#/components/schemas/ApiErrorEnvelope" });
          }
        }
      }
    }
  });
});

describe("real answers against the document's schemas", () => {
  test("every recorded answer conforms", () => {
    const problems = recorded.flatMap((answer) => validator.problems(answer));
    expect(problems).toEqual([]);
  });

  test("each route was seen answering success and error envelopes", () => {
    const seen = new Set(
      recorded.map(
        (answer) =>
          `${answer.method.toLowerCase()} ${validator.templateOf(answer.method, answer.path)} ${answer.status}`,
      ),
    );
    for (const route of routes) {
      expect(seen, route).toContain(`${route} 200`);
      if (route !== "get /api/config") {
        expect(
          [...seen].some((entry) => entry.startsWith(route) && Number(entry.split(" ")[2]) >= 400),
          route,
        ).toBe(true);
      }
    }
    // The richest route, status by status.
    for (const status of [200, 400, 403, 413, 415, 422, 429, 502, 504]) {
      expect(seen).toContain(`post /api/pin/send ${status}`);
    }
    for (const status of [200, 400, 404, 409, 410, 415, 423])
      expect(seen).toContain(`post /api/pin/check ${status}`);
    for (const status of [200, 400, 403, 404, 409, 423, 429])
      expect(seen).toContain(`post /api/pin/resend ${status}`);
    for (const status of [200, 400, 403, 415, 422, 429, 502, 504]) {
      expect(seen).toContain(`post /api/number-verify/start ${status}`);
    }
    const statuses = recorded
      .filter((answer) => validator.templateOf(answer.method, answer.path) === "/api/number-verify/{checkId}")
      .map((answer) => (answer.body as { status?: string }).status);
    expect(new Set(statuses)).toEqual(new Set(["pending", "verified", "not_verified", "failed", undefined]));
  });

  const answer = (
    method: string,
    path: string,
    status: number,
    body: unknown,
    contentType = "application/json",
  ) => ({
    method,
    path,
    status,
    contentType,
    body,
  });

  test.each([
    [
      "a PinSent with a numeric id",
      answer("POST", "/api/pin/send", 200, {
        verificationId: 5,
        to: "+33600000001",
        expiresInS: 180,
        resendInS: 30,
        resendsLeft: 3,
        attemptsLeft: 5,
      }),
    ],
    [
      "a PinSent missing attemptsLeft",
      answer("POST", "/api/pin/resend", 200, {
        verificationId: "x",
        to: "+33600000001",
        expiresInS: 180,
        resendInS: 30,
        resendsLeft: 3,
      }),
    ],
    [
      "a negative duration",
      answer("POST", "/api/pin/send", 200, {
        verificationId: "x",
        to: "+33600000001",
        expiresInS: -1,
        resendInS: 30,
        resendsLeft: 3,
        attemptsLeft: 5,
      }),
    ],
    [
      "an unknown error code",
      answer("POST", "/api/pin/check", 404, { error: { code: "nope", retryable: false } }),
    ],
    ["an error without retryable", answer("POST", "/api/pin/check", 410, { error: { code: "pin_expired" } })],
    ["a bare error string", answer("GET", "/api/number-verify/abc", 404, { error: "check_not_found" })],
    [
      "a check answer with another reason",
      answer("POST", "/api/pin/check", 200, {
        verified: false,
        reason: "wrong",
        attemptsLeft: 4,
      }),
    ],
    [
      "a pending status without elapsedS",
      answer("GET", "/api/number-verify/abc", 200, { status: "pending" }),
    ],
    ["an unknown status", answer("GET", "/api/number-verify/abc", 200, { status: "done" })],
    [
      "a start answer whose url is no URL",
      answer("POST", "/api/number-verify/start", 200, {
        checkId: "x",
        url: "not a url",
        operator: "SFR",
        expiresInS: 300,
      }),
    ],
    [
      "a config with a 4-digit code",
      answer("GET", "/api/config", 200, {
        sandbox: true,
        codeLength: 4,
        pinLifetimeS: 180,
        resendCooldownS: 30,
        maxAttempts: 5,
        maxResends: 3,
        numberVerify: true,
        maxWaitS: 25,
      }),
    ],
    ["an SMS list as an object", answer("GET", "/api/sandbox/messages", 200, { to: "33600000001" })],
    [
      "a status the route does not document",
      answer("POST", "/api/pin/send", 418, { error: { code: "server_error", retryable: true } }),
    ],
    [
      "JSON where the callback documents HTML",
      answer("GET", "/api/number-verify/callback", 200, { ok: true }),
    ],
    ["HTML where JSON is documented", answer("GET", "/api/config", 200, "<html></html>", "text/html")],
  ])("%s fails validation", (_, wrong) => {
    expect(validator.problems(wrong).length).toBeGreaterThan(0);
  });
});
