import type { TestProjectInlineConfiguration } from "vitest/config";
import { chromiumBrowserMode } from "../../scripts/vitestChromium.js";

/** The hooks in happy-dom, fake timers and in-process API included. */
export function reactProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: "react",
      include: ["packages/react/src/**/*.test.{ts,tsx}"],
      exclude: ["**/*.browser.test.tsx", "**/node_modules/**"],
      environment: "happy-dom",
      setupFiles: ["packages/react/src/testSupport/setup.ts"],
    },
  };
}

/** The PIN input in real Chromium (Vitest browser mode). A new options object per call. */
export function reactBrowserProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    // Bundled before the first test file loads (discovered mid-run, a dependency makes Vite reload the
    // page): the in-process adapter signs verification proofs with it.
    optimizeDeps: { include: ["@verify-kit/react > @verify-kit/server > hono/jwt"] },
    test: {
      name: "react-browser",
      include: ["packages/react/src/**/*.browser.test.tsx"],
      browser: chromiumBrowserMode(),
    },
  };
}
