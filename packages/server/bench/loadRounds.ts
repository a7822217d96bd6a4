import { setTimeout as sleep } from "node:timers/promises";
import { type LoadRunResult, mergeLoadResults, runLoad } from "./loadRun.js";
import type { SandboxClient, SandboxCounts } from "./loadServersProtocol.js";

/** One URL to hammer, and the sandbox calls it causes. */
export interface LoadTarget {
  readonly name: string;
  /** The whole URL, e.g. `http://127.0.0.1:4321/api/pin/check`. */
  readonly url: string;
  /** The JSON body of each request, called once per request. */
  readonly body: () => string;
  /** Which server calls the sandbox for this target, and at which path, e.g. `/GDPR_VERIF/`. */
  readonly sandbox: { readonly client: SandboxClient; readonly path: string };
}

export interface LoadRoundsOptions {
  readonly connections: number;
  readonly rounds: number;
  readonly roundS: number;
  readonly maxRequests: number;
  readonly sandboxCounts: () => Promise<SandboxCounts>;
}

/** A target's runs merged, and how many sandbox calls its requests caused. */
export interface TargetResult {
  readonly target: LoadTarget;
  readonly result: LoadRunResult;
  readonly reachedSandbox: number;
}

// Requests cut off when a run stops may still reach the sandbox a moment later.
const settleMs = 300;

/**
 * Hammers the targets in turn, round after round, so that every target meets the same background load
 * of the machine; each target's rounds are then merged.
 */
export async function loadRounds(
  targets: readonly LoadTarget[],
  options: LoadRoundsOptions,
): Promise<TargetResult[]> {
  const count = (counts: SandboxCounts, target: LoadTarget) =>
    counts[target.sandbox.client][target.sandbox.path] ?? 0;
  await sleep(settleMs);
  const before = await options.sandboxCounts();
  const runs = targets.map(() => [] as LoadRunResult[]);
  for (let round = 0; round < options.rounds; round++) {
    for (const [i, target] of targets.entries()) {
      runs[i]?.push(
        await runLoad({
          url: target.url,
          body: target.body,
          connections: options.connections,
          durationS: options.roundS,
          maxRequests: options.maxRequests,
        }),
      );
    }
  }
  await sleep(settleMs);
  const after = await options.sandboxCounts();
  return targets.map((target, i) => ({
    target,
    result: mergeLoadResults(runs[i] ?? []),
    reachedSandbox: count(after, target) - count(before, target),
  }));
}
