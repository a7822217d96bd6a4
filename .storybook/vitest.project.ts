import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { chromiumLaunchOptions } from "../scripts/chromiumLaunchOptions.js";

/**
 * Every story as a test in real Chromium: it renders, its play function passes, and axe finds no violation
 * (`parameters.a11y.test = "error"` in preview.tsx). A new options object per call.
 */
export function storybookProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir: fileURLToPath(new URL(".", import.meta.url)) })],
    // Bundled before the first story loads (discovered mid-run, a dependency makes Vite reload the page):
    // the in-process adapter signs verification proofs with it.
    optimizeDeps: { include: ["@verify-kit/ui > @verify-kit/server > hono/jwt"] },
    test: {
      name: "storybook",
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: chromiumLaunchOptions(),
        }),
        instances: [{ browser: "chromium" }],
      },
    },
  };
}
