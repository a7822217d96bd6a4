import { QueryClientProvider } from "@tanstack/react-query";
import { act, render } from "@testing-library/react";
import type { VerificationAdapter } from "@verify-kit/core/flows";
import { type ReactNode, StrictMode, useEffect } from "react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  type PinActionResult,
  type PinVerification,
  type PinVerificationState,
  pinMutationKeys,
  usePinVerification,
  useResendCountdown,
  VerificationProvider,
  VerificationUsageError,
} from "../index.js";
import { advance, renderWithProvider } from "../testSupport/renderWithProvider.js";
import { sandboxedAdapter, testPin, testQueryClient } from "../testSupport/sandboxedAdapter.js";

const phone = "+33600000001";
const startedAt = Date.UTC(2026, 0, 5, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: startedAt });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Sends on mount, and checks the code in an effect once it is sent. */
function SendAndCheckOnMount({ onVerified }: { onVerified: () => void }) {
  const { send, check, status } = usePinVerification({ onVerified });
  useEffect(() => {
    void send({ phone });
  }, [send]);
  useEffect(() => {
    if (status === "sent") void check(testPin);
  }, [status, check]);
  return <p>{status}</p>;
}

function Bare() {
  usePinVerification();
  return null;
}

function Countdown({
  state,
  onCountdown,
}: {
  state: PinVerificationState;
  onCountdown: (s: number) => void;
}) {
  const { resendIn, canResend } = useResendCountdown(state);
  onCountdown(resendIn);
  return <span>{canResend ? "resend now" : `resend in ${resendIn} s`}</span>;
}

/** The flow's component renders the countdown's; each reports its renders. */
function FlowWithCountdown(props: {
  onRender: (flow: PinVerification) => void;
  onCountdown: (s: number) => void;
}) {
  const flow = usePinVerification();
  props.onRender(flow);
  return <Countdown state={flow.state} onCountdown={props.onCountdown} />;
}

/** Runs an action inside act and lets its request settle. */
async function perform(action: () => Promise<PinActionResult>): Promise<PinActionResult> {
  let promise: Promise<PinActionResult> | undefined;
  await act(async () => {
    promise = action();
  });
  await advance();
  return (await promise) as PinActionResult;
}

describe("usePinVerification: the flow against the real API and sandbox", () => {
  test("send, then check the right code: verified once, with the consent channels", async () => {
    const { adapter, sandboxed } = sandboxedAdapter();
    const onVerified = vi.fn();
    const { result } = renderWithProvider(() => usePinVerification({ onVerified }), { adapter });
    expect(result.current.status).toBe("idle");

    const consent = { phone: false, post: false, sms: true, email: true };
    const sent = await perform(() => result.current.send({ phone, consent }));
    expect(sent.ok).toBe(true);
    expect(result.current.state).toMatchObject({
      status: "sent",
      to: phone,
      expiresAt: startedAt + 180_000,
      resendAvailableAt: startedAt,
      attemptsLeft: 5,
      resendsLeft: 3,
    });

    const checked = await perform(() => result.current.check(testPin));
    expect(checked.ok).toBe(true);
    expect(result.current.state).toMatchObject({ status: "verified", to: phone, channels: consent });
    expect(onVerified).toHaveBeenCalledTimes(1);
    expect(sandboxed.apiRequests.count("/api/pin/send")).toBe(1);
    expect(sandboxed.apiRequests.count("/api/pin/check")).toBe(1);
  });

  test("a wrong code is rejected with the attempts left, and the last one locks", async () => {
    const { adapter } = sandboxedAdapter({ limits: { maxAttempts: 2 } });
    const { result } = renderWithProvider(() => usePinVerification(), { adapter });
    await perform(() => result.current.send({ phone }));
    const first = await perform(() => result.current.check("000000"));
    expect(first.ok).toBe(false);
    expect(result.current.state).toMatchObject({ status: "rejected", attemptsLeft: 1 });
    expect(result.current.status === "rejected" && result.current.error.code).toBe("pin_invalid");
    await perform(() => result.current.check("111111"));
    expect(result.current.status).toBe("locked");
    const after = await perform(() => result.current.check(testPin));
    expect(!after.ok && after.error.code).toBe("verification_locked");
  });

  test("an undeliverable SMS and a failing DQE have their own statuses", async () => {
    const { adapter } = sandboxedAdapter();
    const { result } = renderWithProvider(() => usePinVerification(), { adapter });
    await perform(() => result.current.send({ phone: "+33600000002" }));
    expect(result.current.state).toMatchObject({ status: "undeliverable", phone: "+33600000002" });

    await perform(() => result.current.send({ phone: "+33600000500" }));
    expect(result.current.state).toMatchObject({ status: "error", failed: "send", retryable: true });
  });

  test("a limit answers 429 with retryAfterS, shown in the error state", async () => {
    const { adapter } = sandboxedAdapter({ limits: { sendsPerNumber: 1, windowS: 600 } });
    const { result } = renderWithProvider(() => usePinVerification(), { adapter });
    await perform(() => result.current.send({ phone }));
    await perform(() => result.current.send({ phone }));
    expect(result.current.state).toMatchObject({ status: "error", retryable: true, retryAfterS: 600 });
    expect(result.current.status === "error" && result.current.error.httpStatus).toBe(429);
  });

  test("the code expires on its own clock: status expired, and no request to check it", async () => {
    const { adapter, sandboxed } = sandboxedAdapter({ sms: { pinTtlS: 60 } });
    const { result } = renderWithProvider(() => usePinVerification(), { adapter });
    await perform(() => result.current.send({ phone }));
    expect(result.current.state).toMatchObject({ status: "sent", expiresAt: startedAt + 60_000 });
    await advance(59_999);
    expect(result.current.status).toBe("sent");
    await advance(1);
    expect(result.current.status).toBe("expired");
    const checked = await perform(() => result.current.check(testPin));
    expect(!checked.ok && checked.error.code).toBe("pin_expired");
    expect(sandboxed.apiRequests.count("/api/pin/check")).toBe(0);
    // A resend gives a new code and a new lifetime.
    await perform(() => result.current.resend());
    expect(result.current.state).toMatchObject({ status: "sent", expiresAt: startedAt + 120_000 });
  });

  test("resend waits for the cooldown: refused before it without a request, sent after it", async () => {
    const { adapter, sandboxed } = sandboxedAdapter({ limits: { resendCooldownS: 30 } });
    const { result } = renderWithProvider(() => usePinVerification(), { adapter });
    await perform(() => result.current.send({ phone }));
    expect(result.current.state).toMatchObject({ resendAvailableAt: startedAt + 30_000 });
    const early = await perform(() => result.current.resend());
    expect(!early.ok && early.error.code).toBe("resend_cooldown");
    expect(!early.ok && "retryAfterS" in early.error && early.error.retryAfterS).toBe(30);
    expect(sandboxed.apiRequests.count("/api/pin/resend")).toBe(0);
    await advance(30_000);
    const resent = await perform(() => result.current.resend());
    expect(resent.ok).toBe(true);
    expect(result.current.state).toMatchObject({ status: "sent", resendsLeft: 2 });
    expect(sandboxed.apiRequests.count("/api/pin/resend")).toBe(1);
  });

  test("a resend's limit holds for the session: after too_many_sends and a wrong code, no resend goes out until its time", async () => {
    const { adapter, sandboxed } = sandboxedAdapter({ limits: { sendsPerNumber: 1, windowS: 600 } });
    const { result } = renderWithProvider(
      () => {
        const flow = usePinVerification();
        return { flow, countdown: useResendCountdown(flow.state) };
      },
      { adapter },
    );
    await perform(() => result.current.flow.send({ phone }));
    const limited = await perform(() => result.current.flow.resend());
    expect(!limited.ok && limited.error.code).toBe("too_many_sends");
    expect(result.current.flow.state).toMatchObject({ status: "error", retryAt: startedAt + 600_000 });
    await perform(() => result.current.flow.check("000000"));
    expect(result.current.flow.status).toBe("rejected");
    expect(result.current.countdown).toEqual({ resendIn: 600, canResend: false });
    const refused = await perform(() => result.current.flow.resend());
    expect(!refused.ok && refused.error.code).toBe("too_many_sends");
    expect(!refused.ok && "retryAfterS" in refused.error && refused.error.retryAfterS).toBe(600);
    expect(sandboxed.apiRequests.count("/api/pin/resend")).toBe(1);
    await advance(599_000);
    expect(result.current.countdown).toEqual({ resendIn: 1, canResend: false });
    await advance(1000);
    expect(result.current.countdown).toEqual({ resendIn: 0, canResend: true });
    // Its time has come: the resend goes out (the server's window, and this verification with it, ended).
    await perform(() => result.current.flow.resend());
    expect(sandboxed.apiRequests.count("/api/pin/resend")).toBe(2);
  });

  test("a send's limit holds for its number: the same number again is refused without a request, another goes", async () => {
    const { adapter, sandboxed } = sandboxedAdapter({ limits: { sendsPerNumber: 1, windowS: 60 } });
    const { result } = renderWithProvider(() => usePinVerification(), { adapter });
    await perform(() => result.current.send({ phone }));
    await perform(() => result.current.send({ phone }));
    expect(result.current.state).toMatchObject({ status: "error", retryAt: startedAt + 60_000 });
    await advance(20_000);
    const again = await perform(() => result.current.send({ phone }));
    expect(!again.ok && again.error.code).toBe("too_many_sends");
    expect(!again.ok && "retryAfterS" in again.error && again.error.retryAfterS).toBe(40);
    expect(sandboxed.apiRequests.count("/api/pin/send")).toBe(2);
    const other = await perform(() => result.current.send({ phone: "+33600000005" }));
    expect(other.ok).toBe(true);
  });

  test("locale goes with the send and every resend: the SMS is written in the page's language", async () => {
    const { adapter, sandboxed } = sandboxedAdapter();
    let locale = "fr";
    const { result, rerender } = renderWithProvider(() => usePinVerification({ locale }), { adapter });
    await perform(() => result.current.send({ phone }));
    expect(sandboxed.messages(phone).map((sms) => sms.text)).toEqual([
      `Votre code de confirmation : ${testPin}`,
    ]);
    // The page switched to English: the next SMS follows it.
    locale = "en";
    rerender();
    await perform(() => result.current.resend());
    expect(sandboxed.messages(phone)[0]?.text).toBe(`Your verification code: ${testPin}`);
  });
});

describe("usePinVerification: guarantees", () => {
  test("a completed code is checked exactly once: auto-submit, Enter and a double click make one request", async () => {
    const { adapter, sandboxed, requests } = sandboxedAdapter();
    const onVerified = vi.fn();
    const { result } = renderWithProvider(() => usePinVerification({ onVerified }), { adapter });
    await perform(() => result.current.send({ phone }));
    requests.delay("/api/pin/check", 800);

    const results: Promise<PinActionResult>[] = [];
    await act(async () => {
      results.push(result.current.check(testPin)); // auto-submit when the last digit lands
      results.push(result.current.check(testPin)); // Enter
      results.push(result.current.check(testPin)); // first click
      results.push(result.current.check(testPin)); // second click
    });
    expect(result.current.status).toBe("checking");
    await advance(800);
    const settled = await Promise.all(results);
    expect(settled.every((r) => r.ok)).toBe(true);
    // A click after the answer changes nothing either.
    const late = await perform(() => result.current.check(testPin));
    expect(late.ok).toBe(true);
    expect(requests.started("/api/pin/check")).toBe(1);
    expect(sandboxed.apiRequests.count("/api/pin/check")).toBe(1);
    expect(onVerified).toHaveBeenCalledTimes(1);
  });

  test("another code while one is being checked is refused as busy, without a request", async () => {
    const { adapter, sandboxed, requests } = sandboxedAdapter();
    const { result } = renderWithProvider(() => usePinVerification(), { adapter });
    await perform(() => result.current.send({ phone }));
    requests.delay("/api/pin/check", 500);
    let other: Promise<PinActionResult> | undefined;
    await act(async () => {
      void result.current.check(testPin);
      other = result.current.check("999999");
    });
    const refused = await other;
    expect(refused?.ok).toBe(false);
    expect(refused && !refused.ok && refused.error).toBeInstanceOf(VerificationUsageError);
    expect(refused && !refused.ok && refused.error.code).toBe("busy");
    await advance(500);
    expect(sandboxed.apiRequests.count("/api/pin/check")).toBe(1);
  });

  test("in StrictMode, a screen that sends on mount and checks in an effect makes one request each", async () => {
    const { adapter, sandboxed, requests } = sandboxedAdapter();
    const onVerified = vi.fn();
    const view = render(
      <StrictMode>
        <VerificationProvider adapter={adapter}>
          <SendAndCheckOnMount onVerified={onVerified} />
        </VerificationProvider>
      </StrictMode>,
    );
    await advance();
    await advance();
    expect(view.container.textContent).toBe("verified");
    // Started by the client (an aborted duplicate would count here), and received by the server.
    expect(requests.started("/api/pin/")).toBe(2);
    expect(sandboxed.apiRequests.count("/api/pin/send")).toBe(1);
    expect(sandboxed.apiRequests.count("/api/pin/check")).toBe(1);
    expect(onVerified).toHaveBeenCalledTimes(1);
  });

  test("check before a code was sent is a typed error, not a request", async () => {
    const { adapter, sandboxed, requests } = sandboxedAdapter();
    const { result } = renderWithProvider(() => usePinVerification(), { adapter });
    const checked = await perform(() => result.current.check(testPin));
    expect(checked.ok).toBe(false);
    expect(requests.started()).toBe(0);
    if (checked.ok) return;
    expect(checked.error).toBeInstanceOf(VerificationUsageError);
    expect(checked.error.code).toBe("not_sent");
    expect(result.current.status).toBe("idle");
    expect(sandboxed.apiRequests.count()).toBe(0);
    const resent = await perform(() => result.current.resend());
    expect(!resent.ok && resent.error.code).toBe("not_sent");
    expect(sandboxed.apiRequests.count()).toBe(0);
  });

  test("a malformed code is refused before any request; other scripts' digits are read", async () => {
    const { adapter, sandboxed } = sandboxedAdapter();
    const { result } = renderWithProvider(() => usePinVerification(), { adapter });
    await perform(() => result.current.send({ phone }));
    const short = await perform(() => result.current.check("12345"));
    expect(!short.ok && short.error.code).toBe("pin_malformed");
    expect(sandboxed.apiRequests.count("/api/pin/check")).toBe(0);
    // The test PIN 246810 typed on an Arabic keyboard.
    const arabic = await perform(() => result.current.check("٢٤٦٨١٠"));
    expect(arabic.ok).toBe(true);
  });

  test("a code has DQE's 6 digits: a codeLength from an untyped caller changes nothing, and 4 digits make no request", async () => {
    const { adapter, sandboxed } = sandboxedAdapter();
    // @ts-expect-error codeLength is gone: DQE's PINs have 6 digits (GDPR_VERIF refuses any other length).
    const { result } = renderWithProvider(() => usePinVerification({ codeLength: 4 }), { adapter });
    await perform(() => result.current.send({ phone }));
    const four = await perform(() => result.current.check("1234"));
    expect(!four.ok && four.error.code).toBe("pin_malformed");
    expect(sandboxed.apiRequests.count("/api/pin/check")).toBe(0);
    expect((await perform(() => result.current.check(testPin))).ok).toBe(true);
  });

  test("an answer arriving after changeNumber() is dropped and its request aborted", async () => {
    const { adapter, sandboxed, requests } = sandboxedAdapter();
    const onVerified = vi.fn();
    const { result } = renderWithProvider(() => usePinVerification({ onVerified }), { adapter });
    await perform(() => result.current.send({ phone }));
    requests.delay("/api/pin/check", 5000);
    let pending: Promise<PinActionResult> | undefined;
    await act(async () => {
      pending = result.current.check(testPin);
    });
    const checkRequest = requests.seen.find((request) => request.path === "/api/pin/check");
    expect(checkRequest?.signal?.aborted).toBe(false);
    act(() => result.current.changeNumber());
    expect(checkRequest?.signal?.aborted).toBe(true);
    expect(result.current.state).toEqual({ status: "idle", phone });
    await advance(5000);
    const dropped = await pending;
    expect(!dropped?.ok && dropped?.error.code).toBe("aborted");
    expect(result.current.state).toEqual({ status: "idle", phone });
    expect(onVerified).not.toHaveBeenCalled();
    expect(sandboxed.apiRequests.count("/api/pin/check")).toBe(0);
  });

  test("out of order: a slow answer for the old number that ignores the abort cannot overwrite the new one", async () => {
    const { adapter: real, sandboxed } = sandboxedAdapter();
    // An adapter that never aborts: only the flow's own bookkeeping can drop the stale answer.
    const slowFirst: VerificationAdapter = {
      ...real,
      sendPin: async (body) => {
        if (body.phone === "+33600000003") await new Promise((resolve) => setTimeout(resolve, 3000));
        return real.sendPin(body);
      },
    };
    const { result } = renderWithProvider(() => usePinVerification(), { adapter: slowFirst });
    let first: Promise<PinActionResult> | undefined;
    await act(async () => {
      first = result.current.send({ phone: "+33600000003" });
    });
    act(() => result.current.changeNumber());
    await perform(() => result.current.send({ phone }));
    expect(result.current.state).toMatchObject({ status: "sent", to: phone });
    await advance(3000);
    expect((await first)?.ok).toBe(false);
    expect(result.current.state).toMatchObject({ status: "sent", to: phone });
    expect(sandboxed.apiRequests.count("/api/pin/send")).toBe(2);
  });

  test("unmounting mid-request aborts it and drops the answer", async () => {
    const { adapter, requests } = sandboxedAdapter();
    const onVerified = vi.fn();
    const { result, unmount } = renderWithProvider(() => usePinVerification({ onVerified }), { adapter });
    await perform(() => result.current.send({ phone }));
    requests.delay("/api/pin/check", 2000);
    let pending: Promise<PinActionResult> | undefined;
    await act(async () => {
      pending = result.current.check(testPin);
    });
    unmount();
    await advance();
    const checkRequest = requests.seen.find((request) => request.path === "/api/pin/check");
    expect(checkRequest?.signal?.aborted).toBe(true);
    await advance(2000);
    expect((await pending)?.ok).toBe(false);
    expect(onVerified).not.toHaveBeenCalled();
  });

  test("the PIN is held only for the request: not in state, mutation cache or storage afterwards", async () => {
    const { adapter, requests } = sandboxedAdapter();
    const queryClient = testQueryClient();
    const { result } = renderWithProvider(() => usePinVerification(), { adapter, queryClient });
    await perform(() => result.current.send({ phone }));
    requests.delay("/api/pin/check", 100);
    await act(async () => {
      void result.current.check(testPin);
    });
    const seen = () =>
      JSON.stringify([
        result.current.state,
        queryClient
          .getMutationCache()
          .getAll()
          .map((mutation) => mutation.state),
        String(queryClient.getMutationCache().find({ mutationKey: pinMutationKeys.check })?.state.variables),
        { ...localStorage },
        { ...sessionStorage },
      ]);
    expect(result.current.status).toBe("checking");
    expect(seen()).not.toContain(testPin);
    await advance(100);
    expect(result.current.status).toBe("verified");
    expect(seen()).not.toContain(testPin);
    const variables = queryClient.getMutationCache().find({ mutationKey: pinMutationKeys.check })?.state
      .variables as { pin: { take(): string } };
    expect(variables.pin.take()).toBe("");
  });

  test("runs on the app's QueryClient when there is one", async () => {
    const { adapter } = sandboxedAdapter();
    const appClient = testQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={appClient}>
        <VerificationProvider adapter={adapter}>{children}</VerificationProvider>
      </QueryClientProvider>
    );
    const { renderHook } = await import("@testing-library/react");
    const { result } = renderHook(() => usePinVerification(), { wrapper });
    await perform(() => result.current.send({ phone }));
    expect(appClient.getMutationCache().findAll({ mutationKey: pinMutationKeys.send })).toHaveLength(1);
  });

  test("outside a VerificationProvider, a clear error", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Bare />)).toThrow(/inside a <VerificationProvider/);
    spy.mockRestore();
  });
});

describe("useResendCountdown", () => {
  test("counts down in whole seconds, re-rendering only the component that reads it, once a second", async () => {
    const { adapter } = sandboxedAdapter({ limits: { resendCooldownS: 30 } });
    const renders = { flow: 0, countdown: 0 };
    const shown: number[] = [];
    let flow: PinVerification | undefined;
    const view = render(
      <VerificationProvider adapter={adapter}>
        <FlowWithCountdown
          onRender={(current) => {
            renders.flow += 1;
            flow = current;
          }}
          onCountdown={(resendIn) => {
            renders.countdown += 1;
            shown.push(resendIn);
          }}
        />
      </VerificationProvider>,
    );
    await act(async () => {
      void flow?.send({ phone });
    });
    await advance(500); // half a second after the answer
    expect(view.container.textContent).toBe("resend in 30 s");
    const before = { ...renders };
    await advance(29_500);
    expect(view.container.textContent).toBe("resend now");
    expect(renders.flow - before.flow).toBe(0);
    // 30 s → 0 s: one render per second that changed the number, none in between.
    expect(renders.countdown - before.countdown).toBe(30);
    expect(shown.slice(-31)).toEqual(Array.from({ length: 31 }, (_, i) => 30 - i));
    await advance(10_000);
    expect(renders.countdown - before.countdown).toBe(30);
  });
});
