// Size budgets of the built files (`pnpm size`, after `pnpm build`). The script-tag entry is measured as the
// browser gets it: its lazy chunks (phone rules, QR code, French) stay out, loaded only when used; each chunk
// has its own budget. `pnpm bench` prints the total beside the React kit's.
const chunksBeside = (config) => ({
  ...config,
  format: "esm",
  external: [...(config.external ?? []), "./verify-kit-elements.js", "./verify-kit-elements-*"],
});

export default [
  {
    name: "verify-kit-elements.js, the script-tag entry, before the phone field is used (everything bundled: core, flows, query-core, English)",
    path: "dist/cdn/verify-kit-elements.js",
    modifyEsbuildConfig: chunksBeside,
    gzip: true,
    limit: "25 kB",
  },
  ...[
    // 66.66 kB since the phone runtime (per-country metadata) joined core beside the full parser: the
    // elements still read numbers with the full one; moving them onto the runtime is what brings this down.
    ["the phone rules and their metadata, loaded once the phone field is used", "phoneRules", "67 kB"],
    ["the QR code, loaded when a check waits on a desktop", "qrCode", "3 kB"],
    // 3.14 kB with the verification proof's error messages (one text for its four codes).
    ["French, loaded by lang=fr", "fr", "3.15 kB"],
  ].map(([what, chunk, limit]) => ({
    name: `verify-kit-elements.js's chunk: ${what}`,
    path: `dist/cdn/verify-kit-elements-${chunk}-*.js`,
    modifyEsbuildConfig: chunksBeside,
    gzip: true,
    limit,
  })),
  {
    name: "@verify-kit/elements for bundlers: the package's own code with its lazy modules (core, query-core, libphonenumber-js and lean-qr external)",
    path: "dist/index.js",
    import: "*",
    ignore: ["@verify-kit/core", "@tanstack/query-core", "libphonenumber-js", "lean-qr"],
    gzip: true,
    limit: "12 kB",
  },
];
