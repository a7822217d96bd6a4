import { act, cleanup, render } from "@testing-library/react";
import { useEffect } from "react";
import { vi } from "vitest";
import {
  type NumberVerifyPollState,
  type PollPolicy,
  useNumberVerifyPoll,
  VerificationProvider,
} from "../src/index.js";
import { sandboxedAdapter } from "../src/testSupport/sandboxedAdapter.js";

export interface PollScenario {
  /** Seconds between the start answer and the phone opening the operator page. */
  readonly operatorWaitS: number;
  readonly policy: Partial<PollPolicy>;
  /** A proxy between the browser and the API that cuts requests held longer than this. */
  readonly proxyCutsAfterMs?: number;
  /** How long each DQE call takes in the sandbox, in virtual ms. */
  readonly dqeLatencyMs: number;
}

export interface PollFigures {
  /** Requests the browser made: the start and every poll. */
  readonly requests: number;
  readonly polls: number;
  readonly finalStatus: string;
  /** Virtual ms from the server knowing the answer to React showing it. */
  readonly delayMs: number;
  /** The polling mode when the answer showed. */
  readonly mode: string;
}

const phone = "+33600000001";
const stepMs = 20;

function cuttingProxy(cutAfterMs: number) {
  return (inner: typeof fetch): typeof fetch =>
    (input, init) => {
      if (!String(input).includes("waitS=")) return inner(input, init);
      const controller = new AbortController();
      init?.signal?.addEventListener("abort", () => controller.abort());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          controller.abort();
          reject(new TypeError("Failed to fetch"));
        }, cutAfterMs);
        inner(input, { ...init, signal: controller.signal }).then(
          (answer) => {
            clearTimeout(timer);
            resolve(answer);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        );
      });
    };
}

/** The screen of the check: starts on mount, reports each committed state with the virtual time. */
function CheckScreen(props: {
  policy: Partial<PollPolicy>;
  onCommit: (state: NumberVerifyPollState) => void;
}) {
  const check = useNumberVerifyPoll({ policy: props.policy });
  const { start, state } = check;
  const { onCommit } = props;
  useEffect(() => {
    void start(phone);
  }, [start]);
  useEffect(() => {
    onCommit(state);
  }, [state, onCommit]);
  return <p>{state.status}</p>;
}

/**
 * One operator check in virtual time, through the real hook, the real browser client, the real API and
 * the sandbox in this process: the phone opens the operator page after `operatorWaitS`; the figures are
 * the browser's requests and how long after the server knew the answer React showed it.
 */
export async function runPollScenario(scenario: PollScenario): Promise<PollFigures> {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9, 0, 0) });
  try {
    const { adapter, requests, sandboxed } = sandboxedAdapter({
      sandbox: { latencyMs: scenario.dqeLatencyMs },
      ...(scenario.proxyCutsAfterMs === undefined
        ? {}
        : { between: cuttingProxy(scenario.proxyCutsAfterMs) }),
    });
    // Assigned from React effects: read through `now()` so that TypeScript does not narrow it.
    let latest = { status: "idle" } as NumberVerifyPollState;
    const now = () => latest;
    let shownAt: number | undefined;
    let mode = "long";
    const onCommit = (state: NumberVerifyPollState) => {
      latest = state;
      if (state.status === "pending") mode = state.mode;
      if (
        shownAt === undefined &&
        state.status !== "idle" &&
        state.status !== "starting" &&
        state.status !== "pending"
      ) {
        shownAt = Date.now();
      }
    };
    render(
      <VerificationProvider adapter={adapter}>
        <CheckScreen policy={scenario.policy} onCommit={onCommit} />
      </VerificationProvider>,
    );
    const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
    while (latest.status !== "pending") {
      if (latest.status !== "idle" && latest.status !== "starting")
        throw new Error(`start ended ${latest.status}`);
      await advance(stepMs);
    }
    const url = latest.url;
    await advance(scenario.operatorWaitS * 1000 - stepMs);
    let knownAt: number | undefined;
    void sandboxed.openOperatorUrl(url).then(() => {
      knownAt = Date.now();
    });
    const limit = Date.now() + 150_000;
    while (shownAt === undefined && Date.now() < limit) await advance(stepMs);
    if (shownAt === undefined || knownAt === undefined) throw new Error("the answer never showed");
    const polls = requests.seen.filter((request) => request.method === "GET").length;
    return {
      requests: requests.started("/api/number-verify/"),
      polls,
      finalStatus: now().status,
      delayMs: Math.max(0, shownAt - knownAt),
      mode,
    };
  } finally {
    cleanup();
    vi.useRealTimers();
  }
}
