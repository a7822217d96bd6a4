import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../scripts/chromiumLaunchOptions.js";

// The consumer apps (examples/next, examples/vite) installed from the packed packages, in Debian's Chromium.
export default defineConfig({
  testDir: ".",
  outputDir: "../test-results/artifacts",
  globalSetup: "./globalSetup.ts",
  fullyParallel: true,
  // Two cores; every test uses phone numbers of its own.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "../test-results/examples-results.json" }]],
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    locale: "en-GB",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
  },
});
