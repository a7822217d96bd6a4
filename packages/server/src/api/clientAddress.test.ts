import { createDqeClient } from "@verify-kit/core/dqe";
import { describe, expect, test } from "vitest";
import { createTestApi, nodeBindings, numbers } from "../testSupport/testApi.js";
import { addressBucket, normalizeAddress, readClientAddress } from "./clientAddress.js";
import { createVerifyApi } from "./createVerifyApi.js";

describe("normalizeAddress", () => {
  test.each([
    ["10.9.9.8", "10.9.9.8"],
    ["::ffff:10.9.9.8", "10.9.9.8"],
    ["::FFFF:a09:908", "10.9.9.8"],
    ["010.009.009.008", "10.9.9.8"],
    ["10.9.9.8:1234", "10.9.9.8"],
    ["[::ffff:10.9.9.8]:443", "10.9.9.8"],
    [" 10.9.9.8 ", "10.9.9.8"],
    ["2001:DB8:0:0::1", "2001:db8::1"],
    ["[2001:db8::1]:8443", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
  ])("%s is %s", (raw, canonical) => {
    expect(normalizeAddress(raw)).toBe(canonical);
  });

  test.each([
    "0x0a090908",
    "167840008",
    "0xa.9.9.8",
    "10.9.9.256",
    "10.9.9",
    "unknown",
    "example.com",
    "10.9.9.8, 10.0.0.1",
    "::ffff:1:2:3:4:5:6:7",
    "[::1",
    "",
  ])("%s is refused", (raw) => {
    expect(normalizeAddress(raw)).toBeUndefined();
  });

  test("an IPv6 client counts by its /64; IPv4 by its address", () => {
    expect(addressBucket("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:3::9")).toBe("2001:db8:1:3::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("10.9.9.8")).toBe("10.9.9.8");
  });
});

describe("readClientAddress", () => {
  const request = (headers: Record<string, string>) => new Request("http://app.test/", { headers });

  test("behind N proxies: the entry the outermost one wrote; the socket when nothing was forwarded", () => {
    const chain = request({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" });
    const socket = nodeBindings("10.0.0.1");
    expect(readClientAddress({ forwardedFor: 1 }, chain, socket)).toMatchObject({
      client: { address: "10.0.0.2" },
    });
    expect(readClientAddress({ forwardedFor: 2 }, chain, socket)).toMatchObject({
      client: { address: "203.0.113.7" },
    });
    expect(readClientAddress({ forwardedFor: 1 }, request({}), socket)).toMatchObject({
      client: { address: "10.0.0.1" },
    });
    expect(readClientAddress("socket", chain, socket)).toMatchObject({ client: { address: "10.0.0.1" } });
  });

  test("a header of the platform, or the app's own reader; nothing or junk is said so", () => {
    expect(
      readClientAddress({ header: "cf-connecting-ip" }, request({ "cf-connecting-ip": "2001:db8::7" }), {}),
    ).toEqual({ ok: true, client: { address: "2001:db8::7", bucket: "2001:db8:0:0::/64" } });
    expect(readClientAddress(() => "::ffff:192.0.2.4", request({}), undefined)).toMatchObject({
      client: { address: "192.0.2.4" },
    });
    expect(readClientAddress("socket", request({}), undefined)).toEqual({ ok: false, problem: "missing" });
    expect(readClientAddress({ header: "x-real-ip" }, request({ "x-real-ip": "0x0a090908" }), {})).toEqual({
      ok: false,
      problem: "invalid",
    });
  });
});

describe("per-client limits use the normalised address", () => {
  test("spellings of one address share one budget; junk gets none; an IPv6 /64 is one client", async () => {
    const t = createTestApi({ api: { limits: { sendsPerIp: 1, sendsPerNumber: 100 } } });
    const from = (address: string) => ({ "x-forwarded-for": address });
    expect((await t.post("/api/pin/send", { phone: numbers.delivered }, from("10.9.9.8"))).status).toBe(200);
    for (const spelling of ["::ffff:10.9.9.8", "010.009.009.008", "10.9.9.8:1234", "[::ffff:a09:908]:80"]) {
      const answer = await t.post("/api/pin/send", { phone: numbers.mobile }, from(spelling));
      expect(answer.status, spelling).toBe(429);
    }
    const hex = await t.post("/api/pin/send", { phone: numbers.mobile }, from("0x0a090908"));
    expect(hex.status).toBe(500);
    expect(hex.body.error.code).toBe("client_address_unknown");

    expect((await t.post("/api/pin/send", { phone: numbers.mobile }, from("2001:db8:1:2::1"))).status).toBe(
      200,
    );
    const sameNetwork = await t.post(
      "/api/pin/send",
      { phone: numbers.mobile },
      from("2001:db8:1:2:ffff::9"),
    );
    expect(sameNetwork.status).toBe(429);
    expect((await t.post("/api/pin/send", { phone: numbers.mobile }, from("2001:db8:1:3::1"))).status).toBe(
      200,
    );
    expect(t.dqeCount("GDPR_MSG")).toBe(3);
  });
});

describe("a request with no known client address", () => {
  const dqe = createDqeClient({ server: "https://dqe.example", licence: "L" });
  const sms = { company: "SHOP", smsText: "Code:", pinDurationMin: 3 };

  test("is refused with a clear error and one log line naming the setting; DQE is not asked", async () => {
    const t = createTestApi({ api: { clientAddress: () => undefined } });
    const answer = await t.post("/api/pin/send", { phone: numbers.delivered });
    expect(answer.status).toBe(500);
    expect(answer.body.error).toMatchObject({ code: "client_address_unknown", retryable: false });
    expect(answer.body.error.detail).toContain("clientAddress");
    expect(t.dqeCalls).toEqual([]);
    const explained = t.logEntries().filter((entry) => entry.setting === "clientAddress");
    expect(explained).toHaveLength(1);
    expect(explained[0]).toMatchObject({ level: 40, code: "client_address_unknown", problem: "missing" });
    // What needs no per-client count still answers.
    expect((await t.get("/api/config")).status).toBe(200);
  });

  test("in a runtime that hands over no socket, createVerifyApi throws at construction, listing the choices", () => {
    const saved = process.env.NEXT_RUNTIME;
    process.env.NEXT_RUNTIME = "nodejs";
    try {
      expect(() => createVerifyApi({ dqe, sms })).toThrow(
        /Next\.js nodejs route.*clientAddress.*"socket".*forwardedFor.*header.*\(request\) => address/,
      );
      expect(() => createVerifyApi({ dqe, sms, clientAddress: { header: "x-real-ip" } })).not.toThrow();
    } finally {
      if (saved === undefined) delete process.env.NEXT_RUNTIME;
      else process.env.NEXT_RUNTIME = saved;
    }
  });

  test("a malformed setting throws at construction", () => {
    expect(() => createVerifyApi({ dqe, sms, clientAddress: { forwardedFor: 0 } })).toThrow(/clientAddress/);
    expect(() => createVerifyApi({ dqe, sms, clientAddress: { header: "x real ip" } })).toThrow(
      /clientAddress/,
    );
  });
});
