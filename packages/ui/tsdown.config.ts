import { defineConfig } from "tsdown";

export default defineConfig({
  entry: { index: "src/index.ts", "locales/fr": "src/locales/fr.ts", "locales/en": "src/locales/en.ts" },
  format: "esm",
  dts: true,
  platform: "neutral",
  sourcemap: true,
  // One file per module: an app that imports only PinInput leaves the other components' modules (and
  // their dependencies) out, whatever their top-level code.
  unbundle: true,
  // Components with state and effects: client code for React Server Components (the JavaScript only).
  banner: { js: '"use client";' },
  // Shipped as written: `@verify-kit/ui/styles.css`, minified by the app's own bundler.
  copy: ["src/styles.css"],
});
