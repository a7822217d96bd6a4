import { defineConfig } from "tsdown";

export default defineConfig([
  {
    // For bundlers: the package's own modules; core, query-core, libphonenumber and lean-qr stay imports.
    entry: { index: "src/index.ts" },
    format: "esm",
    dts: true,
    platform: "browser",
    sourcemap: true,
    unbundle: true,
  },
  {
    // For a <script type="module"> tag: everything bundled, no bare import left. What only some steps
    // need (the phone rules and their metadata, the QR code, French) are chunks beside the entry, which
    // the browser loads relative to the entry's own URL.
    entry: { "verify-kit-elements": "src/standalone.ts" },
    outDir: "dist/cdn",
    format: "esm",
    dts: false,
    platform: "browser",
    minify: true,
    sourcemap: false,
    deps: { alwaysBundle: [/./], onlyBundle: false },
    outputOptions: { chunkFileNames: "verify-kit-elements-[name]-[hash].js" },
    // The kit's one stylesheet, as @verify-kit/ui ships it, beside the entry (which links it).
    copy: [{ from: "../ui/src/styles.css", to: "dist/cdn", rename: "verify-kit-elements.css" }],
  },
]);
