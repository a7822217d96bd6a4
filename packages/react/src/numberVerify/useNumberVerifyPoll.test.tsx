import { act, render } from "@testing-library/react";
import { StrictMode, useEffect } from "react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  type NumberVerifyStartResult,
  numberVerifyKeys,
  type UseNumberVerifyPollOptions,
  useNumberVerifyPoll,
  VerificationProvider,
} from "../index.js";
import { advance, renderWithProvider } from "../testSupport/renderWithProvider.js";
import { sandboxedAdapter, testQueryClient } from "../testSupport/sandboxedAdapter.js";

const phone = "+33600000001";

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9, 0, 0) });
});
afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
});

/** A screen that starts the check as soon as it shows. */
function StartOnMount() {
  const { start: begin, status } = useNumberVerifyPoll();
  useEffect(() => {
    void begin(phone);
  }, [begin]);
  return <p>{status}</p>;
}

function setup(options: Parameters<typeof sandboxedAdapter>[0] & { hook?: UseNumberVerifyPollOptions } = {}) {
  const { hook, ...apiOptions } = options;
  const api = sandboxedAdapter(apiOptions);
  const queryClient = testQueryClient();
  const view = renderWithProvider(() => useNumberVerifyPoll(hook), { adapter: api.adapter, queryClient });
  const polls = () => api.requests.seen.filter((request) => request.method === "GET");
  return { ...api, ...view, queryClient, polls };
}

async function start(
  hook: { current: { start(phone: string): Promise<NumberVerifyStartResult> } },
  number = phone,
) {
  let promise: Promise<NumberVerifyStartResult> | undefined;
  await act(async () => {
    promise = hook.current.start(number);
  });
  await advance();
  return (await promise) as NumberVerifyStartResult;
}

/** The phone opens the operator page after `seconds`; resolves when the server knows the result. */
async function phoneOpensAfter(
  sandboxed: ReturnType<typeof sandboxedAdapter>["sandboxed"],
  url: string,
  seconds: number,
) {
  await advance(seconds * 1000);
  await act(async () => {
    await sandboxed.openOperatorUrl(url);
  });
}

describe("useNumberVerifyPoll", () => {
  test("start gives the operator page; one long poll shows the answer the moment the server knows it", async () => {
    const { result, sandboxed, polls, requests } = setup();
    const started = await start(result);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.check.url).toMatch(/^http:\/\/verify-kit\.local\/api\/sandbox\/operator\//);
    expect(result.current.state).toMatchObject({
      status: "pending",
      phone,
      url: started.check.url,
      operator: started.check.operator,
      mode: "long",
      attempts: 0,
    });
    await phoneOpensAfter(sandboxed, started.check.url, 10);
    await advance();
    expect(result.current.state).toMatchObject({ status: "verified", fallbackToSms: false, attempts: 1 });
    expect(result.current.status === "verified" && result.current.elapsedMs).toBe(10_000);
    expect(polls()).toHaveLength(1);
    expect(polls()[0]?.search).toBe("?waitS=25");
    expect(requests.concurrency.max).toBe(1);
  });

  test("a 60 s wait takes 3 polls (4 requests with the start), one in flight at a time", async () => {
    const { result, sandboxed, polls, requests } = setup();
    const started = await start(result);
    if (!started.ok) throw new Error("start failed");
    await phoneOpensAfter(sandboxed, started.check.url, 60);
    await advance();
    expect(result.current.status).toBe("verified");
    expect(polls().map((poll) => poll.search)).toEqual(["?waitS=25", "?waitS=25", "?waitS=25"]);
    expect(requests.started("/api/number-verify/")).toBe(4);
    expect(requests.concurrency.max).toBe(1);
    // Once final, nothing more.
    await advance(60_000);
    expect(requests.started()).toBe(4);
  });

  test.each([
    ["+33600000002", "not_verified", "number_not_verified"],
    ["+33600000003", "failed", "check_declined"],
    ["+33600000005", "failed", "number_mismatch"],
  ] as const)("%s ends %s (%s) with fallbackToSms", async (number, status, code) => {
    const { result, sandboxed, polls } = setup();
    const started = await start(result, number);
    if (!started.ok) throw new Error("start failed");
    await phoneOpensAfter(sandboxed, started.check.url, 3);
    await advance();
    expect(result.current.state).toMatchObject({ status, fallbackToSms: true });
    expect("error" in result.current && result.current.error.code).toBe(code);
    expect(polls()).toHaveLength(1);
  });

  test("an ineligible number fails at the start, with fallbackToSms; an outage is an error", async () => {
    const { result, polls } = setup();
    const ineligible = await start(result, "+33600000009");
    expect(!ineligible.ok && ineligible.error.code).toBe("number_ineligible");
    expect(result.current.state).toMatchObject({ status: "failed", fallbackToSms: true });
    const outage = await start(result, "+33600000500");
    expect(outage.ok).toBe(false);
    expect(result.current.state).toMatchObject({ status: "error", phone: "+33600000500" });
    expect(polls()).toHaveLength(0);
  });

  test("its own deadline: timed_out with fallbackToSms, the poll in flight aborted", async () => {
    const { result, polls, requests } = setup({ hook: { deadlineS: 60 } });
    await start(result);
    await advance(59_999);
    expect(result.current.status).toBe("pending");
    const last = polls().at(-1);
    expect(last?.search).toBe("?waitS=10");
    await advance(1);
    expect(result.current.state).toMatchObject({ status: "timed_out", fallbackToSms: true });
    expect("error" in result.current && result.current.error.code).toBe("check_timed_out");
    expect(last?.signal?.aborted).toBe(true);
    await advance(60_000);
    expect(requests.started()).toBe(4);
  });

  test("the default deadline is 120 s", async () => {
    const { result } = setup();
    await start(result);
    await advance(119_000);
    expect(result.current.status).toBe("pending");
    await advance(1000);
    expect(result.current.status).toBe("timed_out");
  });

  test("a final answer from the server is never retried (an expired check)", async () => {
    const { result, polls } = setup({ api: { checkTtlS: 5 } });
    await start(result);
    await advance(5000);
    expect(result.current.state).toMatchObject({ status: "failed", fallbackToSms: true });
    expect("error" in result.current && result.current.error.code).toBe("check_expired");
    await advance(30_000);
    expect(polls()).toHaveLength(1);
  });

  test("network failures and 5xx are retried with a doubling pause, then followed as usual", async () => {
    let failing = 3;
    const { result, sandboxed, polls } = setup({
      between: (inner) => async (input, init) => {
        if ((init?.method ?? "GET") === "GET" && failing > 0) {
          failing -= 1;
          if (failing === 1) return new Response("<h1>Bad gateway</h1>", { status: 502 });
          throw new TypeError("Failed to fetch");
        }
        return inner(input, init);
      },
    });
    const started = await start(result);
    if (!started.ok) throw new Error("start failed");
    expect(result.current.state).toMatchObject({ status: "pending", attempts: 1 });
    expect(result.current.status === "pending" && result.current.retrying?.code).toBe("network_error");
    const times = () => polls().length;
    await advance(999);
    expect(times()).toBe(1);
    await advance(1); // 1 s
    expect(times()).toBe(2);
    await advance(2000); // 2 s more
    expect(times()).toBe(3);
    await advance(4000); // 4 s more: this one is held
    expect(times()).toBe(4);
    // The held poll is the connection working again; its answer is the one that shows.
    await phoneOpensAfter(sandboxed, started.check.url, 5);
    await advance();
    expect(result.current.status).toBe("verified");
  });

  test("only the catalogue's transient errors are retried: a 502 refusing the set-up ends the check at once", async () => {
    const answers = ["dqe_unreachable", "licence_invalid"] as const;
    const { result, polls } = setup({
      between: (inner) => async (input, init) => {
        const code = (init?.method ?? "GET") === "GET" ? answers[polls().length - 1] : undefined;
        if (code === undefined) return inner(input, init);
        return Response.json({ error: { code, retryable: code === "dqe_unreachable" } }, { status: 502 });
      },
    });
    await start(result);
    expect(result.current.status === "pending" && result.current.retrying?.code).toBe("dqe_unreachable");
    await advance(1000);
    expect(result.current.state).toMatchObject({ status: "failed", attempts: 2 });
    expect("error" in result.current && result.current.error.code).toBe("licence_invalid");
    await advance(30_000);
    expect(polls()).toHaveLength(2);
  });

  test("failures in a row end in error after the policy's limit", async () => {
    const { result, polls } = setup({
      between: (inner) => async (input, init) => {
        if ((init?.method ?? "GET") === "GET") throw new TypeError("Failed to fetch");
        return inner(input, init);
      },
      hook: { policy: { maxFailures: 3 } },
    });
    await start(result);
    await advance(10_000);
    expect(result.current.state).toMatchObject({ status: "error", fallbackToSms: false, attempts: 3 });
    expect(polls()).toHaveLength(3);
  });

  test("long polls cut by a proxy fall back to short polls with backoff, and the answer still shows", async () => {
    // A proxy that closes any request held more than 10 s.
    const { result, sandboxed, polls, requests } = setup({
      between: (inner) => (input, init) => {
        if (!String(input).includes("waitS=")) return inner(input, init);
        const controller = new AbortController();
        init?.signal?.addEventListener("abort", () => controller.abort());
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            controller.abort();
            reject(new TypeError("Failed to fetch"));
          }, 10_000);
          inner(input, { ...init, signal: controller.signal }).then(
            (response) => {
              clearTimeout(timer);
              resolve(response);
            },
            (error: unknown) => {
              clearTimeout(timer);
              reject(error);
            },
          );
        });
      },
    });
    const started = await start(result);
    if (!started.ok) throw new Error("start failed");
    await advance(20_000);
    expect(result.current.state).toMatchObject({ status: "pending", mode: "short" });
    expect(
      polls()
        .slice(0, 2)
        .map((poll) => poll.search),
    ).toEqual(["?waitS=25", "?waitS=25"]);
    expect(
      polls()
        .slice(2)
        .every((poll) => poll.search === ""),
    ).toBe(true);
    await phoneOpensAfter(sandboxed, started.check.url, 20);
    // Short polls are at most 5 s apart.
    await advance(5000);
    expect(result.current.status).toBe("verified");
    expect(requests.concurrency.max).toBe(1);
  });

  test("a server that answers long polls at once (an intermediary dropping waitS) also means short polls", async () => {
    const { result, polls } = setup({
      between: (inner) => (input, init) => inner(String(input).replace(/\?waitS=\d+/, ""), init),
    });
    await start(result);
    await advance(3000);
    expect(result.current.state).toMatchObject({ status: "pending", mode: "short" });
    // Two long polls answered early, then short polls 1 s, 1.5 s... apart: not a tight loop.
    expect(polls().length).toBeLessThanOrEqual(5);
  });

  test("keeps following while the page is hidden (the user is on the phone)", async () => {
    const { result, sandboxed } = setup();
    const started = await start(result);
    if (!started.ok) throw new Error("start failed");
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    await phoneOpensAfter(sandboxed, started.check.url, 40);
    await advance();
    expect(result.current.status).toBe("verified");
  });

  test("pauseWhenHidden: no poll while hidden, one at once when the page shows again", async () => {
    const { result, sandboxed, polls } = setup({ hook: { pauseWhenHidden: true } });
    const started = await start(result);
    if (!started.ok) throw new Error("start failed");
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    await advance(25_000); // the first long poll ends; no other starts
    expect(polls()).toHaveLength(1);
    await phoneOpensAfter(sandboxed, started.check.url, 10);
    await advance(20_000);
    expect(polls()).toHaveLength(1);
    expect(result.current.status).toBe("pending");
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
    await act(async () => {
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await advance();
    expect(result.current.status).toBe("verified");
    expect(polls()).toHaveLength(2);
  });

  test("cancel() aborts the poll in flight and stops", async () => {
    const { result, polls, requests } = setup();
    await start(result);
    await advance(5000);
    act(() => result.current.cancel());
    expect(result.current.status).toBe("idle");
    expect(polls()[0]?.signal?.aborted).toBe(true);
    await advance(120_000);
    expect(requests.started()).toBe(2);
  });

  test("unmount aborts the poll in flight and stops", async () => {
    const { result, polls, requests, unmount } = setup();
    await start(result);
    unmount();
    await advance();
    expect(polls()[0]?.signal?.aborted).toBe(true);
    await advance(120_000);
    expect(requests.started()).toBe(2);
  });

  test("restart() starts a new check of the same number", async () => {
    const { result, sandboxed, requests } = setup({ hook: { deadlineS: 30 } });
    const first = await start(result);
    await advance(30_000);
    expect(result.current.status).toBe("timed_out");
    let second: NumberVerifyStartResult | undefined;
    await act(async () => {
      second = await result.current.restart();
    });
    expect(second?.ok && first.ok && second.check.checkId !== first.check.checkId).toBe(true);
    expect(requests.started("/api/number-verify/start")).toBe(2);
    if (!second?.ok) return;
    await phoneOpensAfter(sandboxed, second.check.url, 2);
    await advance();
    expect(result.current.status).toBe("verified");
  });

  test("a limit's wait holds: restart() and a start of the same number wait for it without a request", async () => {
    const { result, requests } = setup({ limits: { checksPerNumber: 1, windowS: 60 } });
    await start(result);
    act(() => result.current.cancel());
    const limited = await start(result);
    expect(!limited.ok && limited.error.code).toBe("too_many_checks");
    expect(result.current.state).toMatchObject({ status: "failed", retryAt: Date.now() + 60_000 });
    await advance(20_000);
    let restarted: NumberVerifyStartResult | undefined;
    await act(async () => {
      restarted = await result.current.restart();
    });
    expect(restarted).toMatchObject({ ok: false, error: { code: "too_many_checks", retryAfterS: 40 } });
    expect((await start(result)).ok).toBe(false);
    expect(requests.started("/api/number-verify/start")).toBe(2);
    expect(result.current.status).toBe("failed");
    await advance(40_000);
    await act(async () => {
      restarted = await result.current.restart();
    });
    expect(restarted?.ok).toBe(true);
    expect(requests.started("/api/number-verify/start")).toBe(3);
  });

  test("StrictMode: a start in a mount effect makes one check", async () => {
    const { adapter, requests } = sandboxedAdapter();
    const view = render(
      <StrictMode>
        <VerificationProvider adapter={adapter}>
          <StartOnMount />
        </VerificationProvider>
      </StrictMode>,
    );
    await advance();
    expect(view.container.textContent).toBe("pending");
    expect(requests.started("/api/number-verify/start")).toBe(1);
    expect(requests.started()).toBe(2);
  });

  test("the check's latest status is a TanStack query in the app's client; onVerified and onSettled once", async () => {
    const onVerified = vi.fn();
    const onSettled = vi.fn();
    const { result, sandboxed, queryClient } = setup({ hook: { onVerified, onSettled } });
    const started = await start(result);
    if (!started.ok) throw new Error("start failed");
    await phoneOpensAfter(sandboxed, started.check.url, 1);
    await advance();
    expect(queryClient.getQueryData(numberVerifyKeys.status(started.check.checkId))).toEqual({
      status: "verified",
    });
    expect(onVerified).toHaveBeenCalledTimes(1);
    expect(onSettled).toHaveBeenCalledTimes(1);
  });
});
