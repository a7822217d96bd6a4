import { realpathSync } from "node:fs";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { chromiumBrowserMode } from "../../scripts/vitestChromium.js";

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
        "@verify-kit/ui > axe-core",
        "@verify-kit/ui > react-dom/server",
        // The in-process adapter signs verification proofs with it.
        "@verify-kit/ui > @verify-kit/server > hono/jwt",
      ],
    },
    test: {
      name: "ui",
      include: ["packages/ui/src/**/*.browser.test.tsx"],
      browser: chromiumBrowserMode(),
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

/** Where a dev dependency of this package is installed. */
const installed = (name: string) => realpathSync(new URL(`./node_modules/${name}`, import.meta.url));

/**
 * The tests of the components in an app's page (`src/hostPage`) again, on the oldest peers the packages
 * accept: React 18.3 and @tanstack/react-query 5.0.0, in place of the workspace's React 19 and latest
 * TanStack Query (installed under other names, and aliased for every module of the page).
 */
export function uiPeerFloorProject(): TestProjectInlineConfiguration {
  const react = installed("react-18");
  const reactDom = installed("react-dom-18");
  const reactQuery = installed("react-query-floor");
  return {
    extends: true,
    resolve: {
      alias: [
        { find: /^react$/, replacement: react },
        { find: /^react\/(.*)$/, replacement: `${react}/$1` },
        { find: /^react-dom$/, replacement: reactDom },
        { find: /^react-dom\/(.*)$/, replacement: `${reactDom}/$1` },
        { find: /^@tanstack\/react-query$/, replacement: reactQuery },
        // The core's flows take the QueryClient of the app's react-query: the query-core it depends on.
        { find: /^@tanstack\/query-core$/, replacement: realpathSync(`${reactQuery}/../query-core`) },
      ],
    },
    optimizeDeps: {
      include: [
        "@verify-kit/ui > react-hook-form",
        "@verify-kit/ui > @testing-library/react",
        "@verify-kit/ui > react-dom/server",
        // The in-process adapter signs verification proofs with it.
        "@verify-kit/ui > @verify-kit/server > hono/jwt",
      ],
    },
    test: {
      name: "ui-peer-floor",
      // After the other projects, not beside them: one more Chromium at once slows everyone's tests on two cores.
      sequence: { groupOrder: 1 },
      include: ["packages/ui/src/hostPage/*.browser.test.tsx"],
      browser: chromiumBrowserMode(),
    },
  };
}
