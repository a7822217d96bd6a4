import { defineConfig } from "tsdown";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: "esm",
  dts: true,
  platform: "neutral",
  sourcemap: true,
  // One file per module: an app's bundler keeps only the modules it imports (and what they import).
  unbundle: true,
  // Every export is a hook, a provider or what they use: the whole entry is client code for React
  // Server Components. Only the JavaScript gets the directive, not the declarations.
  banner: { js: '"use client";' },
});
