import { playwright } from "@vitest/browser-playwright";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { chromiumLaunchOptions } from "../../scripts/chromiumLaunchOptions.js";

/** The components in real Chromium (Vitest browser mode). A new options object per call. */
export function uiBrowserProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    // Bundled before the first test file loads: discovered mid-run, a dependency makes Vite reload the
    // page with a second copy of React.
    optimizeDeps: {
      include: [
        "@verify-kit/ui > react-hook-form",
        "@verify-kit/ui > @testing-library/react",
        "@verify-kit/ui > react-dom/server",
      ],
    },
    test: {
      name: "ui",
      include: ["packages/ui/src/**/*.browser.test.tsx"],
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

/** What the components render on a server (react-dom/server in Node): `*.test.tsx` that are not browser tests. */
export function uiServerProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: "ui-server",
      include: ["packages/ui/src/**/*.test.{ts,tsx}"],
      exclude: ["**/*.browser.test.tsx", "**/node_modules/**"],
      environment: "node",
    },
  };
}
