import type { TestProjectInlineConfiguration } from "vitest/config";
import { chromiumBrowserMode } from "../../scripts/vitestChromium.js";
import { holdPhoneLoads, phoneLoadsAsked, releasePhoneLoads } from "./src/test/phoneLoadCommands.js";
import { failQrCodeLoads } from "./src/test/qrLoadCommands.js";

/** The custom elements in real Chromium (Vitest browser mode), against the in-process adapter and sandbox. */
export function elementsBrowserProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    // Bundled before the first test file loads: discovered mid-run, a dependency makes Vite reload the page.
    // hono/jwt: the in-process adapter signs verification proofs with it.
    optimizeDeps: {
      include: ["@verify-kit/elements > axe-core", "@verify-kit/elements > @verify-kit/server > hono/jwt"],
    },
    test: {
      name: "elements",
      include: ["packages/elements/src/**/*.browser.test.ts"],
      browser: {
        ...chromiumBrowserMode(),
        commands: { holdPhoneLoads, releasePhoneLoads, phoneLoadsAsked, failQrCodeLoads },
      },
    },
  };
}
