// The browser's client (`@verify-kit/core`) against the real backend adapter, in-process and over HTTP.
import { createVerifyApiClient } from "@verify-kit/core";
import { describe, expect, test } from "vitest";
import { listen } from "../node/listen.js";
import {
  appOrigin,
  createTestApi,
  dqeDigits,
  fixedPin,
  numbers,
  type TestApi,
} from "../testSupport/testApi.js";

const clientOf = (t: TestApi) => createVerifyApiClient({ baseUrl: `${appOrigin}/api`, fetch: t.fetch });

/** Serves the API over real HTTP for the duration of `use`. */
async function overHttp<T>(t: TestApi, use: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = await listen(t.api.fetch, { port: 0, host: "127.0.0.1" });
  try {
    return await use(`${server.url}/api`);
  } finally {
    await server.close();
  }
}

describe("each method against the real API", () => {
  test("getConfig", async () => {
    const answer = await clientOf(createTestApi()).getConfig();
    expect(answer).toEqual({
      ok: true,
      value: expect.objectContaining({ sandbox: true, codeLength: 6, maxAttempts: 5, numberVerify: true }),
    });
  });

  test("sendPin, getSandboxMessages, checkPin (wrong, then right), resendPin", async () => {
    const t = createTestApi();
    const client = clientOf(t);
    const sent = await client.sendPin({ phone: numbers.delivered });
    if (!sent.ok) throw sent.error;
    expect(sent.value).toMatchObject({ to: numbers.delivered, attemptsLeft: 5, resendsLeft: 3 });

    const messages = await client.getSandboxMessages(numbers.delivered);
    expect(messages.ok && messages.value.map((message) => message.pin)).toEqual([fixedPin]);

    const wrong = await client.checkPin({ verificationId: sent.value.verificationId, pin: "000000" });
    expect(wrong).toEqual({ ok: true, value: { verified: false, reason: "pin_invalid", attemptsLeft: 4 } });

    t.advance(30);
    const resent = await client.resendPin({ verificationId: sent.value.verificationId });
    expect(resent.ok && resent.value.resendsLeft).toBe(2);

    const right = await client.checkPin({ verificationId: sent.value.verificationId, pin: fixedPin });
    expect(right.ok && right.value.verified).toBe(true);
  });

  test("startNumberVerify and getNumberVerify, with and without waitS", async () => {
    const t = createTestApi();
    const client = clientOf(t);
    const started = await client.startNumberVerify({ phone: numbers.delivered });
    if (!started.ok) throw started.error;
    expect(await client.getNumberVerify(started.value.checkId)).toEqual({
      ok: true,
      value: { status: "pending", elapsedS: 0 },
    });
    const poll = client.getNumberVerify(started.value.checkId, { waitS: 5 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await t.completeOperator(started.value.url);
    expect(await poll).toEqual({ ok: true, value: { status: "verified" } });
    expect(
      t.answers.map((answer) => answer.path).filter((path) => path.includes(started.value.checkId)),
    ).toHaveLength(2);
  });
});

describe("typed errors", () => {
  test("the API's error code, status and flags", async () => {
    const client = clientOf(createTestApi());
    const answer = await client.checkPin({ verificationId: "unknown", pin: fixedPin });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error).toMatchObject({ code: "verification_not_found", httpStatus: 404, retryable: false });

    const ineligible = await client.startNumberVerify({ phone: numbers.ineligible });
    expect(ineligible.ok ? undefined : ineligible.error).toMatchObject({
      code: "number_ineligible",
      httpStatus: 422,
      fallbackToSms: true,
    });
  });

  test("retryAfterS on 429", async () => {
    const t = createTestApi();
    const client = clientOf(t);
    const sent = await client.sendPin({ phone: numbers.delivered });
    if (!sent.ok) throw sent.error;
    t.advance(12);
    const early = await client.resendPin({ verificationId: sent.value.verificationId });
    expect(early.ok ? undefined : early.error).toMatchObject({
      code: "resend_cooldown",
      httpStatus: 429,
      retryable: true,
      retryAfterS: 18,
    });
  });

  test("DQE's failures reach the browser as the API typed them", async () => {
    const t = createTestApi({ dqe: { timeoutMs: 100 }, sandbox: { slowMs: 3000 } });
    const client = clientOf(t);
    const html = await client.sendPin({ phone: numbers.serverError });
    expect(html.ok ? undefined : html.error).toMatchObject({
      code: "dqe_http_error",
      httpStatus: 502,
      retryable: true,
    });
    const slow = await client.sendPin({ phone: numbers.slow });
    expect(slow.ok ? undefined : slow.error).toMatchObject({
      code: "dqe_timeout",
      httpStatus: 504,
      retryable: true,
    });
  });

  test("network_error when fetch rejects", async () => {
    const client = createVerifyApiClient({
      baseUrl: `${appOrigin}/api`,
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    });
    const answer = await client.getConfig();
    expect(answer.ok ? undefined : answer.error).toMatchObject({ code: "network_error", retryable: true });
  });

  test("network_error from a real connection refused", async () => {
    const t = createTestApi();
    // A port that was just in use and is closed now.
    const baseUrl = await overHttp(t, async (url) => url);
    const answer = await createVerifyApiClient({ baseUrl }).getConfig();
    expect(answer.ok ? undefined : answer.error.code).toBe("network_error");
  });

  test.each([
    [
      "an HTML 200 page (a captive portal)",
      new Response("<html><body>Welcome</body></html>", { status: 200 }),
    ],
    ["JSON that is not our answer", Response.json({ hello: "world" })],
    ["an empty 200", new Response("", { status: 200 })],
    ["an HTML 502 from a proxy", new Response("<html>Bad gateway</html>", { status: 502 })],
  ])("server_error for %s", async (_, response) => {
    const client = createVerifyApiClient({ baseUrl: `${appOrigin}/api`, fetch: async () => response });
    const answer = await client.sendPin({ phone: numbers.delivered });
    expect(answer.ok ? undefined : answer.error.code).toBe("server_error");
  });

  test("aborted, over real HTTP, for a long poll the page gives up", async () => {
    const t = createTestApi();
    const { checkId } = await t.startCheck();
    await overHttp(t, async (baseUrl) => {
      const client = createVerifyApiClient({ baseUrl });
      const controller = new AbortController();
      const started = performance.now();
      setTimeout(() => controller.abort(), 50);
      const answer = await client.getNumberVerify(checkId, { waitS: 5, signal: controller.signal });
      expect(answer.ok ? undefined : answer.error).toMatchObject({ code: "aborted", retryable: false });
      expect(performance.now() - started).toBeLessThan(2000);
    });
  });

  test("aborted when the signal is aborted before the call", async () => {
    const t = createTestApi();
    await overHttp(t, async (baseUrl) => {
      const answer = await createVerifyApiClient({ baseUrl }).sendPin(
        { phone: numbers.delivered },
        { signal: AbortSignal.abort() },
      );
      expect(answer.ok ? undefined : answer.error.code).toBe("aborted");
    });
    expect(t.sandbox.messages(dqeDigits(numbers.delivered))).toEqual([]);
  });
});

test("over real HTTP the whole PIN flow works as in-process", async () => {
  const t = createTestApi();
  await overHttp(t, async (baseUrl) => {
    const client = createVerifyApiClient({ baseUrl });
    const sent = await client.sendPin({ phone: numbers.delivered });
    if (!sent.ok) throw sent.error;
    const checked = await client.checkPin({ verificationId: sent.value.verificationId, pin: fixedPin });
    expect(checked.ok && checked.value.verified).toBe(true);
  });
});

test("over real HTTP the socket's address is the client's IP for the per-IP limit", async () => {
  const t = createTestApi({
    api: { clientAddress: "socket", limits: { sendsPerIp: 1 } },
  });
  await overHttp(t, async (baseUrl) => {
    const client = createVerifyApiClient({ baseUrl });
    expect((await client.sendPin({ phone: numbers.delivered })).ok).toBe(true);
    const second = await client.sendPin({ phone: numbers.mobile });
    expect(second.ok ? undefined : second.error.code).toBe("too_many_sends");
  });
});
