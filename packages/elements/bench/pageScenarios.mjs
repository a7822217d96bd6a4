// What a page loads of the custom elements, scenario by scenario, shared by `pnpm bench` (bench/size.mjs) and
// the size budgets (.size-limit.js), and measured as @verify-kit/ui measures its React components' pages
// (its bench/pageScenarios.mjs): the page's entry bundled by esbuild with code splitting, each chunk the page
// loads gzipped on its own (the way it travels), summed. Nothing is external: a page that is not React
// ships no TanStack Query of its own, so the elements' is counted.
//
// The elements load the phone field's parts with dynamic imports: the phone rules (libphonenumber-js and the
// kit's rules, no metadata), then either every country's metadata or one chunk per country of a list. A
// scenario says which of those imports the page follows; the others (and French, and the QR code of the
// operator check) are left out of the build, as the page never loads them.

/** The countries of the example site (France, Belgium, Switzerland, Luxembourg, the UK). */
export const siteCountries = ["FR", "BE", "CH", "LU", "GB"];

const rulesChunk = /phoneRules\.js$/;
const allCountriesChunk = /^libphonenumber-js\/max\/metadata$/;
const countryLoaders = /countryPlanLoaders\.js$/;
const countryChunk = /countries\/([A-Z]{2})\.js$/;

/**
 * The dynamic imports each scenario follows:
 * - `initial`: none, what the page loads before the phone field is used (or the browser is idle);
 * - `countries`: the phone rules and the site's countries (a `countries` attribute, or the server's list);
 * - `all`: the phone rules and every country's metadata (no list).
 * @type {Record<string, (path: string) => boolean>}
 */
const follows = {
  initial: () => false,
  countries: (path) =>
    rulesChunk.test(path) ||
    countryLoaders.test(path) ||
    siteCountries.includes(countryChunk.exec(path)?.[1] ?? ""),
  all: (path) => rulesChunk.test(path) || allCountriesChunk.test(path),
};

/** An esbuild plugin leaving out (external) the dynamic imports `scenario` does not follow. */
export function scenarioPlugin(scenario) {
  const follow = follows[scenario];
  if (follow === undefined) throw new Error(`unknown scenario ${scenario}`);
  return {
    name: `elements-page-${scenario}`,
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) =>
        args.kind === "dynamic-import" && !follow(args.path)
          ? { path: args.path, external: true }
          : undefined,
      );
    },
  };
}

/**
 * The same scenarios over the script-tag build (dist/cdn), whose chunks are already built: the files a page
 * loads, by name (`verify-kit-elements-<chunk>-<hash>.js`).
 * @type {Record<string, (file: string) => boolean>}
 */
export const cdnFiles = {
  initial: (file) => file === "verify-kit-elements.js",
  countries: (file) =>
    cdnFiles.initial(file) ||
    /^verify-kit-elements-(phoneRules|countryPlanLoaders)-/.test(file) ||
    siteCountries.some((country) => file.startsWith(`verify-kit-elements-${country}-`)),
  all: (file) =>
    cdnFiles.initial(file) || /^verify-kit-elements-(phoneRules|metadata\.max\.json)-/.test(file),
};
