// Operations: no answer kept by a cache, a page for the phone whatever the query, held polls capped per client,
// a health route, log lines with a hashed client address and the refusal's reason, OpenTelemetry metrics.
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from "@opentelemetry/sdk-metrics";
import { describe, expect, test } from "vitest";
import { createSandboxedApi } from "../inProcess/createSandboxedApi.js";
import { createTestApi, fixedPin, numbers } from "../testSupport/testApi.js";

describe("Cache-Control: no-store on every answer of the API", () => {
  test("JSON, errors, the inbox, the callback page and the sandbox's operator page", async () => {
    const t = createTestApi();
    const { verificationId } = await t.sendPin();
    const answers = [
      await t.get("/api/config"),
      await t.get("/api/health"),
      await t.get(`/api/sandbox/messages?phone=${encodeURIComponent(numbers.delivered)}`),
      await t.checkPin(verificationId, fixedPin),
      await t.checkPin("unknown", fixedPin),
      await t.post("/api/pin/send", { phone: "+33" }),
      await t.get("/api/number-verify/callback?check=unknown"),
      await t.get("/api/nothing-here"),
    ];
    for (const answer of answers) expect(answer.headers.get("cache-control")).toBe("no-store");
    const sandboxed = createSandboxedApi();
    const started = await sandboxed.fetch("/api/number-verify/start", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"phone":"+33600000001"}',
    });
    const operator = await sandboxed.api.fetch(
      new Request((await started.json()).url, { redirect: "manual" }),
    );
    expect(operator.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the callback, where a phone lands", () => {
  test("answers an HTML page for odd queries, never JSON", async () => {
    const t = createTestApi();
    for (const query of [`check=${"x".repeat(65)}`, `status=${"y".repeat(40)}`, "check=a&check=b"]) {
      const page = await t.request(`/api/number-verify/callback?${query}`, {
        headers: { "accept-language": "fr-FR" },
      });
      expect(page.headers.get("content-type"), query).toMatch(/^text\/html/);
      expect(page.text, query).toContain("Cette vérification est inconnue");
    }
  });
});

describe("long polls held per client", () => {
  test("past heldPollsPerIp, a client's poll is answered at once instead of held", async () => {
    const t = createTestApi({ api: { limits: { heldPollsPerIp: 2 } } });
    const { checkId, url } = await t.startCheck();
    const from = { "x-forwarded-for": "198.51.100.60" };
    const held = [1, 2].map(() => t.get(`/api/number-verify/${checkId}?waitS=20`, from));
    // The third from the same client comes back pending at once; another client's is held as usual.
    const third = await t.get(`/api/number-verify/${checkId}?waitS=20`, from);
    expect(third.body).toMatchObject({ status: "pending" });
    const other = t.get(`/api/number-verify/${checkId}?waitS=20`, { "x-forwarded-for": "198.51.100.61" });
    let otherDone = false;
    void other.then(() => {
      otherDone = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(otherDone).toBe(false);
    // The phone goes through the operator: every held poll is released with the verdict.
    await t.completeOperator(url);
    for (const poll of [...held, other]) expect((await poll).body).toEqual({ status: "verified" });
  });
});

describe("the health route", () => {
  test("says the store answers", async () => {
    const answer = await createTestApi().get("/api/health");
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: "ok", store: "ok" });
  });
});

describe("log lines", () => {
  test("carry the client's address hashed, never in clear, and a refusal's code and reason", async () => {
    const t = createTestApi({ api: { limits: { sendsPerNumber: 1 } } });
    const from = { "x-forwarded-for": "198.51.100.77" };
    await t.sendPin(numbers.delivered, {}, from);
    await t.post("/api/pin/send", { phone: numbers.delivered }, from);
    const requests = t
      .logEntries()
      .filter((entry) => entry.msg === "request" && entry.path === "/api/pin/send");
    expect(requests).toHaveLength(2);
    expect(requests[0].client).toMatch(/^[0-9a-f]{16}$/);
    expect(requests[1].client).toBe(requests[0].client);
    expect(requests[1]).toMatchObject({ status: 429, code: "too_many_sends", reason: "number" });
    expect(t.logLines.join("\n")).not.toContain("198.51.100.77");
  });
});

describe("OpenTelemetry metrics", () => {
  test("sends, checks, verified, refusals by reason, DQE latency and errors, by country", async () => {
    const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
    const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
    const meterProvider = new MeterProvider({ readers: [reader] });
    const t = createTestApi({ api: { meterProvider, limits: { sendsPerNumber: 1 } } });
    const { verificationId } = await t.sendPin(numbers.delivered);
    await t.checkPin(verificationId, fixedPin);
    await t.post("/api/pin/send", { phone: numbers.delivered });
    await t.post("/api/pin/send", { phone: numbers.serverError });
    await t.startCheck(numbers.mobile);
    await reader.forceFlush();
    const points = new Map<string, { attributes: Record<string, unknown>; value: unknown }[]>();
    for (const metric of exporter
      .getMetrics()
      .flatMap((each) => each.scopeMetrics.flatMap((scope) => scope.metrics))) {
      points.set(
        metric.descriptor.name,
        metric.dataPoints.map((point) => ({ attributes: point.attributes, value: point.value })),
      );
    }
    expect(points.get("verify_kit.sms.sent")).toEqual([{ attributes: { country: "FR" }, value: 1 }]);
    expect(points.get("verify_kit.verified")).toEqual([
      { attributes: { method: "pin", country: "FR" }, value: 1 },
    ]);
    expect(points.get("verify_kit.number_checks.started")).toEqual([
      { attributes: { country: "FR" }, value: 1 },
    ]);
    expect(points.get("verify_kit.refusals")).toEqual(
      expect.arrayContaining([
        { attributes: { code: "too_many_sends", reason: "number" }, value: 1 },
        { attributes: { code: "dqe_http_error" }, value: 1 },
      ]),
    );
    expect(points.get("verify_kit.dqe.errors")).toEqual([
      { attributes: { endpoint: "GDPR_MSG", code: "dqe_http_error" }, value: 1 },
    ]);
    const durations = points.get("verify_kit.dqe.duration") ?? [];
    expect(durations.map((point) => point.attributes)).toEqual(
      expect.arrayContaining([
        { endpoint: "GDPR_MSG", outcome: "ok" },
        { endpoint: "GDPR_VERIF", outcome: "ok" },
        { endpoint: "GDPR_MSG", outcome: "error" },
        { endpoint: "IDMOBILE", outcome: "ok" },
      ]),
    );
    await meterProvider.shutdown();
  });
});
