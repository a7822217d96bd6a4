import { createDqeClient } from "@verify-kit/core/dqe";
import { describe, expect, test } from "vitest";
import { createTestApi, numbers } from "../testSupport/testApi.js";
import { createVerifyApi } from "./createVerifyApi.js";
import { canonicalOrigin } from "./originCheck.js";

const body = { phone: numbers.delivered };
/** What the API sees behind Vite's shorthand proxy (`changeOrigin`): the page's Origin, the API's own Host. */
const viaViteProxy = { origin: "http://localhost:5173", host: "127.0.0.1:8787" };

describe("allowedOrigins: pages behind a proxy that rewrites Host", () => {
  test("refused by default: a 403 saying how to allow it, and one log line naming origin and setting", async () => {
    const t = createTestApi();
    const answer = await t.post("/api/pin/send", body, viaViteProxy);
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe("origin_not_allowed");
    expect(answer.body.error.detail).toContain("http://localhost:5173");
    expect(answer.body.error.detail).toContain("allowedOrigins (ALLOWED_ORIGINS)");
    const lines = t.logEntries().filter((entry) => entry.setting !== undefined);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        origin: "http://localhost:5173",
        setting: "allowedOrigins (ALLOWED_ORIGINS)",
      }),
    ]);
    expect(t.dqeCalls).toEqual([]);
  });

  test("allowed once listed, in any spelling of the origin, without CORS headers (not a CORS origin)", async () => {
    const t = createTestApi({ api: { allowedOrigins: ["HTTP://LocalHost:5173/"] } });
    const answer = await t.post("/api/pin/send", body, viaViteProxy);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    // A Next.js rewrite: the page's origin, the API's host, the same rule.
    const next = await t.post(
      "/api/pin/send",
      { phone: numbers.mobile },
      { ...viaViteProxy, host: "api.internal" },
    );
    expect(next.status).toBe(200);
    expect(
      (await t.post("/api/pin/send", body, { ...viaViteProxy, origin: "http://localhost:5174" })).status,
    ).toBe(403);
  });

  test("the API's own host with its scheme's default port is the same origin", async () => {
    const t = createTestApi();
    const answer = await t.post("/api/pin/send", body, {
      origin: "https://shop.example",
      host: "shop.example:443",
    });
    expect(answer.status).toBe(200);
  });

  test("an origin that could never match fails at construction, naming the setting", () => {
    const dqe = createDqeClient({ server: "https://dqe.example", licence: "L" });
    const sms = { company: "SHOP", smsText: "Code:", pinDurationMin: 3 };
    expect(() => createVerifyApi({ dqe, sms, allowedOrigins: ["localhost:5173"] })).toThrow(
      /^allowedOrigins:/,
    );
    expect(() => createVerifyApi({ dqe, sms, corsOrigins: ["https://shop.example/app"] })).toThrow(
      /^corsOrigins:/,
    );
  });

  test.each([
    ["https://shop.example", "https://shop.example"],
    ["https://Shop.Example:443/", "https://shop.example"],
    ["http://127.0.0.1:5173", "http://127.0.0.1:5173"],
  ])("%s is the origin %s", (value, origin) => {
    expect(canonicalOrigin(value)).toBe(origin);
  });

  test.each([
    "localhost:5173",
    "https://shop.example/app",
    "https://shop.example?x",
    "ftp://shop.example",
    "*",
  ])("%s is not an origin", (value) => {
    expect(canonicalOrigin(value)).toBeInstanceOf(Error);
  });
});
