// The core DQE client against the sandbox over real HTTP: the same requests a server sends to DQE.
import { createDqeClient, type DqeClient } from "@verify-kit/core/dqe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSandbox, type Sandbox } from "./sandbox/createSandbox.js";
import { SANDBOX_LICENCE } from "./sandbox/sandboxOptions.js";
import { type SandboxServer, startSandboxServer } from "./sandbox/sandboxServer.js";

const phone = "33600000001";
const slowPhone = "33600000504";
const pinParams = { country: "FRA", company: "SHOP", customSms: "Your code:", durationMin: 3 };

let sandbox: Sandbox;
let server: SandboxServer;
/** Method and path of each request the sandbox received over the wire. */
const received: { method: string; path: string; query: string }[] = [];

beforeAll(async () => {
  sandbox = createSandbox({ slowMs: 2000 });
  server = await startSandboxServer(
    {
      ...sandbox,
      fetch: (request) => {
        const url = new URL(request.url);
        received.push({ method: request.method, path: url.pathname, query: url.search });
        return sandbox.fetch(request);
      },
    },
    { port: 0, host: "127.0.0.1" },
  );
});

afterAll(async () => {
  await server.close();
});

const client = (method: "GET" | "POST", extra: { timeoutMs?: number; licence?: string } = {}): DqeClient =>
  createDqeClient({
    server: server.url,
    licence: extra.licence ?? SANDBOX_LICENCE,
    clientSecret: "s",
    partnerName: "Shop",
    method,
    ...(extra.timeoutMs === undefined ? {} : { timeoutMs: extra.timeoutMs }),
  });

async function inbox(number: string): Promise<{ pin: string; smsToken?: string }[]> {
  const response = await fetch(`${server.url}/__sandbox/messages?phone=${number}`);
  return (await response.json()) as { pin: string }[];
}

describe.each(["GET", "POST"] as const)("over HTTP with %s", (method) => {
  test("sendPin, the PIN from the sandbox's messages, then checkPin verifies", async () => {
    const dqe = client(method);
    const before = received.length;
    const sent = await dqe.sendPin({
      phone,
      ...pinParams,
      consent: { phone: false, post: false, sms: true, email: true },
    });
    if (!sent.ok) throw sent.error;
    expect(sent.value).toMatchObject({ kind: "sent", status: "DELIVERED", to: phone, timeoutMinutes: 3 });
    if (sent.value.kind !== "sent") throw new Error("not sent");
    const [message] = await inbox(phone);
    expect(message?.pin).toMatch(/^\d{6}$/);

    const wrong = await dqe.checkPin({
      phone,
      token: sent.value.smsToken,
      pin: message?.pin === "000000" ? "111111" : "000000",
    });
    expect(wrong.ok ? "verified" : wrong.error.code).toBe("pin_invalid");
    const checked = await dqe.checkPin({ phone, token: sent.value.smsToken, pin: message?.pin ?? "" });
    if (!checked.ok) throw checked.error;
    expect(checked.value).toMatchObject({
      kind: "verified",
      phone,
      channels: { phone: false, post: false, sms: true, email: true },
    });

    const mine = received.slice(before).filter((request) => !request.path.startsWith("/__sandbox"));
    expect(mine.map((request) => `${request.method} ${request.path}`)).toEqual([
      `${method} /GDPR_MSG/`,
      `${method} /GDPR_VERIF/`,
      `${method} /GDPR_VERIF/`,
    ]);
    // POST keeps the licence out of the URL.
    for (const request of mine) expect(request.query.includes(SANDBOX_LICENCE)).toBe(method === "GET");
  });

  test("number check: start, open the operator URL, then the retrieval says verified", async () => {
    const dqe = client(method);
    const started = await dqe.startNumberCheck({ phone });
    if (!started.ok) throw started.error;
    expect(started.value.url.startsWith(`${server.url}/__sandbox/operator/`)).toBe(true);
    expect(started.value.checkToken).toMatch(/^TK/);
    const token = started.value.checkToken ?? "";

    const pending = await dqe.getNumberCheck({ token });
    expect(pending.ok && pending.value.kind).toBe("pending");
    const page = await fetch(started.value.url);
    expect(page.status).toBe(200);
    await page.text();
    const result = await dqe.getNumberCheck({ token });
    expect(result.ok && result.value.kind).toBe("verified");
  });

  test("number check with a redirect_uri: the operator sends the phone back with the check's token", async () => {
    const dqe = client(method);
    const started = await dqe.startNumberCheck({ phone, redirectUri: "https://shop.example/back?check=abc" });
    if (!started.ok) throw started.error;
    const page = await fetch(started.value.url, { redirect: "manual" });
    expect(page.status).toBe(302);
    const location = new URL(page.headers.get("location") ?? "");
    expect(location.origin + location.pathname).toBe("https://shop.example/back");
    expect(Object.fromEntries(location.searchParams)).toEqual({
      check: "abc",
      token: started.value.checkToken,
      status: "success",
    });
    const result = await dqe.getNumberCheck({ token: started.value.checkToken ?? "" });
    expect(result.ok && result.value.kind).toBe("verified");
  });
});

describe("failures over HTTP", () => {
  test("a slow DQE: dqe_timeout after timeoutMs", async () => {
    const dqe = client("POST", { timeoutMs: 150 });
    const started = performance.now();
    const sent = await dqe.sendPin({ phone: slowPhone, ...pinParams });
    expect(sent.ok ? "sent" : sent.error.code).toBe("dqe_timeout");
    expect(sent.ok || sent.error.retryable).toBe(true);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(1500);
  });

  test("a slow number check start times out too", async () => {
    const dqe = client("GET", { timeoutMs: 150 });
    const started = await dqe.startNumberCheck({ phone: slowPhone });
    expect(started.ok ? "started" : started.error.code).toBe("dqe_timeout");
  });

  test("an AbortSignal ends the call with aborted", async () => {
    const dqe = client("POST", { timeoutMs: 5000 });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 50);
    const sent = await dqe.sendPin({ phone: slowPhone, ...pinParams }, { signal: controller.signal });
    expect(sent.ok ? "sent" : sent.error.code).toBe("aborted");
    expect(performance.now() - started).toBeLessThan(1500);
  });

  test("HTML 500 answers are dqe_http_error, retryable", async () => {
    const sent = await client("POST").sendPin({ phone: "33600000500", ...pinParams });
    expect(sent.ok ? undefined : sent.error.toJSON()).toMatchObject({
      code: "dqe_http_error",
      retryable: true,
      httpStatus: 500,
    });
  });

  test("a wrong licence: refused, not retryable, and never quoted in the error", async () => {
    const dqe = client("GET", { licence: "LICENCE-ABC-123" });
    const sent = await dqe.sendPin({ phone, ...pinParams });
    const started = await dqe.startNumberCheck({ phone });
    expect(sent.ok ? undefined : sent.error.code).toBe("service_not_authorised");
    expect(started.ok ? undefined : started.error.code).toBe("licence_invalid");
    for (const outcome of [sent, started]) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error.retryable).toBe(false);
        expect(JSON.stringify(outcome.error.toJSON()) + outcome.error.message).not.toContain(
          "LICENCE-ABC-123",
        );
      }
    }
  });
});
