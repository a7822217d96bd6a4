// Size budgets of the built files (`pnpm size`, after `pnpm build`). The script-tag entry is measured as the
// browser gets it: its lazy chunks (phone rules, countries' numbering plans, QR code, French) stay out, loaded
// only when used; each chunk has its own budget. A page's figures (bundler build) are measured as `pnpm bench`
// measures them (bench/pageScenarios.mjs), as @verify-kit/ui measures its React components' pages.
import { scenarioPlugin, siteCountries } from "./bench/pageScenarios.mjs";

const chunksBeside = (config) => ({
  ...config,
  format: "esm",
  external: [...(config.external ?? []), "./verify-kit-elements.js", "./verify-kit-elements-*"],
});

/** esbuild as a page's bundler: chunks, and only the dynamic imports `scenario` follows. */
const page = (scenario) => (config) => ({
  ...config,
  format: "esm",
  splitting: true,
  plugins: [...(config.plugins ?? []), scenarioPlugin(scenario)],
});

/** A page with the elements (either or both), from the bundler build, with every dependency counted. */
const pageCheck = (name, scenario, limit) => ({
  name,
  path: "dist/index.js",
  import: "*",
  gzip: true,
  modifyEsbuildConfig: page(scenario),
  limit,
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
    // The phone rules were 66.79 kB with the full parser and every country's metadata in one chunk, before
    // the elements moved onto the per-country phone runtime.
    [
      "the phone rules (libphonenumber-js and the kit's rules, no metadata), loaded once the phone field is used or the browser is idle",
      "phoneRules",
      "16.5 kB",
    ],
    [
      "the table of the countries' numbering plans, loaded with the first plan",
      "countryPlanLoaders",
      "3.2 kB",
    ],
    ["every country's metadata, loaded when no list of countries is known", "metadata.max.json", "39 kB"],
    ["the QR code, loaded when a check waits on a desktop", "qrCode", "3 kB"],
    // French: 3.13 kB with the phone field's country hint (issue 15).
    ["French, loaded by lang=fr", "fr", "3.2 kB"],
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
  pageCheck(
    "A page with the elements (bundler build, everything counted), before the phone field is used or the browser is idle",
    "initial",
    "24.8 kB",
  ),
  pageCheck(
    `A page with the elements and countries="${siteCountries.join(" ")}" (or that server list), once the field has loaded their metadata`,
    "countries",
    "46.1 kB",
  ),
  pageCheck(
    "A page with the elements and every country, once the field has loaded the metadata",
    "all",
    "81.2 kB",
  ),
];
