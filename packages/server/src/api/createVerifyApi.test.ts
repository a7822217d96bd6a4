import { beforeAll, describe, expect, test } from "vitest";
import {
  appOrigin,
  createTestApi,
  dqeDigits,
  fixedPin,
  lineCollector,
  numbers,
  SANDBOX_LICENCE,
  sandboxTestNumbers,
  type TestApi,
  testProofSecret,
} from "../testSupport/testApi.js";
import {
  createOpenApiValidator,
  type OpenApiDocument,
  type OpenApiValidator,
  type RecordedAnswer,
} from "../testSupport/testOpenApi.js";
import { createLogger } from "./logger.js";

const shop = "https://shop.example";
const body = { phone: numbers.delivered };
const pin = "918273";

/** The log lines as text, without the fields that hold clock numbers (a PIN is six digits too). */
function logText(lines: readonly string[]): string {
  return lines
    .map((line) => {
      const { time: _time, ms: _ms, ...rest } = JSON.parse(line);
      return JSON.stringify(rest);
    })
    .join("\n");
}

describe("what every POST must be", () => {
  test("415 unsupported_media_type for a body that is not JSON, before DQE is asked", async () => {
    const t = createTestApi();
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const answer = await t.postRaw("/api/pin/send", "phone=%2B33600000001", { "content-type": type });
      expect(answer.status, type).toBe(415);
      expect(answer.body).toEqual({ error: { code: "unsupported_media_type", retryable: false } });
    }
    const untyped = await t.request("/api/pin/send", {
      method: "POST",
      body: new Blob([JSON.stringify(body)]),
    });
    expect(untyped.status).toBe(415);
    expect(t.dqeCalls).toEqual([]);
  });

  test("JSON with a charset is fine", async () => {
    const t = createTestApi();
    const answer = await t.post("/api/pin/send", body, { "content-type": "application/json; charset=utf-8" });
    expect(answer.status).toBe(200);
  });

  test("413 body_too_large for a body over maxBodyBytes", async () => {
    const t = createTestApi();
    const answer = await t.post("/api/pin/send", { ...body, padding: "x".repeat(5000) });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: { code: "body_too_large", retryable: false } });
    const small = createTestApi({ api: { maxBodyBytes: 64 } });
    const over = await small.post("/api/pin/send", { ...body, padding: "x".repeat(40) });
    expect(over.status).toBe(413);
    expect(t.dqeCalls).toEqual([]);
  });

  test("403 origin_not_allowed for a page on another site", async () => {
    const t = createTestApi();
    const answer = await t.post("/api/pin/send", body, { origin: "https://evil.example", host: "app.test" });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      error: {
        code: "origin_not_allowed",
        retryable: false,
        detail: expect.stringContaining("ALLOWED_ORIGINS"),
      },
    });
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    expect(t.dqeCalls).toEqual([]);
  });

  test("the same origin is allowed, from the Host header or, without one, from the request's URL", async () => {
    const t = createTestApi();
    const withHost = await t.post("/api/pin/send", body, { origin: appOrigin, host: "app.test" });
    expect(withHost.status).toBe(200);
    // HTTP/2 carries the authority in the URL (`:authority`), not in a Host header.
    const withoutHost = await t.post("/api/pin/send", { phone: numbers.mobile }, { origin: appOrigin });
    expect(withoutHost.status).toBe(200);
  });

  test("X-Forwarded-Host is the browser's host only with trustForwardedHost, never by trusting X-Forwarded-For", async () => {
    const proxied = {
      origin: "https://verify.example",
      host: "10.0.0.5:8787",
      "x-forwarded-host": "verify.example",
    };
    const trusted = createTestApi({ api: { trustForwardedHost: true } });
    expect((await trusted.post("/api/pin/send", body, proxied)).status).toBe(200);
    // Trusting the proxies' X-Forwarded-For (as the test API does) says nothing about X-Forwarded-Host.
    const untrusted = createTestApi();
    expect((await untrusted.post("/api/pin/send", body, proxied)).status).toBe(403);
    const evil = { origin: "http://evil.example", host: "app.test", "x-forwarded-host": "evil.example" };
    expect((await untrusted.post("/api/pin/send", body, evil)).status).toBe(403);
    expect(untrusted.dqeCalls).toEqual([]);
  });
});

describe("CORS", () => {
  test("an allow-listed origin may POST, and reads the answer", async () => {
    const t = createTestApi({ api: { corsOrigins: [shop] } });
    const answer = await t.post("/api/pin/send", body, { origin: shop, host: "app.test" });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBe(shop);
    expect(answer.headers.get("vary")).toContain("Origin");
  });

  test("error answers carry the CORS headers too, so the page can read the error", async () => {
    const t = createTestApi({ api: { corsOrigins: [shop] } });
    const answer = await t.post("/api/pin/send", { phone: "+33" }, { origin: shop });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("phone_too_short");
    expect(answer.headers.get("access-control-allow-origin")).toBe(shop);
  });

  test("the preflight allows the listed origin with GET and POST and the JSON content type", async () => {
    const t = createTestApi({ api: { corsOrigins: [shop] } });
    const preflight = await t.request("/api/pin/send", {
      method: "OPTIONS",
      headers: {
        origin: shop,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(shop);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type");
    expect(preflight.headers.get("access-control-max-age")).toBe("600");

    const foreign = await t.request("/api/pin/send", {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const refused = await t.post("/api/pin/send", body, { origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(t.dqeCalls).toEqual([]);
  });

  test("without corsOrigins there are no CORS headers at all", async () => {
    const t = createTestApi();
    const preflight = await t.request("/api/pin/send", {
      method: "OPTIONS",
      headers: { origin: shop, "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("unknown routes", () => {
  test.each([
    ["GET", "/api/nope"],
    ["GET", "/api/pin/send"],
    ["POST", "/api/pin"],
    ["GET", "/"],
    ["GET", "/api/sandbox/messages/extra"],
  ])("%s %s answers the 404 error envelope", async (method, path) => {
    const t = createTestApi();
    const answer = await t.request(path, {
      method,
      ...(method === "POST" ? { headers: { "content-type": "application/json" }, body: "{}" } : {}),
    });
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(answer.body).toEqual({ error: { code: "not_found", retryable: false } });
  });
});

describe("GET /api/sandbox/messages", () => {
  test("lists the SMS to a number, newest first, without DQE's token", async () => {
    const t = createTestApi({ pin: null });
    const { verificationId } = await t.sendPin(numbers.delivered);
    t.advance(30);
    await t.post("/api/pin/resend", { verificationId });
    await t.sendPin(numbers.mobile);
    const sent = t.sandbox.messages(dqeDigits(numbers.delivered));
    const answer = await t.get(`/api/sandbox/messages?phone=${encodeURIComponent(numbers.delivered)}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(sent.map(({ to, text, pin, sentAt }) => ({ to, text, pin, sentAt })));
    expect(answer.body).toHaveLength(2);
    for (const message of sent) expect(answer.text).not.toContain(message.smsToken);
  });

  test.each([
    ["E.164, encoded", encodeURIComponent(numbers.delivered)],
    ["E.164 with a raw + (reads as a space)", numbers.delivered],
    ["DQE's digits", dqeDigits(numbers.delivered)],
    ["E.164 with spaces", encodeURIComponent("+33 6 00 00 00 01")],
  ])("takes the number as %s", async (_, phone) => {
    const t = createTestApi();
    await t.sendPin(numbers.delivered);
    const answer = await t.get(`/api/sandbox/messages?phone=${phone}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(1);
  });

  test("an empty list for a number without SMS", async () => {
    const t = createTestApi();
    await t.sendPin(numbers.delivered);
    const answer = await t.get(`/api/sandbox/messages?phone=${encodeURIComponent(numbers.mobile)}`);
    expect(answer.body).toEqual([]);
  });
});

describe("GET /api/sandbox/numbers", () => {
  test("lists every test number of the sandbox with what it does", async () => {
    const t = createTestApi();
    const answer = await t.get("/api/sandbox/numbers");
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(sandboxTestNumbers.length);
    expect(answer.body).toContainEqual({
      phone: "+33600000002",
      sms: "undeliverable",
      check: "numVerifyFalse",
    });
    expect(answer.body).toContainEqual({
      phone: "+33600000003",
      sms: "delivered",
      check: "retrievalError",
      errorId: "21",
    });
  });
});

describe("talking to a real DQE (no sandbox inbox)", () => {
  test("sandbox-only routes answer 404 not_found", async () => {
    const t = createTestApi({ inbox: false });
    await t.sendPin();
    const list = await t.get("/api/sandbox/numbers");
    expect(list.status).toBe(404);
    expect(list.body).toEqual({ error: { code: "not_found", retryable: false } });
    for (const phone of [encodeURIComponent(numbers.delivered), dqeDigits(numbers.delivered), "hello"]) {
      const answer = await t.get(`/api/sandbox/messages?phone=${phone}`);
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ error: { code: "not_found", retryable: false } });
      expect(answer.text).not.toContain("pin");
    }
  });

  test("the config says sandbox: false, and the PIN flow works the same", async () => {
    const t = createTestApi({ inbox: false });
    expect((await t.get("/api/config")).body.sandbox).toBe(false);
    const { verificationId } = await t.sendPin();
    expect((await t.checkPin(verificationId, "123456")).body.verified).toBe(true);
  });
});

describe("logging", () => {
  test("each request is logged once, with its path but not its query", async () => {
    const t = createTestApi();
    await t.get("/api/number-verify/callback?check=abc&token=SECRET-TOKEN&status=success");
    const requests = t.logEntries().filter((entry) => entry.msg === "request");
    expect(requests).toEqual([
      expect.objectContaining({ method: "GET", path: "/api/number-verify/callback", status: 404, level: 30 }),
    ]);
    expect(t.logLines.join("\n")).not.toContain("SECRET-TOKEN");
  });

  test("a mistyped number is logged as a request, not as a DQE failure", async () => {
    // Set up in full: without a proof secret the adapter says so once, at start-up.
    const t = createTestApi({ api: { proof: { secret: testProofSecret } } });
    await t.post("/api/pin/send", { phone: "+33" });
    const messages = t.logEntries().map((entry) => entry.msg);
    expect(messages).toEqual(["request"]);
  });

  test("no secret in the log after a whole PIN flow and a number check with its callback", async () => {
    const t = createTestApi({ pin });
    const sent = await t.sendPin(numbers.delivered, {}, { "x-forwarded-for": "198.51.100.20" });
    expect((await t.latestSms()).pin).toBe(pin);
    await t.checkPin(sent.verificationId, "000000");
    t.advance(30);
    await t.post("/api/pin/resend", { verificationId: sent.verificationId });
    expect((await t.checkPin(sent.verificationId, pin)).body.verified).toBe(true);

    const { checkId, url } = await t.startCheck(numbers.delivered);
    const { operator } = await t.completeOperator(url);
    expect((await t.get(`/api/number-verify/${checkId}?waitS=1`)).body.status).toBe("verified");

    const smsTokens = t.sandbox.messages(dqeDigits(numbers.delivered)).map((message) => message.smsToken);
    const accessToken = new URL(operator.headers.get("location") ?? "").searchParams.get("token");
    // The secrets really went to DQE, so their absence from the log means something.
    expect(smsTokens).toHaveLength(2);
    expect(accessToken).toMatch(/^TK/);
    expect(t.dqeRequests.some((request) => request.params.get("Licence") === SANDBOX_LICENCE)).toBe(true);
    expect(t.dqeRequests.some((request) => request.params.get("token") === accessToken)).toBe(true);

    const text = logText(t.logLines);
    expect(t.logEntries().filter((entry) => entry.msg === "request")).toHaveLength(8);
    expect(text).toContain("number check settled");
    expect(text).not.toContain(pin);
    for (const token of smsTokens) expect(text).not.toContain(token);
    expect(text).not.toContain(accessToken);
    expect(text).not.toContain(SANDBOX_LICENCE);
    expect(text).not.toContain('"s"');
  });

  test("a licence DQE refuses appears in no log line and no answer", async () => {
    const licence = "LICENCE-ABC-123";
    const t = createTestApi({ dqe: { licence, clientSecret: "SECRET-XYZ-789" } });
    const send = await t.post("/api/pin/send", { phone: numbers.delivered });
    const start = await t.post("/api/number-verify/start", { phone: numbers.delivered });
    expect(send.status).toBe(502);
    expect(start.status).toBe(502);
    expect(start.body.error.code).toBe("licence_invalid");
    expect(
      t.dqeRequests.map((request) => request.params.get("Licence") ?? request.params.get("licence")),
    ).toContain(licence);
    const warnings = t.logEntries().filter((entry) => entry.msg === "DQE refused or failed");
    expect(warnings).toHaveLength(2);
    for (const text of [logText(t.logLines), ...t.answers.map((answer) => JSON.stringify(answer.body))]) {
      expect(text).not.toContain(licence);
      expect(text).not.toContain("SECRET-XYZ-789");
    }
  });

  test("DQE failures are logged with their code and endpoint, nothing more", async () => {
    const t = createTestApi({ dqe: { timeoutMs: 100 }, sandbox: { slowMs: 3000 } });
    await t.post("/api/pin/send", { phone: numbers.serverError });
    await t.post("/api/pin/send", { phone: numbers.slow });
    const warnings = t.logEntries().filter((entry) => entry.msg === "DQE refused or failed");
    expect(warnings.map((entry) => entry.error)).toEqual([
      {
        code: "dqe_http_error",
        retryable: true,
        fallbackToSms: false,
        endpoint: "gdprMsg",
        httpStatus: 500,
        detail: "HTTP 500",
      },
      { code: "dqe_timeout", retryable: true, fallbackToSms: false, endpoint: "gdprMsg" },
    ]);
    expect(warnings.every((entry) => entry.level === 40)).toBe(true);
  });

  test("the logger censors secret keys at any of the first three levels", () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: lineCollector(lines) });
    logger.info(
      {
        pin,
        Licence: "L1",
        request: { token: "T1", client_secret: "C1", access_token: "A1" },
        dqe: { answer: { smsToken: "S1", refresh_token: "R1", checkToken: "K1" } },
      },
      "test",
    );
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry.pin).toBe("[redacted]");
    expect(entry.Licence).toBe("[redacted]");
    expect(entry.request).toEqual({
      token: "[redacted]",
      client_secret: "[redacted]",
      access_token: "[redacted]",
    });
    expect(entry.dqe.answer).toEqual({
      smsToken: "[redacted]",
      refresh_token: "[redacted]",
      checkToken: "[redacted]",
    });
  });
});

describe("OpenAPI", () => {
  const routes = [
    "get /api/config",
    "get /api/health",
    "get /api/sandbox/messages",
    "get /api/sandbox/numbers",
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
    await t.get("/api/health");
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
    await t.post(
      "/api/number-verify/start",
      { phone: numbers.delivered },
      { origin: "https://evil.example" },
    );
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
    await dqeMode.get("/api/sandbox/numbers");
    await t.get("/api/sandbox/numbers");

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
      for (const [path, operations] of Object.entries(document.paths)) {
        for (const operation of Object.values(operations)) {
          for (const [status, response] of Object.entries(operation.responses)) {
            const schema = response.content?.["application/json"]?.schema;
            // The health route's 503 is its report, read by load balancers, not an error of a request.
            if (Number(status) >= 400 && schema && path !== "/api/health") {
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
        if (route !== "get /api/config" && route !== "get /api/health") {
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
        .filter(
          (answer) => validator.templateOf(answer.method, answer.path) === "/api/number-verify/{checkId}",
        )
        .map((answer) => (answer.body as { status?: string }).status);
      expect(new Set(statuses)).toEqual(
        new Set(["pending", "verified", "not_verified", "failed", undefined]),
      );
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
      [
        "an error without retryable",
        answer("POST", "/api/pin/check", 410, { error: { code: "pin_expired" } }),
      ],
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
});
