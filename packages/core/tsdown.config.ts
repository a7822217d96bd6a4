import { defineConfig } from "tsdown";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "dqe/index": "src/dqe/index.ts",
    "messages/index": "src/messages/index.ts",
    "texts/index": "src/texts/index.ts",
    "texts/fr": "src/texts/fr.ts",
    "flows/index": "src/flows/index.ts",
  },
  format: "esm",
  dts: true,
  platform: "neutral",
  sourcemap: true,
  // One file per module: an app's bundler keeps only the modules it imports (and what they import).
  unbundle: true,
});
