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
    test: {
      name: "react-browser",
      include: ["packages/react/src/**/*.browser.test.tsx"],
      browser: chromiumBrowserMode(),
    },
  };
}
