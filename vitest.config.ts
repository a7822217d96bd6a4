import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";
import { storybookProject } from "./.storybook/vitest.project.js";
import { elementsBrowserProject } from "./packages/elements/vitest.projects.js";
import { reactBrowserProject, reactProject } from "./packages/react/vitest.projects.js";
import { uiBrowserProject, uiPeerFloorProject, uiServerProject } from "./packages/ui/vitest.projects.js";

// Workspace packages resolve to their TypeScript sources in tests, so no build is needed first.
const source = "@verify-kit/source";

export default defineConfig({
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "core",
          include: ["packages/core/src/**/*.test.ts"],
          environment: "node",
          // Loading libphonenumber's metadata per file dominated the run; the files share no global state.
          isolate: false,
        },
      },
      {
        // As Node resolves packages, without the "module" condition: Node refuses @opentelemetry's "module"
        // builds (imports without file extensions), and the server's code runs on Node only.
        resolve: { conditions: [source, ...defaultClientConditions] },
        ssr: { resolve: { conditions: [source, "node", "development|production"] } },
        test: {
          name: "server",
          include: ["packages/server/src/**/*.test.ts"],
          environment: "node",
          // Module loading dominates: the files share nothing global, so one module graph serves all.
          isolate: false,
        },
      },
      reactProject(),
      reactBrowserProject(),
      uiBrowserProject(),
      uiServerProject(),
      uiPeerFloorProject(),
      elementsBrowserProject(),
      storybookProject(),
    ],
  },
});
