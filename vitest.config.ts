import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript sources in tests, so no build is needed first.
const source = "@verify-kit/source";

export default defineConfig({
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "core", include: ["packages/core/src/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: { name: "server", include: ["packages/server/src/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
