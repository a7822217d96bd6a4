// The packed core alone, installed with npm into a folder without React (examples/node): both flows of
// @verify-kit/core/flows run from plain Node against the Vite app's adapter and its DQE sandbox.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { ports } from "./apps.js";

const run = promisify(execFile);
const api = `http://127.0.0.1:${ports.viteApi}/api`;

/** Runs `node flows.mjs <flow> <phone>` in the installed app; resolves with the line it printed. */
async function flow(which: "pin" | "number", phone: string) {
  const app = process.env.VERIFY_KIT_NODE_APP as string;
  const { stdout } = await run("node", ["flows.mjs", which, phone], {
    cwd: app,
    env: { ...process.env, VERIFY_API: api },
    timeout: 30_000,
  });
  return JSON.parse(stdout.trim());
}

// French mobiles under a prefix no browser test uses (+33 67…): the sandbox's inbox and limits are per number
// and per prefix.
const phone = (last: number) => `+3367${(Date.now() % 1_000_000).toString().padStart(6, "0")}${last}`;

test("plain Node: the packed core is installed without React or a DOM", () => {
  const app = process.env.VERIFY_KIT_NODE_APP as string;
  expect(existsSync(join(app, "node_modules/@verify-kit/core/dist/flows/index.js"))).toBe(true);
  expect(existsSync(join(app, "node_modules/@tanstack/query-core"))).toBe(true);
  expect(existsSync(join(app, "node_modules/react"))).toBe(false);
  expect(existsSync(join(app, "node_modules/@verify-kit/react"))).toBe(false);
});

test("plain Node: the SMS code flow sends a code, reads it from the sandbox's inbox and verifies it", async () => {
  const number = phone(1);
  expect(await flow("pin", number)).toEqual({ sent: "sent", checked: "verified", to: number });
});

test("plain Node: the operator check starts, the phone opens the page, the poll ends verified", async () => {
  const number = phone(2);
  expect(await flow("number", number)).toEqual({
    started: "pending",
    opened: 200,
    checked: "verified",
    to: number,
  });
});
