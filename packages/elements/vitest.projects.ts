import { playwright } from "@vitest/browser-playwright";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { chromiumLaunchOptions } from "../../scripts/chromiumLaunchOptions.js";

/** The custom elements in real Chromium (Vitest browser mode), against the in-process adapter and sandbox. */
export function elementsBrowserProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: "elements",
      include: ["packages/elements/src/**/*.browser.test.ts"],
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({ launchOptions: chromiumLaunchOptions() }),
        instances: [{ browser: "chromium" }],
      },
    },
  };
}
