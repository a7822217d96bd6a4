import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../scripts/chromiumLaunchOptions.js";
import { servers } from "./e2e/servers.js";

const demo = (name: "main" | "short" | "dqe") => ({
  // The production build (`pnpm build` runs first): one Node process, the app and the API.
  command: "node server.mjs",
  url: `http://127.0.0.1:${servers[name].port}/api/config`,
  env: { ...servers[name].env, PORT: String(servers[name].port) },
  reuseExistingServer: false,
  timeout: 30_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results/artifacts",
  fullyParallel: true,
  // Two cores on CI; the servers are shared, so tests use numbers of their own.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    locale: "en-GB",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
  },
  webServer: [
    demo("main"),
    demo("short"),
    {
      command: "pnpm --dir ../../packages/server run sandbox",
      url: `http://127.0.0.1:${servers.dqeStandIn.port}/__sandbox/messages?phone=33600000001`,
      env: { ...servers.dqeStandIn.env, SANDBOX_PORT: String(servers.dqeStandIn.port) },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    demo("dqe"),
  ],
});
