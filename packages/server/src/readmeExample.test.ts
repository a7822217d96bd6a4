// The README's example, run as written: the adapter served by Node, with no client-address setting, gives
// each visitor limits of their own (issue: every visitor counted as one IP, nobody got a code after 20 sends).
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createSandbox } from "./sandbox/createSandbox.js";
import { SANDBOX_LICENCE } from "./sandbox/sandboxOptions.js";
import { type SandboxServer, startSandboxServer } from "./sandbox/sandboxServer.js";
import { requestFrom } from "./testSupport/testBin.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const exampleSource = readFileSync(new URL("../example/server.ts", import.meta.url), "utf8");

let dqe: SandboxServer;
let close: () => Promise<void>;
let base: string;

beforeAll(async () => {
  dqe = await startSandboxServer(createSandbox(), { port: 0, host: "127.0.0.1" });
  const saved = { ...process.env };
  Object.assign(process.env, { DQE_SERVER: dqe.url, DQE_LICENCE: SANDBOX_LICENCE, PORT: "0" });
  try {
    const { server } = await import("../example/server.js");
    if (!server.listening) await new Promise((done) => server.once("listening", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () =>
      new Promise((done) => {
        server.close(() => done());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
  } finally {
    process.env = saved;
  }
});

afterAll(async () => {
  await close?.();
  await dqe?.close();
});

test("the README shows the example exactly as tested here", () => {
  expect(readme).toContain(exampleSource.trim());
});

test("served as the README says, each visitor has their own per-IP limit", async () => {
  // The default cap is 20 SMS per IP and 5 per number: 21 numbers from one machine.
  const phones = Array.from({ length: 21 }, (_, index) => `+336123450${String(index).padStart(2, "0")}`);
  for (const phone of phones.slice(0, 20)) {
    expect((await requestFrom("127.0.0.2", `${base}/api/pin/send`, { phone })).status).toBe(200);
  }
  const over = await requestFrom("127.0.0.2", `${base}/api/pin/send`, { phone: phones[20] });
  expect(over.status).toBe(429);
  expect(over.body.error.code).toBe("too_many_sends");
  // Another visitor is not held back by the first one's sends.
  expect((await requestFrom("127.0.0.3", `${base}/api/pin/send`, { phone: phones[20] })).status).toBe(200);
});
