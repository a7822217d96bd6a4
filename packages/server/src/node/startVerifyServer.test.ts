import { describe, expect, test } from "vitest";
import { createLogger } from "../api/logger.js";
import { lineCollector } from "../testSupport/testApi.js";
import { startBin } from "../testSupport/testBin.js";
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
  expect(await done.text()).toContain("Your number has been verified.");
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

test("the verify-kit-server bin starts on the port asked, says a sandbox is serving, and stops on SIGTERM", {
  timeout: 30_000,
}, async () => {
  const bin = await startBin({ NODE_ENV: "production", EMBEDDED_SANDBOX: "1" }, "a DQE sandbox is serving");
  try {
    await verifyBothWays(bin.url);
  } finally {
    expect(await bin.stop()).toBe(0);
  }
});
