import { printTable } from "../../../scripts/benchTable.js";
import { machine } from "./machine.js";
import {
  type NumberCheckFigures,
  type NumberCheckScenario,
  runNumberCheckScenario,
} from "./numberCheckScenario.js";

export interface NumberCheckBenchOptions {
  readonly operatorWaitsS: readonly number[];
  readonly dqeLatencyMs: number;
  /** Tabs of the extra rows, at the longest wait. */
  readonly manyTabs: number;
  /** Waits of a second table, for phones that come back late in the check's life. */
  readonly lateWaitsS: readonly number[];
}

/** The goal with the redirect: few DQE calls, and the answer on screen soon after the operator. */
const goal = { maxRetrievals: 3, maxDelayMs: 1_500 };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describe(scenario: NumberCheckScenario): string {
  if (scenario.server === "naive") return `naive proxy, polled every ${scenario.naivePollMs / 1000} s`;
  return `adapter, ${scenario.redirect ? "redirect" : "no redirect (fallback only)"}`;
}

function goalCell(scenario: NumberCheckScenario, figures: NumberCheckFigures): string {
  if (scenario.server !== "adapter" || !scenario.redirect) return "";
  const met = figures.retrievals <= goal.maxRetrievals && figures.delayMs <= goal.maxDelayMs;
  return met ? "met" : "MISSED";
}

function scenariosFor(
  operatorWaitsS: readonly number[],
  base: Omit<NumberCheckScenario, "operatorWaitS" | "server" | "redirect">,
): NumberCheckScenario[] {
  return operatorWaitsS.flatMap((operatorWaitS) => [
    { ...base, operatorWaitS, server: "adapter", redirect: true },
    { ...base, operatorWaitS, server: "adapter", redirect: false },
    { ...base, operatorWaitS, server: "naive", redirect: true },
  ]);
}

async function printScenarios(title: string, scenarios: readonly NumberCheckScenario[]): Promise<void> {
  const rows: string[][] = [];
  const missed: string[] = [];
  for (const scenario of scenarios) {
    const figures = await runNumberCheckScenario(scenario);
    const verdict = goalCell(scenario, figures);
    if (verdict === "MISSED") missed.push(`${scenario.operatorWaitS} s with ${scenario.tabs} tab(s)`);
    rows.push([
      `${scenario.operatorWaitS} s`,
      describe(scenario),
      String(scenario.tabs),
      String(figures.retrievals),
      String(figures.dqeCalls),
      String(figures.polls),
      figures.finalStatus,
      seconds(figures.settledAtMs + figures.delayMs),
      seconds(figures.delayMs),
      verdict,
    ]);
  }
  printTable(
    title,
    [
      { header: "wait W", align: "right" },
      { header: "flow" },
      { header: "tabs", align: "right" },
      { header: "DQE /GET/", align: "right" },
      { header: "all DQE calls", align: "right" },
      { header: "browser polls", align: "right" },
      { header: "final" },
      { header: "seen at", align: "right" },
      { header: "delay", align: "right" },
      { header: `goal (≤ ${goal.maxRetrievals} /GET/, ≤ ${goal.maxDelayMs / 1000} s)` },
    ],
    rows,
  );
  const goalText = `at most ${goal.maxRetrievals} DQE retrievals and the answer seen within ${goal.maxDelayMs / 1000} s`;
  console.info(
    missed.length === 0
      ? `Goal with the redirect (${goalText}): met for every wait.\n`
      : `Goal with the redirect (${goalText}): MISSED for ${missed.join("; ")}.\n`,
  );
}

/**
 * DQE retrievals and detection delay of one number check per operator wait, in virtual time: the adapter
 * with and without DQE's redirect, beside a naive proxy that asks DQE on every browser poll.
 */
export async function numberCheckBench(options: NumberCheckBenchOptions): Promise<void> {
  const base = { dqeLatencyMs: options.dqeLatencyMs, waitS: 25, naivePollMs: 1_000, tabs: 1 };
  const longest = Math.max(...options.operatorWaitsS);
  const scenarios = [
    ...scenariosFor(options.operatorWaitsS, base),
    ...scenariosFor([longest], { ...base, tabs: options.manyTabs }),
  ];
  const how =
    `DQE answers in ${options.dqeLatencyMs} ms, the adapter's browser long-polls with waitS=25, fallback ` +
    `retrievals at refreshAfterS=30 s, 4 × that and at expiry, checks live 300 s; the phone opens the operator URL ` +
    `W s after the start answer; delay = operator settles → last tab sees the final status — ${machine()}`;
  await printScenarios(
    `Number checks in virtual time (fake timers; api.fetch and sandbox.fetch in-process, no sockets): ${how}`,
    scenarios,
  );
  if (options.lateWaitsS.length > 0) {
    await printScenarios(
      `Number checks whose phone comes back after 120 s (the check lives 300 s), same set-up: ${how}`,
      scenariosFor(options.lateWaitsS, base),
    );
  }
}
