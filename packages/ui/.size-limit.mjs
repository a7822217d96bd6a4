// Size budgets of the published builds (size-limit, esbuild, gzip). The pages' figures are measured as
// `pnpm bench` measures them (bench/pageScenarios.mjs): code splitting, each chunk the page loads gzipped
// and summed, the app's own packages (react, react-dom, TanStack Query, react-hook-form) external.
import { peers, scenarioPlugin, siteCountries } from "./bench/pageScenarios.mjs";

/** esbuild as a page's bundler: chunks, and only the dynamic imports `scenario` follows. */
const page = (scenario) => (config) => ({
  ...config,
  format: "esm",
  splitting: true,
  plugins: [...(config.plugins ?? []), scenarioPlugin(scenario)],
});
const external = (names) => names.flatMap((name) => [name, `${name}/*`]);
const app = external(peers);
const lists = siteCountries.join(", ");

/** The budget of a page rendering `name`: before its phone field is used, with a list, with every country. */
const pageChecks = (name, [initial, countries, all]) => [
  {
    name: `A page rendering ${name}, before its phone field is used (the phone metadata not loaded yet)`,
    path: "dist/index.js",
    import: `{ ${name} }`,
    ignore: app,
    gzip: true,
    modifyEsbuildConfig: page("initial"),
    limit: initial,
  },
  {
    name: `A page rendering ${name} with countries={[${lists}]}, once its phone field has loaded their metadata`,
    path: "dist/index.js",
    import: `{ ${name} }`,
    ignore: app,
    gzip: true,
    modifyEsbuildConfig: page("countries"),
    limit: countries,
  },
  {
    name: `A page rendering ${name} with every country, once its phone field has loaded the metadata`,
    path: "dist/index.js",
    import: `{ ${name} }`,
    ignore: app,
    gzip: true,
    modifyEsbuildConfig: page("all"),
    limit: all,
  },
];

// The package's own parts, before any phone metadata (which the field loads when used): lean-qr and the
// app's packages external.
const kit = [...app, ...external(["lean-qr"])];

// Every country: no larger than before the metadata was loaded on use (main at 4f72d44, measured the same
// way: PhoneVerification 72.24 kB, NumberVerification 78.51 kB, PhoneField 62.32 kB, all in one chunk).
export default [
  {
    name: "PinInput, with the kit code it pulls in (published build, react and @tanstack/query-core external)",
    path: "dist/index.js",
    import: "{ PinInput }",
    ignore: external(["react", "react-dom", "@tanstack/query-core"]),
    gzip: true,
    modifyEsbuildConfig: page("initial"),
    limit: "3.6 kB",
  },
  ...pageChecks("PhoneVerification", ["25 kB", "40 kB", "72.2 kB"]),
  // Its QR encoder and SMS fallback are chunks of their own, loaded when needed (below): 14.85 kB at load,
  // 32.19 kB with a list, 67.41 kB with every country (24.83, 42.23 and 77.44 kB when they were not);
  // with the progress while sending and the country hint of issue 15: 15.28, 32.66 and 67.88 kB.
  ...pageChecks("NumberVerification", ["16 kB", "40 kB", "68.4 kB"]),
  {
    name: `A page rendering NumberVerification with countries={[${lists}]}, once its QR code (a check waiting on a desktop) and SMS fallback have loaded too`,
    path: "dist/index.js",
    import: "{ NumberVerification }",
    ignore: app,
    gzip: true,
    modifyEsbuildConfig: page("countriesEveryStep"),
    limit: "44.7 kB",
  },
  ...pageChecks("PhoneField", ["25 kB", "40 kB", "62.3 kB"]),
  {
    name: "The whole ui package with the kit's core and hooks it pulls in, before any phone metadata (lean-qr external)",
    path: "dist/index.js",
    import: "*",
    ignore: kit,
    gzip: true,
    modifyEsbuildConfig: page("initial"),
    // 23.28 kB, then 23.71 with the progress while sending and the phone field's country hint (issue 15),
    // 23.84 with the verification's proof (its error codes, messages and form input), 23.98 with a given
    // number shown as dialled before the metadata loads and the SMS switch that yields to what happened meanwhile.
    limit: "24.1 kB",
  },
  {
    name: "The whole ui package's own code (the same, with @verify-kit/core and @verify-kit/react external too)",
    path: "dist/index.js",
    import: "*",
    ignore: [...kit, ...external(["@verify-kit/core", "@verify-kit/react"])],
    gzip: true,
    modifyEsbuildConfig: page("initial"),
    limit: "11.6 kB",
  },
  {
    name: "The French pack alone, @verify-kit/ui/locales/fr: every string and error message",
    path: "dist/locales/fr.js",
    import: "{ fr }",
    ignore: kit,
    gzip: true,
    // 3.12 kB with the phone field's country hint, 3.17 kB with the proof's error message.
    limit: "3.2 kB",
  },
  {
    name: "@verify-kit/ui/styles.css",
    path: "dist/styles.css",
    gzip: true,
    limit: "3 kB",
  },
];
