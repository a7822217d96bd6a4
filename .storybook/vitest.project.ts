import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import type { TestProjectInlineConfiguration } from "vitest/config";

// Chromium from the system package; these flags keep it quiet on a closed network.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Every story as a test in real Chromium: it renders, its play function passes, and axe finds no violation
 * (`parameters.a11y.test = "error"` in preview.tsx). A new options object per call.
 */
export function storybookProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir: fileURLToPath(new URL(".", import.meta.url)) })],
    test: {
      name: "storybook",
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
        }),
        instances: [{ browser: "chromium" }],
      },
    },
  };
}
