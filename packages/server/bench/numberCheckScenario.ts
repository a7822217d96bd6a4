import { createDqeClient } from "@verify-kit/core/dqe";
import { createVerifyApi } from "../src/api/createVerifyApi.js";
import { createLogger } from "../src/api/logger.js";
import { countingFetch } from "../src/inProcess/countingFetch.js";
import { createSandbox, SANDBOX_LICENCE } from "../src/sandbox/index.js";
import { createNaiveCheckProxy } from "./naiveCheckProxy.js";
import { advanceUntil, installVirtualClock } from "./virtualClock.js";

export interface NumberCheckScenario {
  /** Seconds between the start answer and the phone opening the operator URL. */
  readonly operatorWaitS: number;
  /** The adapter with long polling, or the naive proxy polled every second. */
  readonly server: "adapter" | "naive";
  /** Whether the phone follows DQE's redirect back to the callback; otherwise it never comes back. */
  readonly redirect: boolean;
  /** Browser tabs polling the same check. */
  readonly tabs: number;
  /** How long each DQE call takes, in virtual milliseconds. */
  readonly dqeLatencyMs: number;
  /** The adapter's long poll, in seconds. */
  readonly waitS: number;
  /** The naive browser's pause after each answer, in milliseconds. */
  readonly naivePollMs: number;
}

export interface NumberCheckFigures {
  /** DQE retrievals (`/GET/`) from the start to the last tab seeing the final status. */
  readonly retrievals: number;
  /** Every DQE call, ACCESS_TOKEN and IDMOBILE included. */
  readonly dqeCalls: number;
  /** Requests the browser tabs made, all together. */
  readonly polls: number;
  readonly finalStatus: string;
  /** Virtual ms from the start answer to the operator settling the check. */
  readonly settledAtMs: number;
  /** Virtual ms from the operator settling the check to the last tab seeing the final status. */
  readonly delayMs: number;
}

const apiOrigin = "http://verify-kit.local";
const sandboxOrigin = "http://dqe-sandbox.local";
const phone = "+33600000001"; // a sandbox number whose operator confirms it
const maxPolls = 1_000; // per tab: a bound, never reached in a sound run

const jsonPost = (url: string, body: unknown) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/**
 * One number check in virtual time, everything in this process (`fetch` handlers, no sockets): start,
 * browser tabs polling, the phone opening the operator URL after `operatorWaitS`, until every tab sees
 * the final status. DQE calls are counted in the sandbox's fetch wrapper.
 */
export async function runNumberCheckScenario(scenario: NumberCheckScenario): Promise<NumberCheckFigures> {
  const clock = installVirtualClock();
  try {
    const now = () => clock.now;
    const sandbox = createSandbox({ now, latencyMs: scenario.dqeLatencyMs });
    const dqeRequests = countingFetch((input, init) => sandbox.fetch(new Request(input, init)));
    const dqe = createDqeClient({
      server: sandboxOrigin,
      licence: SANDBOX_LICENCE,
      clientSecret: "sandbox",
      partnerName: "verify-kit",
      fetch: dqeRequests.fetch,
    });
    const server =
      scenario.server === "adapter"
        ? createVerifyApi({
            dqe,
            sms: { company: "VerifyKit", smsText: "Your verification code:", pinDurationMin: 3 },
            logger: createLogger({ level: "silent" }),
            publicUrl: apiOrigin,
            // One simulated browser, in this process.
            clientAddress: () => "127.0.0.1",
            now,
          })
        : createNaiveCheckProxy(dqe, apiOrigin);
    const call = async (request: Request) => server.fetch(request);
    const routes =
      scenario.server === "adapter"
        ? {
            start: "/api/number-verify/start",
            status: (id: string) => `/api/number-verify/${id}?waitS=${scenario.waitS}`,
          }
        : { start: "/naive/start", status: (id: string) => `/naive/status/${id}` };

    // Start, moving the clock while DQE's ACCESS_TOKEN and IDMOBILE answer.
    let started: { checkId: string; url: string } | undefined;
    let failure: unknown;
    call(jsonPost(`${apiOrigin}${routes.start}`, { phone }))
      .then(async (answer) => {
        if (!answer.ok) throw new Error(`start answered HTTP ${answer.status}: ${await answer.text()}`);
        started = (await answer.json()) as { checkId: string; url: string };
      })
      .catch((error: unknown) => {
        failure = error;
      });
    await advanceUntil(clock, () => started !== undefined || failure !== undefined, {
      stepMs: 50,
      limitMs: 30_000,
    });
    if (started === undefined) throw failure;
    const { checkId, url } = started;
    const startedAt = clock.now;
    let settledAt: number | undefined;

    // The phone: the operator settles the check when its URL is opened, then DQE redirects it.
    setTimeout(() => {
      void (async () => {
        const page = await sandbox.fetch(new Request(url));
        settledAt = clock.now;
        const location = page.headers.get("location");
        if (scenario.redirect && location !== null) await call(new Request(location));
      })().catch((error: unknown) => {
        failure = error;
      });
    }, scenario.operatorWaitS * 1000);

    // The browser tabs.
    let polls = 0;
    const seen: { status: string; at: number }[] = [];
    const tab = async () => {
      for (let i = 0; i < maxPolls; i++) {
        polls += 1;
        const answer = await call(new Request(`${apiOrigin}${routes.status(checkId)}`));
        const { status, error } = (await answer.json()) as { status: string; error?: { code?: string } };
        if (status !== "pending") {
          seen.push({ status: error?.code ? `${status} (${error.code})` : status, at: clock.now });
          return;
        }
        if (scenario.server === "naive")
          await new Promise((resolve) => setTimeout(resolve, scenario.naivePollMs));
      }
      throw new Error(`a tab polled ${maxPolls} times without an answer`);
    };
    for (let i = 0; i < scenario.tabs; i++) {
      tab().catch((error: unknown) => {
        failure = error;
      });
    }

    await advanceUntil(clock, () => seen.length === scenario.tabs || failure !== undefined, {
      stepMs: 500,
      limitMs: 600_000,
    });
    if (failure !== undefined) throw failure;
    if (settledAt === undefined) throw new Error("a tab saw a final status before the operator settled");
    const lastSeen = Math.max(...seen.map((entry) => entry.at));
    return {
      retrievals: dqeRequests.count("/GET/"),
      dqeCalls: dqeRequests.seen.length,
      polls,
      finalStatus: seen[0]?.status ?? "none",
      settledAtMs: settledAt - startedAt,
      delayMs: lastSeen - settledAt,
    };
  } finally {
    clock.uninstall();
  }
}
