import { afterEach, describe, expect, test, vi } from "vitest";
import { appOrigin, createTestApi, dqeDigits, numbers } from "../testSupport/testApi.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("POST /api/number-verify/start", () => {
  test("answers the sandbox's operator page, and gives DQE our callback as redirect_uri", async () => {
    const t = createTestApi();
    const started = await t.startCheck(numbers.delivered);
    expect(started).toEqual({
      checkId: expect.stringMatching(/^[\w-]{22}$/),
      url: expect.stringMatching(/^http:\/\/sandbox\.test\/__sandbox\/operator\/[\w-]+$/),
      operator: expect.any(String),
      expiresInS: 300,
    });
    expect(t.dqeCalls).toEqual(["ACCESS_TOKEN", "IDMOBILE"]);
    const idmobile = t.dqeRequests.find((request) => request.endpoint === "IDMOBILE");
    expect(idmobile?.params.get("number")).toBe(dqeDigits(numbers.delivered));
    expect(idmobile?.params.get("redirect_uri")).toBe(
      `${appOrigin}/api/number-verify/callback?check=${started.checkId}`,
    );
  });

  test("publicUrl, when set, is the base of the redirect_uri", async () => {
    const t = createTestApi({ api: { publicUrl: "https://verify.example" } });
    const started = await t.startCheck();
    const idmobile = t.dqeRequests.find((request) => request.endpoint === "IDMOBILE");
    expect(idmobile?.params.get("redirect_uri")).toBe(
      `https://verify.example/api/number-verify/callback?check=${started.checkId}`,
    );
  });

  test.each([
    [numbers.ineligible, "number_ineligible", false],
    [numbers.unsupported, "operator_unsupported", false],
    [numbers.unreachable, "operator_unreachable", true],
  ] as const)("DQE refusing to start %s: 422 %s, fallbackToSms", async (phone, code, retryable) => {
    const t = createTestApi();
    const answer = await t.post("/api/number-verify/start", { phone });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ error: { code, retryable, fallbackToSms: true } });
  });

  test("checks per number are limited, with retryAfterS", async () => {
    const t = createTestApi({ api: { limits: { checksPerNumber: 2, windowS: 900 } } });
    await t.startCheck();
    await t.startCheck();
    const answer = await t.post("/api/number-verify/start", { phone: numbers.delivered });
    expect(answer.status).toBe(429);
    expect(answer.body.error).toMatchObject({ code: "too_many_checks", retryable: true, retryAfterS: 900 });
    expect(answer.headers.get("retry-after")).toBe("900");
    expect(t.dqeCount("IDMOBILE")).toBe(2);
    await t.startCheck(numbers.mobile);
  });

  test("without numberVerify the config says so and start answers 422 number_verify_unavailable", async () => {
    const t = createTestApi({ api: { numberVerify: false } });
    expect((await t.get("/api/config")).body.numberVerify).toBe(false);
    const answer = await t.post("/api/number-verify/start", { phone: numbers.delivered });
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe("number_verify_unavailable");
    expect(t.dqeCalls).toEqual([]);
  });
});

describe("GET /api/number-verify/{checkId} and the callback", () => {
  test("pending with the seconds elapsed, answered from the store without asking DQE", async () => {
    const t = createTestApi();
    const { checkId } = await t.startCheck();
    expect((await t.get(`/api/number-verify/${checkId}`)).body).toEqual({ status: "pending", elapsedS: 0 });
    t.advance(7);
    expect((await t.get(`/api/number-verify/${checkId}`)).body).toEqual({ status: "pending", elapsedS: 7 });
    expect(t.dqeCount("GET")).toBe(0);
  });

  test.each([
    [numbers.delivered, { status: "verified" }, "Number verified", "Your number has been verified."],
    [
      numbers.undeliverable,
      { status: "not_verified" },
      "Number not confirmed",
      "Your operator did not confirm that this phone uses the number you entered.",
    ],
    [
      numbers.declined,
      { status: "failed", error: { code: "check_declined", retryable: false, fallbackToSms: true } },
      "Check declined",
      "You declined the check on this phone, so your number was not verified.",
    ],
    [
      numbers.noData,
      { status: "failed", error: { code: "operator_no_data", retryable: true, fallbackToSms: true } },
      "Check not completed",
      "The check could not be completed, so your number was not verified.",
    ],
    [
      numbers.mismatch,
      { status: "failed", error: { code: "number_mismatch", retryable: true, fallbackToSms: true } },
      "Number not confirmed",
      "Your operator did not confirm that this phone uses the number you entered.",
    ],
    [
      numbers.internalError,
      { status: "failed", error: { code: "dqe_internal_error", retryable: true } },
      "Check not completed",
      "The check could not be completed, so your number was not verified.",
    ],
  ])(
    "%s: DQE's redirect settles the check as %j with one retrieval",
    async (phone, expected, title, said) => {
      const t = createTestApi();
      const { checkId, url } = await t.startCheck(phone);
      const { operator, callback } = await t.completeOperator(url);
      const location = new URL(operator.headers.get("location") ?? "");
      expect(location.pathname).toBe("/api/number-verify/callback");
      expect(location.searchParams.get("check")).toBe(checkId);
      expect(callback.status).toBe(200);
      expect(callback.headers.get("content-type")).toMatch(/^text\/html/);
      // The phone's page says what happened, in a sentence for this phone (the details are for the first screen).
      expect(callback.text).toContain(`<h1>${title}</h1><p role="status">${said}</p>`);
      expect((await t.get(`/api/number-verify/${checkId}`)).body).toEqual(expected);
      expect(t.dqeCount("GET")).toBe(1);
    },
  );

  test("the done page speaks French to a French phone", async () => {
    const t = createTestApi();
    const { url } = await t.startCheck();
    const { callback } = await t.completeOperator(url, { "accept-language": "de;q=0.9, fr-BE;q=0.8" });
    expect(callback.text).toContain('<html lang="fr">');
    expect(callback.text).toContain("<h1>Numéro vérifié</h1>");
    expect(callback.text).toContain("Votre numéro a été vérifié.");
  });

  test("a phone that declines hears so, in French too, not that the check is complete", async () => {
    const t = createTestApi();
    const { url } = await t.startCheck(numbers.declined);
    const { callback } = await t.completeOperator(url, { "accept-language": "fr" });
    expect(callback.text).toContain("<h1>Vérification refusée</h1>");
    expect(callback.text).toContain(
      "Vous avez refusé la vérification sur ce téléphone\u202f: votre numéro n’a pas été vérifié.",
    );
    expect(callback.text).toContain("pour recevoir plutôt un code par SMS.");
  });

  test("a phone that opens the link after the check's lifetime hears that it expired", async () => {
    const t = createTestApi();
    const { checkId, url } = await t.startCheck();
    t.advance(301);
    const { callback } = await t.completeOperator(url);
    expect(callback.status).toBe(200);
    expect(callback.text).toContain('<h1>Check expired</h1><p role="status">This check expired before');
    expect((await t.get(`/api/number-verify/${checkId}`)).body).toMatchObject({
      error: { code: "check_expired" },
    });
  });

  test("the page carries the site's name (escaped), else the public host", async () => {
    const named = createTestApi({ api: { siteName: "Chez <Léa> & Co" } });
    const { callback } = await named.completeOperator((await named.startCheck()).url);
    expect(callback.text).toContain('<p class="site">Chez &#60;Léa&#62; &#38; Co</p>');
    expect(callback.text).toContain("<title>Number verified · Chez &#60;Léa&#62; &#38; Co</title>");
    const unnamed = createTestApi({ api: { publicUrl: "https://shop.example:8443" } });
    const page = (await unnamed.completeOperator((await unnamed.startCheck()).url)).callback.text;
    expect(page).toContain('<p class="site">shop.example</p>');
  });

  test("a second callback changes nothing and asks DQE nothing", async () => {
    const t = createTestApi();
    const { checkId, url } = await t.startCheck();
    const { operator } = await t.completeOperator(url);
    const again = await t.get(operator.headers.get("location") ?? "");
    expect(again.status).toBe(200);
    expect((await t.get(`/api/number-verify/${checkId}`)).body).toEqual({ status: "verified" });
    expect(t.dqeCount("GET")).toBe(1);
  });

  test("the callback finds the check from DQE's token alone", async () => {
    const t = createTestApi();
    const { checkId, url } = await t.startCheck();
    const operator = await t.sandbox.fetch(new Request(url, { redirect: "manual" }));
    const token = new URL(operator.headers.get("location") ?? "").searchParams.get("token") ?? "";
    const callback = await t.get(
      `/api/number-verify/callback?token=${encodeURIComponent(token)}&status=success`,
    );
    expect(callback.status).toBe(200);
    expect((await t.get(`/api/number-verify/${checkId}`)).body).toEqual({ status: "verified" });
  });

  test("a forged callback cannot settle a check the phone never completed", async () => {
    const t = createTestApi();
    const { checkId } = await t.startCheck();
    const forged = await t.get(`/api/number-verify/callback?check=${checkId}&token=TKforged&status=success`);
    expect(forged.status).toBe(200);
    expect((await t.get(`/api/number-verify/${checkId}`)).body).toMatchObject({ status: "pending" });
    expect(t.dqeRequests.filter((r) => r.endpoint === "GET").map((r) => r.params.get("token"))).not.toContain(
      "TKforged",
    );
  });

  test.each([
    ["an unknown check", "/api/number-verify/callback?check=nope&token=x&status=success"],
    ["an unknown token", "/api/number-verify/callback?token=TKunknown&status=success"],
    ["no parameters", "/api/number-verify/callback"],
  ])("the callback of %s answers the 404 HTML page", async (_, path) => {
    const t = createTestApi();
    const answer = await t.get(path);
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
    expect(answer.text).toContain(
      '<h1>Check not found</h1><p role="status">This check is unknown or has expired.',
    );
    expect(t.dqeCalls).toEqual([]);
  });

  test("a check never completed ends failed with check_expired after one last look at DQE", async () => {
    const t = createTestApi();
    const { checkId } = await t.startCheck();
    t.advance(300);
    const answers = await Promise.all([1, 2, 3].map(() => t.get(`/api/number-verify/${checkId}`)));
    for (const answer of answers) {
      expect(answer.body).toEqual({
        status: "failed",
        error: { code: "check_expired", retryable: true, fallbackToSms: true },
      });
    }
    expect(t.dqeCount("GET")).toBe(1);
    t.advance(60);
    await t.get(`/api/number-verify/${checkId}`);
    expect(t.dqeCount("GET")).toBe(1);
  });

  test("a phone that went through the operator but never came back is found by the look at expiry", async () => {
    const t = createTestApi({ api: { refreshAfterS: 100 } });
    const { checkId, url } = await t.startCheck();
    await t.sandbox.fetch(new Request(url, { redirect: "manual" }));
    t.advance(300);
    expect((await t.get(`/api/number-verify/${checkId}`)).body).toEqual({ status: "verified" });
    expect(t.dqeCount("GET")).toBe(1);
  });

  test("a check that DQE never redirects is retrieved slowly, once per slot, whoever polls", async () => {
    const t = createTestApi({ api: { refreshAfterS: 10 } });
    const { checkId, url } = await t.startCheck();
    // The phone went through the operator but never came back to the callback.
    await t.sandbox.fetch(new Request(url, { redirect: "manual" }));
    const poll = () => t.get(`/api/number-verify/${checkId}`);
    expect((await Promise.all(Array.from({ length: 10 }, poll))).map((a) => a.body.status)).toEqual(
      Array(10).fill("pending"),
    );
    expect(t.dqeCount("GET")).toBe(0);
    t.advance(10);
    const answers = await Promise.all(Array.from({ length: 10 }, poll));
    // The poll that claimed the slot reads the result; the others, not waiting, may still see pending.
    const statuses = answers.map((answer) => answer.body.status);
    expect(statuses).toContain("verified");
    expect(statuses.filter((status) => status !== "verified" && status !== "pending")).toEqual([]);
    expect((await poll()).body).toEqual({ status: "verified" });
    expect(t.dqeCount("GET")).toBe(1);
  });

  test("fallback retrievals happen at refreshAfterS, at four times it and at expiry, never more", async () => {
    const t = createTestApi({ api: { refreshAfterS: 10 } });
    const { checkId } = await t.startCheck();
    const poll = () => t.get(`/api/number-verify/${checkId}`);
    const retrievals: number[] = [];
    let at = 0;
    for (const second of [5, 10, 15, 39, 40, 100, 299, 300, 400]) {
      t.advance(second - at);
      at = second;
      await Promise.all([poll(), poll(), poll()]);
      retrievals.push(t.dqeCount("GET"));
    }
    expect(retrievals).toEqual([0, 1, 1, 1, 2, 2, 2, 3, 3]);
    expect((await poll()).body).toMatchObject({ status: "failed", error: { code: "check_expired" } });
  });
});

describe("long polling", () => {
  test("a poll with waitS=5 is released by the callback well before 5 s", async () => {
    const t = createTestApi();
    const { checkId, url } = await t.startCheck();
    const started = performance.now();
    const poll = t.get(`/api/number-verify/${checkId}?waitS=5`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await t.completeOperator(url);
    const answer = await poll;
    const elapsedMs = performance.now() - started;
    expect(answer.body).toEqual({ status: "verified" });
    expect(elapsedMs).toBeGreaterThanOrEqual(25);
    expect(elapsedMs).toBeLessThan(1000);
  });

  test("ten parallel long polls of one check: one DQE retrieval, all released with the result", async () => {
    const t = createTestApi();
    const { checkId, url } = await t.startCheck();
    const polls = Array.from({ length: 10 }, () => t.get(`/api/number-verify/${checkId}?waitS=5`));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await t.completeOperator(url);
    const answers = await Promise.all(polls);
    expect(answers.map((answer) => answer.body)).toEqual(Array(10).fill({ status: "verified" }));
    expect(t.dqeCount("GET")).toBe(1);
  });

  test("a poll nobody releases answers pending when its wait ends (fake timers)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const t = createTestApi();
    const { checkId } = await t.startCheck();
    let settled = false;
    const poll = t.get(`/api/number-verify/${checkId}?waitS=3`).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(2900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect((await poll).body).toEqual({ status: "pending", elapsedS: 3 });
    expect(t.dqeCount("GET")).toBe(0);
  });

  test("a poll whose client went away is let go at once", async () => {
    const t = createTestApi();
    const { checkId } = await t.startCheck();
    const controller = new AbortController();
    const started = performance.now();
    const poll = t.request(`/api/number-verify/${checkId}?waitS=5`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const answer = await poll;
    expect(answer.body).toMatchObject({ status: "pending" });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("waitS up to maxWaitS is accepted, over it is 400", async () => {
    const t = createTestApi({ api: { maxWaitS: 2 } });
    const { checkId, url } = await t.startCheck();
    await t.completeOperator(url);
    expect((await t.get(`/api/number-verify/${checkId}?waitS=2`)).body).toEqual({ status: "verified" });
    const over = await t.get(`/api/number-verify/${checkId}?waitS=3`);
    expect(over.status).toBe(400);
    expect(over.body.error.code).toBe("request_malformed");
  });
});
