import { describe, expect, test } from "vitest";
import examples from "../../../../fixtures/dqe-examples.json" with { type: "json" };
import { createDqeClient } from "./createDqeClient.js";

// A scripted fetch: answers by path with DQE's documented examples and records what was asked.
function scriptedFetch(answers: Record<string, () => unknown>) {
  const calls: { path: string; params: Record<string, string> }[] = [];
  let tokens = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    calls.push({ path: url.pathname, params: Object.fromEntries(new URLSearchParams(String(init?.body))) });
    const answer =
      url.pathname === "/ACCESS_TOKEN/"
        ? { ...examples.access_token_success, access_token: `TK${++tokens}` }
        : answers[url.pathname]?.();
    return new Response(JSON.stringify(answer));
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const base = { server: "https://dqe.example", licence: "LIC", clientSecret: "S", partnerName: "Shop" };

describe("createDqeClient", () => {
  test.each([
    [{ server: "not a url" }, /server must be an http\(s\) address/],
    [{ server: "ftp://dqe.example" }, /server must be an http\(s\) address/],
    [{ licence: " " }, /licence is empty/],
    [{ timeoutMs: 0 }, /timeoutMs must be positive/],
  ])("misconfiguration %o fails at creation", (change, message) => {
    expect(() => createDqeClient({ ...base, ...change })).toThrow(message);
  });

  test("every number check gets its own fresh access token, which identifies it", async () => {
    const { fetch, calls } = scriptedFetch({ "/IDMOBILE/": () => examples.idmobile_numverify_url_success });
    const client = createDqeClient({ ...base, fetch });
    const first = await client.startNumberCheck({ phone: "33612345678" });
    const second = await client.startNumberCheck({
      phone: "33612345678",
      redirectUri: "https://shop.example/cb",
    });
    expect(first.ok && first.value).toEqual({
      operator: "SFR",
      url: examples.idmobile_numverify_url_success.url,
      checkToken: "TK1",
    });
    expect(second.ok && second.value.checkToken).toBe("TK2");
    expect(calls.map((call) => call.path)).toEqual([
      "/ACCESS_TOKEN/",
      "/IDMOBILE/",
      "/ACCESS_TOKEN/",
      "/IDMOBILE/",
    ]);
    expect(calls[1]?.params.token).toBe("TK1");
    expect(calls[3]?.params).toMatchObject({
      token: "TK2",
      redirect_uri: "https://shop.example/cb",
      name: "Shop",
    });
  });

  test("with checkToken 'redirectToken' a started check carries no token", async () => {
    const { fetch } = scriptedFetch({ "/IDMOBILE/": () => examples.idmobile_numverify_url_success });
    const client = createDqeClient({ ...base, fetch, protocol: { checkToken: "redirectToken" } });
    const started = await client.startNumberCheck({ phone: "33612345678" });
    expect(started.ok && started.value.checkToken).toBeUndefined();
  });

  test("a failed access token stops the check before IDMOBILE", async () => {
    const { fetch, calls } = scriptedFetch({});
    const failing = (async (input: RequestInfo | URL, init?: RequestInit) => {
      await fetch(input, init);
      return new Response('{"error":"invalid_client"}', { status: 400 });
    }) as typeof globalThis.fetch;
    const client = createDqeClient({ ...base, fetch: failing });
    const started = await client.startNumberCheck({ phone: "33612345678" });
    expect(started.ok === false && started.error.code).toBe("licence_invalid");
    expect(calls.map((call) => call.path)).toEqual(["/ACCESS_TOKEN/"]);
  });

  test("without a partner name a check is refused before IDMOBILE", async () => {
    const { fetch, calls } = scriptedFetch({});
    const client = createDqeClient({ server: base.server, licence: "LIC", clientSecret: "S", fetch });
    const started = await client.startNumberCheck({ phone: "33612345678" });
    expect(started.ok === false && started.error.code).toBe("missing_parameters");
    expect(calls.some((call) => call.path === "/IDMOBILE/")).toBe(false);
  });

  test("a malformed PIN never reaches DQE", async () => {
    const { fetch, calls } = scriptedFetch({});
    const client = createDqeClient({ ...base, fetch });
    const checked = await client.checkPin({ phone: "33612345678", token: "T", pin: "12 34" });
    expect(checked.ok === false && checked.error.code).toBe("pin_malformed");
    expect(calls).toHaveLength(0);
  });

  test("sendPin and getNumberCheck read their answers", async () => {
    const { fetch } = scriptedFetch({
      "/GDPR_MSG/": () => examples.gdpr_msg_success,
      "/GET/": () => examples.numverify_retrieval_pending,
    });
    const client = createDqeClient({ ...base, fetch });
    const sent = await client.sendPin({
      phone: "33612345678",
      country: "FRA",
      company: "SHOP",
      customSms: "Code",
    });
    expect(sent.ok && sent.value.kind).toBe("sent");
    const check = await client.getNumberCheck({ token: "TK1" });
    expect(check).toEqual({ ok: true, value: { kind: "pending" } });
  });
});
