import { defineConfig } from "tsdown";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "sandbox/index": "src/sandbox/index.ts",
    "node/index": "src/node/index.ts",
    "redis/index": "src/redis/index.ts",
    main: "src/main.ts",
    "sandbox/main": "src/sandbox/main.ts",
  },
  format: "esm",
  dts: true,
  platform: "node",
  // `.js` like the other packages: the package is ESM (`"type": "module"`), and exports name `.js` files.
  fixedExtension: false,
  sourcemap: true,
});
