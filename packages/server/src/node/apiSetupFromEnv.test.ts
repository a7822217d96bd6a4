import { describe, expect, test } from "vitest";
import { createVerifyApi } from "../api/createVerifyApi.js";
import { createLogger } from "../api/logger.js";
import { nodeBindings } from "../testSupport/testApi.js";
import { apiSetupFromEnv } from "./apiSetupFromEnv.js";

const silent = createLogger({ level: "silent" });
const json = { "content-type": "application/json" };

describe("apiSetupFromEnv", () => {
  test("with no settings: the embedded sandbox, local address, default limits", async () => {
    const setup = apiSetupFromEnv({});
    expect(setup).toMatchObject({
      port: 8787,
      host: "127.0.0.1",
      dqeTarget: expect.stringContaining("the embedded DQE sandbox"),
      logLevel: "info",
    });
    expect(setup.options).toMatchObject({
      sms: { company: "VerifyKit", smsText: "Your verification code:", pinDurationMin: 3 },
      numberVerify: true,
      limits: {},
      publicUrl: undefined,
      corsOrigins: [],
      allowedOrigins: [],
      trustForwardedHost: false,
      clientAddress: "socket",
      maxWaitS: undefined,
      checkTtlS: undefined,
      refreshAfterS: undefined,
      fraud: { allowedCountries: undefined, smsPerDay: undefined, smsPerDayByCountry: undefined },
    });
    expect(setup.redis).toBeUndefined();
    expect(setup.timeouts).toEqual({ headersMs: 10_000, requestMs: 15_000 });
    expect(setup.embeddedSandbox).toBe(true);
    expect(setup.options.sandbox).toBeDefined();

    // It works: a PIN goes through the embedded sandbox and shows in its inbox.
    const api = createVerifyApi({ ...setup.options, logger: silent });
    const sent = await api.fetch(
      new Request("http://app.test/api/pin/send", {
        method: "POST",
        headers: json,
        body: '{"phone":"+33600000001"}',
      }),
      nodeBindings("192.0.2.1"),
    );
    expect(sent.status).toBe(200);
    const inbox = await api.fetch(new Request("http://app.test/api/sandbox/messages?phone=33600000001"));
    expect(await inbox.json()).toEqual([expect.objectContaining({ to: "33600000001" })]);
  });

  test("sandbox settings pass through to the embedded sandbox", async () => {
    const setup = apiSetupFromEnv({ SANDBOX_PIN: "424242" });
    const api = createVerifyApi({ ...setup.options, logger: silent });
    await api.fetch(
      new Request("http://app.test/api/pin/send", {
        method: "POST",
        headers: json,
        body: '{"phone":"+33600000001"}',
      }),
      nodeBindings("192.0.2.1"),
    );
    const inbox = await api.fetch(new Request("http://app.test/api/sandbox/messages?phone=33600000001"));
    expect(await inbox.json()).toEqual([expect.objectContaining({ pin: "424242" })]);
  });

  test("reads every setting it is given", () => {
    const setup = apiSetupFromEnv({
      API_PORT: "9000",
      API_HOST: "0.0.0.0",
      DQE_COMPANY: "MYSHOP",
      DQE_SMS_TEXT: "Code:",
      DQE_PIN_DURATION_MIN: "5",
      VERIFY_PIN_TTL_S: "120",
      PUBLIC_URL: "https://verify.example/",
      CORS_ORIGINS: "https://a.example, https://b.example",
      ALLOWED_ORIGINS: "http://localhost:5173",
      TRUST_FORWARDED_HOST: "1",
      TRUST_PROXY: "1",
      LIMIT_MAX_ATTEMPTS: "3",
      LIMIT_RESEND_COOLDOWN_S: "0",
      VERIFY_MAX_WAIT_S: "10",
      LOG_LEVEL: "debug",
    });
    expect(setup.port).toBe(9000);
    expect(setup.host).toBe("0.0.0.0");
    expect(setup.logLevel).toBe("debug");
    expect(setup.options).toMatchObject({
      sms: { company: "MYSHOP", smsText: "Code:", pinDurationMin: 5, pinTtlS: 120 },
      publicUrl: "https://verify.example",
      corsOrigins: ["https://a.example", "https://b.example"],
      allowedOrigins: ["http://localhost:5173"],
      trustForwardedHost: true,
      clientAddress: { forwardedFor: 1 },
      limits: { maxAttempts: 3, resendCooldownS: 0 },
      maxWaitS: 10,
    });
  });

  test("SITE_NAME names the phone's page; a multi-line or long one is refused at start-up", () => {
    expect(apiSetupFromEnv({ SITE_NAME: " Chez Léa " }).options.siteName).toBe("Chez Léa");
    expect(apiSetupFromEnv({}).options.siteName).toBeUndefined();
    for (const name of ["Shop\nName", "x".repeat(61)]) {
      expect(() => apiSetupFromEnv({ SITE_NAME: name })).toThrow(/SITE_NAME must be 1 to 60 characters/);
    }
  });

  test("DQE_SERVER without DQE_LICENCE throws a clear message", () => {
    expect(() => apiSetupFromEnv({ DQE_SERVER: "https://dqe.example" })).toThrow(
      "DQE_LICENCE is required with DQE_SERVER",
    );
  });

  test("every malformed setting is listed in one Error", () => {
    let message = "";
    try {
      apiSetupFromEnv({
        API_PORT: "http",
        DQE_SERVER: "ftp://dqe.example",
        DQE_TIMEOUT_MS: "-5",
        DQE_METHOD: "PUT",
        DQE_COMPANY: "AB",
        PUBLIC_URL: "not a url",
        LIMIT_MAX_ATTEMPTS: "0",
        VERIFY_MAX_WAIT_S: "1.5",
        LOG_LEVEL: "loud",
      });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toMatch(/^invalid settings:/);
    for (const name of [
      "API_PORT",
      "DQE_SERVER",
      "DQE_TIMEOUT_MS",
      "DQE_METHOD",
      "DQE_COMPANY",
      "PUBLIC_URL",
      "LIMIT_MAX_ATTEMPTS",
      "VERIFY_MAX_WAIT_S",
      "LOG_LEVEL",
    ]) {
      expect(message).toContain(name);
    }
    expect(message.split("\n  - ")).toHaveLength(10);
  });

  test("the licence never appears in an error about other settings", () => {
    expect(() =>
      apiSetupFromEnv({ DQE_SERVER: "https://dqe.example", DQE_LICENCE: "LICENCE-ABC-123", API_PORT: "x" }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining("LICENCE-ABC-123") }));
  });

  test("DQE mode without a client secret: number checks are off", async () => {
    const setup = apiSetupFromEnv({ DQE_SERVER: "https://dqe.example", DQE_LICENCE: "LICENCE-ABC-123" });
    expect(setup.dqeTarget).toBe("DQE at https://dqe.example");
    expect(setup.dqeTarget).not.toContain("LICENCE");
    expect(setup.options.numberVerify).toBe(false);
    expect(setup.options.sandboxInbox).toBeUndefined();
    const api = createVerifyApi({ ...setup.options, logger: silent });
    const config = await (await api.fetch(new Request("http://app.test/api/config"))).json();
    expect(config).toMatchObject({ sandbox: false, numberVerify: false });
    const start = await api.fetch(
      new Request("http://app.test/api/number-verify/start", {
        method: "POST",
        headers: json,
        body: '{"phone":"+33600000001"}',
      }),
      nodeBindings("192.0.2.1"),
    );
    expect(start.status).toBe(422);
    expect(await start.json()).toMatchObject({
      error: { code: "number_verify_unavailable", retryable: false },
    });
  });

  test("DQE mode with a client secret: number checks are on", () => {
    const setup = apiSetupFromEnv({
      DQE_SERVER: "https://dqe.example",
      DQE_LICENCE: "LICENCE-ABC-123",
      DQE_CLIENT_SECRET: "secret",
    });
    expect(setup.options.numberVerify).toBe(true);
  });

  test("DQE_SANDBOX_URL: a sandbox running apart, its inbox read over HTTP", async () => {
    const setup = apiSetupFromEnv({ DQE_SANDBOX_URL: "http://127.0.0.1:4010/" });
    expect(setup.dqeTarget).toBe("DQE sandbox at http://127.0.0.1:4010");
    expect(setup.options.numberVerify).toBe(true);
    expect(setup.options.sandboxInbox).toBeDefined();
    const api = createVerifyApi({ ...setup.options, logger: silent });
    expect(await (await api.fetch(new Request("http://app.test/api/config"))).json()).toMatchObject({
      sandbox: true,
    });
  });

  test("DQE_SERVER and DQE_SANDBOX_URL together are refused", () => {
    expect(() =>
      apiSetupFromEnv({
        DQE_SERVER: "https://dqe.example",
        DQE_LICENCE: "L",
        DQE_SANDBOX_URL: "http://127.0.0.1:4010",
      }),
    ).toThrow("set DQE_SERVER or DQE_SANDBOX_URL, not both");
  });

  test.each([
    ["VERIFY_MAX_WAIT_S", "0"],
    ["VERIFY_CHECK_TTL_S", "soon"],
    ["VERIFY_REFRESH_AFTER_S", "-1"],
    ["TRUST_PROXY", "yes"],
    ["LOG_LEVEL", "verbose"],
  ])("%s=%s alone is reported, not silently replaced by the default", (name, value) => {
    expect(() => apiSetupFromEnv({ [name]: value })).toThrow(name);
  });

  test.each([
    ["ALLOWED_ORIGINS", "localhost:5173"],
    ["ALLOWED_ORIGINS", "http://localhost:5173/app"],
    ["CORS_ORIGINS", "https://shop.example/?x"],
    ["TRUST_FORWARDED_HOST", "maybe"],
    ["CLIENT_ADDRESS_HEADER", "x real ip"],
  ])("%s=%s is reported: it could never match", (name, value) => {
    expect(() => apiSetupFromEnv({ [name]: value })).toThrow(name);
  });

  test("CLIENT_ADDRESS_HEADER reads one header; with TRUST_PROXY too, both are refused", () => {
    expect(apiSetupFromEnv({ CLIENT_ADDRESS_HEADER: "cf-connecting-ip" }).options.clientAddress).toEqual({
      header: "cf-connecting-ip",
    });
    expect(() => apiSetupFromEnv({ CLIENT_ADDRESS_HEADER: "x-real-ip", TRUST_PROXY: "1" })).toThrow(
      "set TRUST_PROXY or CLIENT_ADDRESS_HEADER, not both",
    );
  });

  test("with NODE_ENV=production the embedded sandbox starts only when asked for", () => {
    expect(() => apiSetupFromEnv({ NODE_ENV: "production" })).toThrow("EMBEDDED_SANDBOX=1");
    const asked = apiSetupFromEnv({ NODE_ENV: "production", EMBEDDED_SANDBOX: "1" });
    expect(asked.embeddedSandbox).toBe(true);
    expect(asked.dqeTarget).toContain("embedded DQE sandbox");
    const dqe = apiSetupFromEnv({
      NODE_ENV: "production",
      DQE_SERVER: "https://dqe.example",
      DQE_LICENCE: "L",
    });
    expect(dqe.embeddedSandbox).toBe(false);
    expect(() =>
      apiSetupFromEnv({ EMBEDDED_SANDBOX: "1", DQE_SERVER: "https://dqe.example", DQE_LICENCE: "L" }),
    ).toThrow("EMBEDDED_SANDBOX=1 runs a sandbox in this process");
  });

  test("a malformed sandbox setting is reported too", () => {
    expect(() => apiSetupFromEnv({ SANDBOX_PIN: "12" })).toThrow(/SANDBOX_PIN/);
  });
});
