// The hooks headless in Chromium, as the README's example uses them: what hiding (<Activity>), StrictMode's
// double mount and an unmount do to a flow with a request under way, and the limits the state must keep.
import { act, cleanup, render } from "@testing-library/react";
import { Activity, type ReactNode, StrictMode } from "react";
import { afterEach, expect, test, vi } from "vitest";
import {
  type NumberVerifyPoll,
  type PinVerification,
  type ResendCountdown,
  useNumberVerifyPoll,
  usePinVerification,
  useResendCountdown,
  VerificationProvider,
} from "./index.js";
import { sandboxedAdapter, testPin, testQueryClient } from "./testSupport/sandboxedAdapter.js";

const phone = "+33600000001";
// Far longer than any test: a request delayed this long is one that never answers by itself.
const never = 3_600_000;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The latest value each probe rendered, read by the test. */
const seen: { pin?: PinVerification; countdown?: ResendCountdown; poll?: NumberVerifyPoll } = {};

function PinProbe({ options }: { readonly options?: object }) {
  const flow = usePinVerification(options);
  seen.pin = flow;
  seen.countdown = useResendCountdown(flow.state);
  return <output data-testid="pin">{flow.status}</output>;
}

function PollProbe({ deadlineS }: { readonly deadlineS?: number }) {
  const poll = useNumberVerifyPoll({ deadlineS });
  seen.poll = poll;
  return <output data-testid="poll">{poll.status}</output>;
}

function setup(options: Parameters<typeof sandboxedAdapter>[0] = {}) {
  const api = sandboxedAdapter(options);
  const queryClient = testQueryClient();
  const tree = (children: ReactNode, mode: "visible" | "hidden" = "visible") => (
    <VerificationProvider adapter={api.adapter} queryClient={queryClient}>
      <Activity mode={mode}>{children}</Activity>
    </VerificationProvider>
  );
  return { ...api, tree };
}

const shown = (id: "pin" | "poll") => document.querySelector(`[data-testid="${id}"]`)?.textContent;

/** Runs an action of a flow inside act, and returns what it resolved with. */
async function perform<T>(action: () => Promise<T>): Promise<T> {
  let result: Promise<T> | undefined;
  await act(async () => {
    result = action();
  });
  return (await result) as T;
}

test("defect 1: a send under way when <Activity> hides the flow settles, and shown again the flow is not stuck sending", async () => {
  const api = setup();
  const view = render(api.tree(<PinProbe />));
  api.requests.delay("/api/pin/send", never);
  let sending: Promise<unknown> | undefined;
  await act(async () => {
    sending = seen.pin?.send({ phone });
  });
  expect(shown("pin")).toBe("sending");
  const request = api.requests.seen.find((seenRequest) => seenRequest.path === "/api/pin/send");
  view.rerender(api.tree(<PinProbe />, "hidden"));
  // Hidden: the request is aborted, and the send answers instead of waiting for ever.
  await expect.poll(() => request?.signal?.aborted, { timeout: 5000 }).toBe(true);
  await expect(sending).resolves.toMatchObject({ ok: false, error: { code: "aborted" } });
  view.rerender(api.tree(<PinProbe />));
  await expect.poll(() => shown("pin"), { timeout: 5000 }).not.toBe("sending");
  // And it can send again.
  const again = await perform(() => (seen.pin as PinVerification).send({ phone }));
  expect(again.ok).toBe(true);
  expect(shown("pin")).toBe("sent");
});

test("defect 1: a pending operator check hidden by <Activity> is followed again when shown: a new poll goes out", async () => {
  const api = setup();
  const view = render(api.tree(<PollProbe />));
  const started = await perform(() => (seen.poll as NumberVerifyPoll).start(phone));
  expect(started.ok).toBe(true);
  expect(shown("poll")).toBe("pending");
  view.rerender(api.tree(<PollProbe />, "hidden"));
  const polls = () => api.requests.seen.filter((request) => request.method === "GET").length;
  // Hidden: the poll in flight is aborted, and none follows.
  await expect.poll(() => api.requests.concurrency.now, { timeout: 5000 }).toBe(0);
  const before = polls();
  view.rerender(api.tree(<PollProbe />));
  await expect.poll(polls, { timeout: 5000 }).toBeGreaterThan(before);
  // The phone opens the page: the check ends verified.
  if (started.ok) await api.sandboxed.openOperatorUrl(started.check.url);
  await expect.poll(() => shown("poll"), { timeout: 10_000 }).toBe("verified");
});

test("defect 1: a pending operator check shown again after its deadline ends as timed out, without waiting", async () => {
  const api = setup();
  const view = render(api.tree(<PollProbe deadlineS={120} />));
  const started = await perform(() => (seen.poll as NumberVerifyPoll).start(phone));
  expect(started.ok).toBe(true);
  view.rerender(api.tree(<PollProbe deadlineS={120} />, "hidden"));
  await expect.poll(() => api.requests.concurrency.now, { timeout: 5000 }).toBe(0);
  // Hidden for longer than the check's deadline (the clock jumps: no real wait).
  const later = Date.now() + 121_000;
  vi.spyOn(Date, "now").mockReturnValue(later);
  view.rerender(api.tree(<PollProbe deadlineS={120} />));
  await expect.poll(() => shown("poll"), { timeout: 5000 }).toBe("timed_out");
});

test("defect 2: after too_many_sends on a resend and a wrong code, Resend stays refused until the limit's time, with no request", async () => {
  const api = setup({ limits: { sendsPerNumber: 1, windowS: 3600 } });
  render(api.tree(<PinProbe />));
  const flow = () => seen.pin as PinVerification;
  expect((await perform(() => flow().send({ phone }))).ok).toBe(true);
  const limited = await perform(() => flow().resend());
  expect(!limited.ok && limited.error.code).toBe("too_many_sends");
  await perform(() => flow().check("000000"));
  expect(shown("pin")).toBe("rejected");
  expect(seen.countdown?.canResend).toBe(false);
  expect(seen.countdown?.resendIn).toBeGreaterThan(3500);
  const refused = await perform(() => flow().resend());
  expect(!refused.ok && refused.error.code).toBe("too_many_sends");
  expect(api.sandboxed.apiRequests.count("/api/pin/resend")).toBe(1);
});

test("defect 3: a codeLength from an untyped caller changes nothing: 4 digits make no request, DQE's 6 verify", async () => {
  const api = setup();
  render(api.tree(<PinProbe options={{ codeLength: 4 }} />));
  const flow = () => seen.pin as PinVerification;
  await perform(() => flow().send({ phone }));
  const four = await perform(() => flow().check("2468"));
  expect(!four.ok && four.error.code).toBe("pin_malformed");
  expect(api.sandboxed.apiRequests.count("/api/pin/check")).toBe(0);
  expect((await perform(() => flow().check(testPin))).ok).toBe(true);
  expect(shown("pin")).toBe("verified");
});

test("StrictMode: mounted twice, the flow makes one request per action and reaches verified", async () => {
  const api = setup();
  render(<StrictMode>{api.tree(<PinProbe />)}</StrictMode>);
  const flow = () => seen.pin as PinVerification;
  expect((await perform(() => flow().send({ phone }))).ok).toBe(true);
  expect((await perform(() => flow().check(testPin))).ok).toBe(true);
  expect(shown("pin")).toBe("verified");
  expect(api.sandboxed.apiRequests.count("/api/pin/send")).toBe(1);
  expect(api.sandboxed.apiRequests.count("/api/pin/check")).toBe(1);
});

test("an unmount during a check aborts its request, which answers as aborted: nothing is left in flight", async () => {
  const api = setup();
  const view = render(api.tree(<PinProbe />));
  const flow = seen.pin as PinVerification;
  await perform(() => flow.send({ phone }));
  api.requests.delay("/api/pin/check", never);
  let checking: Promise<unknown> | undefined;
  await act(async () => {
    checking = flow.check(testPin);
  });
  view.unmount();
  await expect(checking).resolves.toMatchObject({ ok: false, error: { code: "aborted" } });
  await expect.poll(() => api.requests.concurrency.now, { timeout: 5000 }).toBe(0);
});
