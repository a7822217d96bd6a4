import { describe, expect, it } from "vitest";
import { resolveSandboxOptions, sandboxOptionsFromEnv } from "./sandboxOptions.js";

describe("sandboxOptionsFromEnv", () => {
  it("keeps every default for an empty environment, unset or empty", () => {
    expect(sandboxOptionsFromEnv({})).toEqual({});
    expect(sandboxOptionsFromEnv({ SANDBOX_PIN: "", SANDBOX_PUBLIC_URL: "", SANDBOX_SLOW_MS: "" })).toEqual(
      {},
    );
  });

  it("reads every variable", () => {
    expect(
      sandboxOptionsFromEnv({
        SANDBOX_PIN: "012345",
        SANDBOX_PIN_TTL_S: "5",
        SANDBOX_CHECK_TTL_S: "20",
        SANDBOX_LATENCY_MS: "0",
        SANDBOX_SLOW_MS: "250",
        SANDBOX_PUBLIC_URL: "http://192.168.1.20:4010/",
        UNRELATED: "x",
      }),
    ).toEqual({
      pin: "012345",
      pinTtlS: 5,
      checkTtlS: 20,
      latencyMs: 0,
      slowMs: 250,
      publicUrl: "http://192.168.1.20:4010",
    });
  });

  it.each([
    ["SANDBOX_PIN", "12345", /SANDBOX_PIN must be 6 digits/],
    ["SANDBOX_PIN", "12345a", /SANDBOX_PIN must be 6 digits/],
    ["SANDBOX_PIN_TTL_S", "0", /SANDBOX_PIN_TTL_S must be a positive whole number/],
    ["SANDBOX_PIN_TTL_S", "-5", /SANDBOX_PIN_TTL_S must be a positive whole number/],
    ["SANDBOX_PIN_TTL_S", "1.5", /SANDBOX_PIN_TTL_S must be a positive whole number/],
    ["SANDBOX_CHECK_TTL_S", "abc", /SANDBOX_CHECK_TTL_S must be a positive whole number/],
    ["SANDBOX_CHECK_TTL_S", "99999999999999999999", /SANDBOX_CHECK_TTL_S must be a positive whole number/],
    ["SANDBOX_LATENCY_MS", "-1", /SANDBOX_LATENCY_MS must be a whole number/],
    ["SANDBOX_LATENCY_MS", "9999999999", /SANDBOX_LATENCY_MS must be a whole number of milliseconds/],
    ["SANDBOX_SLOW_MS", "1e3", /SANDBOX_SLOW_MS must be a whole number/],
    ["SANDBOX_PUBLIC_URL", "ftp://192.168.1.20", /SANDBOX_PUBLIC_URL must be an http\(s\) URL/],
    ["SANDBOX_PUBLIC_URL", "192.168.1.20:4010", /SANDBOX_PUBLIC_URL must be an http\(s\) URL/],
    ["SANDBOX_PUBLIC_URL", "http://host/?a=1", /SANDBOX_PUBLIC_URL must not carry a query/],
  ])("refuses %s=%s, naming it", (name, value, message) => {
    expect(() => sandboxOptionsFromEnv({ [name]: value })).toThrow(message);
  });
});

describe("resolveSandboxOptions", () => {
  it("fills in the defaults", () => {
    const resolved = resolveSandboxOptions({});
    expect(resolved).toMatchObject({
      pin: undefined,
      pinTtlS: undefined,
      checkTtlS: 300,
      latencyMs: 0,
      slowMs: 30_000,
      publicUrl: undefined,
    });
    expect(Math.abs(resolved.now() - Date.now())).toBeLessThan(1_000);
  });

  it("accepts what sandboxOptionsFromEnv produced", () => {
    const options = sandboxOptionsFromEnv({ SANDBOX_PUBLIC_URL: "https://sandbox.example/dqe/" });
    expect(resolveSandboxOptions(options).publicUrl).toBe("https://sandbox.example/dqe");
  });
});
