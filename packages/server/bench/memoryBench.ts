import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { printTable } from "../../../scripts/benchTable.js";
import { createVerifyApi } from "../src/api/createVerifyApi.js";
import { embeddedSandboxDqe } from "../src/api/embeddedSandbox.js";
import { createLogger } from "../src/api/logger.js";
import { MemoryStore } from "../src/api/store/MemoryStore.js";
import { createSandbox } from "../src/sandbox/createSandbox.js";
import { machine } from "./machine.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

// Each DQE call holds a time-out timer (and its signal) for this long in real time.
const dqeTimeoutMs = 300;

/** Heap used after the DQE calls' timers ended and full collections, in bytes. */
async function heap(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, dqeTimeoutMs + 100));
  for (let i = 0; i < 3; i += 1) gc();
  return process.memoryUsage().heapUsed;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/**
 * The in-memory store's heap: one send to each of `count` distinct numbers with a 20 s code lifetime, then
 * the virtual clock past the codes' life (and the records' margin): only the numbers' hour-long caps stay.
 */
export async function memoryBench(count: number): Promise<void> {
  let nowMs = Date.now();
  const now = () => nowMs;
  const sandbox = createSandbox({ pin: "123456", now });
  const store = new MemoryStore({ now });
  const api = createVerifyApi({
    dqe: embeddedSandboxDqe(sandbox, { timeoutMs: dqeTimeoutMs }),
    sms: { company: "VerifyKit", smsText: "Your code:", pinDurationMin: 1, pinTtlS: 20 },
    limits: { sendsPerIp: 1_000_000, sendsPerPrefix: 1_000_000 },
    store,
    logger: createLogger({ level: "silent" }),
    clientAddress: () => "192.0.2.1",
    now,
  });
  const send = (phone: string) =>
    api.fetch(
      new Request("http://bench.test/api/pin/send", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ phone }),
      }),
    );
  // Warm every path once, then measure from a clean sandbox.
  await send("+33699999999");
  nowMs += 4 * 3_600_000;
  await store.get("sweep");
  sandbox.reset();
  const baseline = await heap();
  for (let i = 0; i < count; i += 1) {
    const answer = await send(`+3361${String(i).padStart(7, "0")}`);
    if (!answer.ok) throw new Error(`send ${i} answered HTTP ${answer.status}`);
  }
  // The sandbox stands for DQE: what it keeps is not the adapter's.
  sandbox.reset();
  const afterSends = await heap();
  // Past the codes' life and the records' margin (a verification lives at most 4 codes and margins).
  nowMs += 4 * (20 + 120) * 1000 + 11_000;
  await store.get("sweep");
  const afterExpiry = await heap();
  nowMs += 3_600_000;
  await store.get("sweep");
  const afterWindow = await heap();
  printTable(
    `In-memory store's heap: one SMS to each of ${count.toLocaleString("en-US")} distinct numbers, codes that ` +
      `live 20 s, a virtual clock; heap used after full collections, the sandbox's own SMS dropped — ${machine()}`,
    [
      { header: "moment" },
      { header: "heap used", align: "right" },
      { header: "over baseline", align: "right" },
      { header: "per number", align: "right" },
    ],
    [
      ["baseline", kb(baseline), "", ""],
      [
        "after the sends",
        kb(afterSends),
        kb(afterSends - baseline),
        `${((afterSends - baseline) / count).toFixed(0)} B`,
      ],
      [
        "codes and records expired (hour-long caps kept)",
        kb(afterExpiry),
        kb(afterExpiry - baseline),
        `${((afterExpiry - baseline) / count).toFixed(0)} B`,
      ],
      [
        "caps' hour over",
        kb(afterWindow),
        kb(afterWindow - baseline),
        `${((afterWindow - baseline) / count).toFixed(0)} B`,
      ],
      [
        "the caps alone (expired minus hour over; goal ≤ 300 B per number)",
        "",
        kb(afterExpiry - afterWindow),
        `${((afterExpiry - afterWindow) / count).toFixed(0)} B`,
      ],
    ],
  );
}
