import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { createLogger } from "../api/logger.js";
import { lineCollector } from "../api/testApi.js";
import { startVerifyServer } from "./startVerifyServer.js";

const json = { "content-type": "application/json" };

/** A phone-verification round over HTTP on a dev server: the SMS from the inbox, the operator link opened. */
async function verifyBothWays(url: string) {
  const sent = await fetch(`${url}/api/pin/send`, {
    method: "POST",
    headers: json,
    body: '{"phone":"+33600000001"}',
  });
  expect(sent.status).toBe(200);
  const { verificationId } = (await sent.json()) as { verificationId: string };
  const inbox = (await (await fetch(`${url}/api/sandbox/messages?phone=%2B33600000001`)).json()) as {
    pin: string;
  }[];
  const checked = await fetch(`${url}/api/pin/check`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ verificationId, pin: inbox[0]?.pin }),
  });
  expect(await checked.json()).toMatchObject({ verified: true });

  const started = await fetch(`${url}/api/number-verify/start`, {
    method: "POST",
    headers: json,
    body: '{"phone":"+33600000001"}',
  });
  const check = (await started.json()) as { checkId: string; url: string };
  // On this server's own address, under /api: reachable wherever the API is.
  expect(check.url.startsWith(`${url}/api/sandbox/operator/`)).toBe(true);
  const operator = await fetch(check.url, { redirect: "manual" });
  expect(operator.status).toBe(302);
  const done = await fetch(operator.headers.get("location") ?? "");
  expect(await done.text()).toContain("Your number has been checked.");
  const status = await fetch(`${url}/api/number-verify/${check.checkId}`);
  expect(await status.json()).toEqual({ status: "verified" });
}

describe("startVerifyServer", () => {
  test("serves the adapter with the embedded sandbox, its inbox and operator pages under /api", async () => {
    const lines: string[] = [];
    const server = await startVerifyServer({
      env: {},
      port: 0,
      logger: createLogger({ destination: lineCollector(lines) }),
    });
    try {
      await verifyBothWays(server.url);
      const logged = lines.map((line) => JSON.parse(line));
      expect(logged).toContainEqual(
        expect.objectContaining({ level: 40, msg: expect.stringContaining("a DQE sandbox is serving") }),
      );
    } finally {
      await server.close();
    }
  });

  test("with NODE_ENV=production the sandbox must be asked for", async () => {
    await expect(startVerifyServer({ env: { NODE_ENV: "production" }, port: 0 })).rejects.toThrow(
      "EMBEDDED_SANDBOX=1",
    );
  });
});

// Starting a Node process that compiles TypeScript takes seconds on a busy machine: the wait below has its own
// 20 s deadline, and the test the time to reach it.
test("the verify-kit-server bin starts on the port asked, says a sandbox is serving, and stops on SIGTERM", {
  timeout: 30_000,
}, async () => {
  const root = fileURLToPath(new URL("../../../../", import.meta.url));
  const main = fileURLToPath(new URL("../main.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=@verify-kit/source", main, "--port", "0"],
    { cwd: root, env: { ...process.env, NODE_ENV: "production", EMBEDDED_SANDBOX: "1", LOG_LEVEL: "warn" } },
  );
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line within 20 s:\n${output}`)), 20_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      // Both lines, whichever comes first: the log line is written by pino, the address by console.
      const found = /backend adapter on (http:\/\/[\d.:]+)\/api/.exec(output);
      if (found?.[1] && output.includes("a DQE sandbox is serving")) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  try {
    await verifyBothWays(url);
  } finally {
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }
});
