import { performance } from "node:perf_hooks";
import { expect, test } from "vitest";
import { print, printTable } from "../../../scripts/benchTable.js";
import { measureInputCommits } from "./inputCommits.js";
import { type PollScenario, runPollScenario } from "./pollScenario.js";

const operatorWaitsS = [2, 10, 30, 60, 110];
const dqeLatencyMs = 200;
const goal = { maxRequestsAt60s: 4, maxDelayMs: 500 };

const strategies: readonly { name: string; policy: PollScenario["policy"]; proxyCutsAfterMs?: number }[] = [
  { name: "long polling (default, waitS 25)", policy: {} },
  { name: "short polling (1 s × 1.5, ≤ 5 s)", policy: { shortOnly: true } },
  { name: "plain 1 s polling", policy: { shortOnly: true, shortBackoff: 1, shortMaxDelayMs: 1000 } },
  { name: "long polling, proxy cuts at 10 s", policy: {}, proxyCutsAfterMs: 10_000 },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

test("bench: useNumberVerifyPoll requests and detection delay; PIN input commits", async () => {
  const started = performance.now();
  const rows: string[][] = [];
  let goalMet = true;
  for (const operatorWaitS of operatorWaitsS) {
    for (const strategy of strategies) {
      const figures = await runPollScenario({
        operatorWaitS,
        policy: strategy.policy,
        dqeLatencyMs,
        ...(strategy.proxyCutsAfterMs === undefined ? {} : { proxyCutsAfterMs: strategy.proxyCutsAfterMs }),
      });
      let verdict = "";
      if (strategy.name.startsWith("long polling (default")) {
        const met =
          figures.delayMs <= goal.maxDelayMs &&
          (operatorWaitS !== 60 || figures.requests <= goal.maxRequestsAt60s);
        goalMet &&= met;
        verdict = met ? "met" : "MISSED";
      }
      rows.push([
        `${operatorWaitS} s`,
        strategy.name,
        String(figures.requests),
        String(figures.polls),
        figures.finalStatus,
        figures.mode,
        seconds(figures.delayMs),
        verdict,
      ]);
    }
  }
  printTable(
    "useNumberVerifyPoll in virtual time (fake timers; the real hook, browser client, API and DQE sandbox in " +
      `this process; DQE answers in ${dqeLatencyMs} ms; the phone opens the operator page W s after the start ` +
      "answer; requests = the start + polls; delay = server knows the answer → React commits it, 20 ms resolution)",
    [
      { header: "wait W", align: "right" },
      { header: "strategy" },
      { header: "requests", align: "right" },
      { header: "polls", align: "right" },
      { header: "final" },
      { header: "mode at the end" },
      { header: "delay", align: "right" },
      { header: `goal (≤ ${goal.maxRequestsAt60s} requests at 60 s, ≤ ${goal.maxDelayMs / 1000} s)` },
    ],
    rows,
  );
  print(
    `Goal with long polling (at most ${goal.maxRequestsAt60s} requests for a 60 s wait, the answer shown within ` +
      `${goal.maxDelayMs / 1000} s of the server knowing it): ${goalMet ? "met" : "MISSED"}.\n`,
  );

  const commits = await measureInputCommits();
  printTable(
    "usePinInput: React commits per user action, counted with React.Profiler (happy-dom, user-event; " +
      "the same figure is asserted in Chromium by usePinInput.browser.test.tsx)",
    [{ header: "action" }, { header: "commits each time", align: "right" }, { header: "goal (1 each)" }],
    commits.map((figure) => [
      figure.action,
      figure.commits.join(", "),
      figure.action === "refused letter"
        ? "0 expected"
        : figure.commits.every((n) => n === 1)
          ? "met"
          : "MISSED",
    ]),
  );
  print(`Bench finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  expect(goalMet).toBe(true);
});
