import { fileURLToPath } from "node:url";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// `pnpm --filter @verify-kit/react bench`: figures, not tests. Runs under Vitest for its fake timers and
// happy-dom; the tables go straight to standard output.
const source = "@verify-kit/source";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  test: {
    include: ["bench/**/*.run.tsx"],
    environment: "happy-dom",
    testTimeout: 300_000,
    reporters: ["dot"],
  },
});
