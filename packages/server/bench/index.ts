// `pnpm bench`: load figures on loopback, then number check figures in virtual time. Not a test.
import { performance } from "node:perf_hooks";
import { loadBench } from "./loadBench.js";
import { memoryBench } from "./memoryBench.js";
import { numberCheckBench } from "./numberCheckBench.js";

const started = performance.now();
const only = process.argv[2];
if (only === undefined || only === "load") {
  await loadBench({ connections: 20, roundS: 2, rounds: 3, maxRequests: 200_000 });
}
if (only === undefined || only === "memory") await memoryBench(20_000);
if (only === undefined || only === "numbers") {
  await numberCheckBench({
    operatorWaitsS: [2, 10, 30, 60, 110],
    dqeLatencyMs: 200,
    manyTabs: 5,
    lateWaitsS: [150, 250],
  });
}
console.info(`Bench finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
