import { playwright } from "@vitest/browser-playwright";
import { chromiumLaunchOptions } from "./chromiumLaunchOptions.js";

/** Vitest's browser mode in Debian's Chromium, headless; a new object per project (Vitest refuses a shared one). */
export function chromiumBrowserMode() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: "chromium" as const }],
  };
}
