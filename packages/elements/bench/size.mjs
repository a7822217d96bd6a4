// `pnpm --filter @verify-kit/elements bench`: what a page pays for the custom elements, beside the React kit
// measured the same way in the same run, and what a base library would have cost them.
// - The script-tag build as the browser gets it: each file of dist/cdn, gzip -9 (the countries' numbering
//   plans, one file each, in one row), and the total.
// - What a page loads, before the phone field is used, with a list of countries (FR, BE, CH, LU, GB) and with
//   every country: the script-tag files it loads, and the bundler build measured as @verify-kit/ui measures
//   its React components' pages (bench/pageScenarios.mjs: esbuild, code splitting, each chunk gzipped), beside
//   those React pages in the same run.
// - The React kit for the same two flows: PhoneVerification and NumberVerification from the built
//   @verify-kit/ui, bundled with everything they need (react, react-dom, TanStack Query, libphonenumber-js,
//   lean-qr): esbuild --bundle --minify, production, then gzip -9.
// - The base: the elements' own DOM helpers and shared element class (no framework) beside the smallest
//   sound alternatives, Lit's LitElement + html and Preact's render + hooks, bundled the same way.
// Builds the packages first, so the figures are those of the published files.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
// What a page loads, measured as @verify-kit/ui's bench measures its pages.
import { measurePage } from "../../ui/bench/measurePage.mjs";
import { peers, scenarioPlugin as reactScenario } from "../../ui/bench/pageScenarios.mjs";
import { cdnFiles, scenarioPlugin, siteCountries } from "./pageScenarios.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const uiDir = fileURLToPath(new URL("../../ui", import.meta.url));

// `--no-build` measures the files as they are (after a `pnpm build`).
if (!process.argv.includes("--no-build"))
  execFileSync(
    "pnpm",
    [
      "--filter",
      "@verify-kit/core",
      "--filter",
      "@verify-kit/react",
      "--filter",
      "@verify-kit/ui",
      "--filter",
      "@verify-kit/elements",
      "build",
    ],
    { cwd: packageDir, stdio: ["ignore", "ignore", "inherit"] },
  );

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** Bundles `source` (resolved from `dir`) as an app's entry would be, minified, and measures it. */
async function measure(source, dir = packageDir) {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzip(code) };
}

const rows = [];
const cdn = join(packageDir, "dist/cdn");
let total = { min: 0, gzip: 0 };
const entryName = "verify-kit-elements.js";
// The entry first, then its chunks and the stylesheet.
const files = readdirSync(cdn).sort((a, b) =>
  a === entryName ? -1 : b === entryName ? 1 : a.localeCompare(b),
);
let entry = { min: 0, gzip: 0 };
const countryPlans = { min: 0, gzip: 0, files: 0 };
/** Each file's size, by name: what the page scenarios add up. */
const fileSizes = new Map();
for (const file of files) {
  const bytes = readFileSync(join(cdn, file));
  const size = { min: bytes.length, gzip: gzip(bytes) };
  fileSizes.set(file, size);
  total = { min: total.min + size.min, gzip: total.gzip + size.gzip };
  if (/^verify-kit-elements-[A-Z]{2}-/.test(file)) {
    countryPlans.min += size.min;
    countryPlans.gzip += size.gzip;
    countryPlans.files += 1;
    continue;
  }
  const what = file.endsWith(".css")
    ? "the kit's stylesheet (linked by the entry)"
    : file === entryName
      ? "entry: both elements, flows, query-core, English"
      : /phoneRules/.test(file)
        ? "chunk: phone rules, libphonenumber-js without metadata (field used, or idle)"
        : /countryPlanLoaders/.test(file)
          ? "chunk: the table of the countries' numbering plans (with the first plan)"
          : /metadata\.max/.test(file)
            ? "chunk: every country's metadata (when no list of countries is known)"
            : /qrCode/.test(file)
              ? "chunk: QR code (a check waiting on a desktop)"
              : "chunk: French (lang=fr)";
  if (file === entryName) entry = size;
  // Chunk names end with a content hash.
  const name = file === entryName ? file : file.replace(/-[\w-]{8}\.js$/, "-*.js");
  rows.push([`elements: ${name}`, what, size]);
}
rows.push([
  "elements: verify-kit-elements-<country>-*.js",
  `chunks: one country's numbering plan each (${countryPlans.files} files, summed here)`,
  countryPlans,
]);
rows.push(["elements: every file", "all of dist/cdn (a page loads a part: see below)", total]);

const react = await measure(
  'export { PhoneVerification, NumberVerification } from "@verify-kit/ui"; export { VerificationProvider } from "@verify-kit/react"; export { QueryClient } from "@tanstack/react-query"; export { createRoot } from "react-dom/client";',
  uiDir,
);
rows.push([
  "React kit: PhoneVerification + NumberVerif.",
  "with react, react-dom, TanStack Query, libphonenumber-js, lean-qr (one bundle)",
  react,
]);
const uiCss = readFileSync(join(uiDir, "dist/styles.css"));
rows.push([
  "React kit: + @verify-kit/ui/styles.css",
  "the same stylesheet",
  { min: react.min + uiCss.length, gzip: react.gzip + gzip(uiCss) },
]);

const ownBase = await measure(
  'export { h, setAttributes, setText, toggle, button, heading } from "./dist/support/dom.js";',
);
const lit = await measure('export { LitElement, html, css, nothing } from "lit";');
const preact = await measure(
  'export { h, render, Fragment } from "preact"; export { useState, useEffect, useRef } from "preact/hooks";',
);
rows.push(["base: none (the elements' DOM helpers)", "what the elements use instead of a library", ownBase]);
rows.push(["base: Lit 3", "LitElement, html, css", lit]);
rows.push(["base: Preact 11", "render, h, hooks", preact]);

const widths = [54, 80, 10, 10];
const line = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join(" ");
console.info(line(["what", "holds", "min", "gzip"]));
for (const [name, holds, size] of rows) console.info(line([name, holds, kB(size.min), kB(size.gzip)]));

const scenarios = ["initial", "countries", "all"];
/** The script-tag files a page loads in `scenario`, summed. */
const cdnPage = (scenario) =>
  [...fileSizes].reduce(
    (sum, [file, size]) =>
      cdnFiles[scenario](file) ? { min: sum.min + size.min, gzip: sum.gzip + size.gzip } : sum,
    { min: 0, gzip: 0 },
  );
// Before the elements moved onto the per-country phone runtime (bca7cdb), measured the same ways: the entry,
// then one chunk with the full parser and every country's metadata whatever the list.
const before = { cdn: [23_085, 90_063, 90_063], bundler: [23_521, 91_996, 91_996] };
const pageRows = [
  ["elements, script tag (dist/cdn files)", before.cdn, scenarios.map(cdnPage)],
  [
    "elements, bundler build (everything counted)",
    before.bundler,
    await Promise.all(
      scenarios.map((scenario) =>
        measurePage('import "@verify-kit/elements";', {
          resolveDir: packageDir,
          plugin: scenarioPlugin(scenario),
        }),
      ),
    ),
  ],
];
for (const name of ["PhoneVerification", "NumberVerification"]) {
  pageRows.push([
    `React ${name} (the app's packages external)`,
    undefined,
    await Promise.all(
      scenarios.map((scenario) =>
        measurePage(`import { ${name} } from "@verify-kit/ui"; console.log(${name});`, {
          resolveDir: uiDir,
          plugin: reactScenario(scenario),
          external: peers,
        }),
      ),
    ),
  ]);
}
const pageWidths = [56, 22, 22, 22];
const pageLine = (cells) => cells.map((cell, index) => String(cell).padEnd(pageWidths[index])).join(" ");
const figure = (now, then) => (then === undefined ? kB(now.gzip) : `${kB(now.gzip)} (${kB(then)})`);
console.info(
  `\nWhat a page loads, gzip -9 of each file, summed: before the phone field is used (or the browser is idle), then\nonce it has loaded the metadata of ${siteCountries.join(", ")} (a countries attribute, or the server's list), or of every\ncountry. In brackets, the same page before the per-country runtime (bca7cdb). The elements' rows count
everything, TanStack Query's core included (a page that is not React ships none of its own); the React rows, as
@verify-kit/ui's bench, leave out the app's own packages: ${peers.join(", ")}.\n`,
);
console.info(pageLine(["page", "initial", `with ${siteCountries.join(" ")}`, "every country"]));
for (const [name, then, sizes] of pageRows) {
  console.info(pageLine([name, ...sizes.map((size, index) => figure(size, then?.[index]))]));
}
console.info(
  `\nA page with both elements loads ${kB(entry.gzip)} gzip first (script tag), then ${kB(cdnPage("countries").gzip - entry.gzip)} for a list of five countries or ${kB(cdnPage("all").gzip - entry.gzip)} for every country, and the stylesheet; the React kit's two flows weigh ${kB(react.gzip)} gzip in one bundle.`,
);
