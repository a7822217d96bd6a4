// What a page loads of the kit, scenario by scenario, shared by `pnpm bench` (bench/size.mjs) and the size
// budgets (.size-limit.mjs), so that both measure the same thing: an app's entry bundled by esbuild with
// code splitting, each chunk the page loads gzipped on its own (the way it travels), summed.
//
// The kit loads the phone metadata with dynamic imports: libphonenumber-js with the kit's rules, then either
// every country's metadata or one chunk per country of a list. A scenario says which of those imports the
// page follows; the others are left out of the build (external), as a page never loads them.

/** The app's own packages, which it ships whatever phone field it uses: never counted. */
export const peers = [
  "react",
  "react-dom",
  "@tanstack/react-query",
  "@tanstack/query-core",
  "react-hook-form",
];

/** The countries of the example site (France, Belgium, Switzerland, Luxembourg, the UK). */
export const siteCountries = ["FR", "BE", "CH", "LU", "GB"];

const parserChunk = /createPhoneParser\.js$/;
const allCountriesChunk = /^libphonenumber-js\/max\/metadata$/;
const countryLoaders = /countryPlanLoaders\.js$/;
const countryChunk = /countries\/([A-Z]{2})\.js$/;

const phoneMetadata = (path) =>
  parserChunk.test(path) ||
  allCountriesChunk.test(path) ||
  countryLoaders.test(path) ||
  countryChunk.test(path);
const siteMetadata = (path) =>
  parserChunk.test(path) ||
  countryLoaders.test(path) ||
  siteCountries.includes(countryChunk.exec(path)?.[1] ?? "");

/**
 * The dynamic imports each scenario follows:
 * - `initial`: none, what the page loads before the phone field is used;
 * - `countries`: libphonenumber-js and the site's countries (a `countries` list);
 * - `all`: libphonenumber-js and every country's metadata (no list);
 * - `countriesEveryStep`: `countries` and the flows' later steps (NumberVerification's QR encoder, loaded
 *   when a check waits on a desktop, and its SMS fallback, loaded when the user heads for it).
 * @type {Record<string, (path: string) => boolean>}
 */
const follows = {
  initial: () => false,
  countries: siteMetadata,
  all: (path) => parserChunk.test(path) || allCountriesChunk.test(path),
  countriesEveryStep: (path) => siteMetadata(path) || !phoneMetadata(path),
};

/** An esbuild plugin leaving out (external) the dynamic imports `scenario` does not follow. */
export function scenarioPlugin(scenario) {
  const follow = follows[scenario];
  if (follow === undefined) throw new Error(`unknown scenario ${scenario}`);
  return {
    name: `page-${scenario}`,
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) =>
        args.kind === "dynamic-import" && !follow(args.path)
          ? { path: args.path, external: true }
          : undefined,
      );
    },
  };
}
