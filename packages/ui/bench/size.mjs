// `pnpm --filter @verify-kit/ui bench`: what an app pays for PinInput and for the stylesheet, min+gzip, beside
// input-otp measured the same way in the same run: esbuild `--bundle --minify --format=esm`, a production
// `process.env.NODE_ENV`, only react and react-dom external, then gzip -9. Then what a page pays for the phone
// field and the flows, before the field is used, with a list of countries and with every country, beside
// react-phone-number-input and react-international-phone (see pageScenarios.mjs). Builds core, react and ui
// first, so the figures are those of the published files.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import { measurePage } from "./measurePage.mjs";
import { peers, scenarioPlugin, siteCountries } from "./pageScenarios.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const goals = { pinInput: 3500, css: 3000, ui: 12000 };
const mustNotPull = ["libphonenumber-js", "@tanstack/"];

execFileSync(
  "pnpm",
  ["--filter", "@verify-kit/core", "--filter", "@verify-kit/react", "--filter", "@verify-kit/ui", "build"],
  { cwd: packageDir, stdio: ["ignore", "ignore", "inherit"] },
);

/** Bundles `source` as an app's entry would be, and measures it. */
async function measure(source, conditions = [], external = ["react", "react-dom"]) {
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    metafile: true,
    conditions,
    define: { "process.env.NODE_ENV": '"production"' },
    external: external.flatMap((name) => [name, `${name}/*`]),
    // The phone metadata is loaded when the field is used: measured apart, below.
    plugins: [scenarioPlugin("initial")],
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const byPackage = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    if (bytesInOutput === 0) continue;
    const name = packageOf(path);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, byPackage };
}

/** The package a bundled file belongs to, from its path relative to packages/ui. */
function packageOf(path) {
  const inModules = path.split("node_modules/").at(-1);
  if (inModules !== path) {
    const parts = inModules.split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const sibling = /^\.\.\/([a-z-]+)\//.exec(path);
  return sibling ? `@verify-kit/${sibling[1]}` : "@verify-kit/ui";
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const pinInput = await measure('export { PinInput } from "@verify-kit/ui";');
const pinInputSources = await measure('export { PinInput } from "@verify-kit/ui";', ["@verify-kit/source"]);
const hookAlone = await measure('export { usePinInput } from "@verify-kit/react";');
const hookAloneSources = await measure('export { usePinInput } from "@verify-kit/react";', [
  "@verify-kit/source",
]);
const inputOtp = await measure('export { OTPInput } from "input-otp";');
// The flows: every third-party package an app brings anyway (or that the flows share with it) is external.
const flowExternals = [
  "react",
  "react-dom",
  "@tanstack/react-query",
  "@tanstack/query-core",
  "react-hook-form",
  "libphonenumber-js",
  "lean-qr",
];
const kitExternals = [...flowExternals, "@verify-kit/core", "@verify-kit/react"];
const wholeUi = await measure('export * from "@verify-kit/ui";', [], flowExternals);
const wholeUiOwn = await measure('export * from "@verify-kit/ui";', [], kitExternals);
const frenchPack = await measure('export { fr } from "@verify-kit/ui/locales/fr";', [], flowExternals);
const wholeUiFrench = await measure(
  'export * from "@verify-kit/ui"; export { fr } from "@verify-kit/ui/locales/fr";',
  [],
  flowExternals,
);
const phoneFlow = await measure('export { PhoneVerification } from "@verify-kit/ui";', [], flowExternals);
const numberFlow = await measure('export { NumberVerification } from "@verify-kit/ui";', [], flowExternals);
const phoneField = await measure('export { PhoneField } from "@verify-kit/ui";', [], flowExternals);
const qr = await measure(
  'export { generate } from "lean-qr/nano"; export { toSvgPath } from "lean-qr/extras/svg";',
);
const cssSource = readFileSync(new URL("../dist/styles.css", import.meta.url), "utf8");
const cssMin = (await transform(cssSource, { loader: "css", minify: true })).code;
const css = { min: Buffer.byteLength(cssMin), gzip: gzipSync(cssMin, { level: 9 }).length };

const verdict = (ok) => (ok ? "met" : "MISSED");
const rows = [
  [
    "PinInput (published build)",
    pinInput,
    `≤ ${kB(goals.pinInput)}, < input-otp`,
    verdict(pinInput.gzip <= goals.pinInput && pinInput.gzip < inputOtp.gzip),
  ],
  ["PinInput (workspace sources, module by module)", pinInputSources, "", ""],
  ["usePinInput alone (published build)", hookAlone, "", ""],
  ["usePinInput alone (workspace sources)", hookAloneSources, "", ""],
  ["input-otp 1.5 OTPInput (its injected <style> included)", inputOtp, "", ""],
  [
    "whole ui package, with the kit's core and hooks (1)",
    wholeUi,
    `≤ ${kB(goals.ui)}`,
    verdict(wholeUi.gzip <= goals.ui),
  ],
  [
    "whole ui package's own code (1), @verify-kit/* external too",
    wholeUiOwn,
    `≤ ${kB(goals.ui)}`,
    verdict(wholeUiOwn.gzip <= goals.ui),
  ],
  ["whole ui package + French pack (1)", wholeUiFrench, "", ""],
  ["French pack alone (@verify-kit/ui/locales/fr, every string and error message) (1)", frenchPack, "", ""],
  ["PhoneVerification alone (1)", phoneFlow, "", ""],
  ["NumberVerification alone, before its QR code and SMS fallback load (1)", numberFlow, "", ""],
  ["PhoneField alone (1)", phoneField, "", ""],
  ["lean-qr 2.7 nano + SVG path (the QR code, external above)", qr, "", ""],
  ["@verify-kit/ui/styles.css", css, `≤ ${kB(goals.css)}`, verdict(css.gzip <= goals.css)],
];

const table = [
  ["what", "min", "min+gzip", "goal", ""],
  ...rows.map(([what, size, goal, v]) => [what, kB(size.min), kB(size.gzip), goal, v]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) =>
  `| ${row.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(" | ")} |`;
const rule = `|${widths.map((width, i) => (i === 1 || i === 2 ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2))).join("|")}|`;

console.info(
  "What an app pays (esbuild --bundle --minify --format=esm, NODE_ENV=production, react and react-dom external, gzip -9)\n",
);
console.info([line(table[0]), rule, ...table.slice(1).map(line)].join("\n"));
console.info(`(1) external: ${flowExternals.join(", ")}`);
console.info("\nMinified bytes of the published PinInput bundle, by package:");
for (const [name, bytes] of [...pinInput.byPackage].sort((a, b) => b[1] - a[1])) {
  console.info(`  ${name.padEnd(22)} ${String(bytes).padStart(6)} B`);
}
// What a page pays for a phone field, chunk by chunk as the browser loads them, in `scenario`.
const measureKitPage = (source, scenario) =>
  measurePage(source, { resolveDir: packageDir, plugin: scenarioPlugin(scenario), external: peers });

const pageGoals = { initial: 25_000, countries: 40_000 };
// Before the metadata was loaded on use: main at 4f72d44, measured by measurePage on this machine (every
// country, all in the page's one chunk).
const before = { PhoneVerification: 72_240, NumberVerification: 78_511, PhoneField: 62_318 };
const kitPages = Object.keys(before).map((name) => [
  name,
  `import { ${name} } from "@verify-kit/ui"; console.log(${name});`,
]);
// The peers, as a minimal phone field with validation: they load everything at once, whatever the list.
const peerPages = [
  [
    "react-phone-number-input 3.4 (min metadata: cannot tell a mobile from a landline)",
    'import PhoneInput, { isValidPhoneNumber } from "react-phone-number-input"; import "react-phone-number-input/style.css"; console.log(PhoneInput, isValidPhoneNumber);',
  ],
  [
    "react-phone-number-input 3.4 /max (number types: tells mobiles, as the kit does)",
    'import PhoneInput, { parsePhoneNumber } from "react-phone-number-input/max"; console.log(PhoneInput, parsePhoneNumber);',
  ],
  [
    "react-international-phone 4.8 + libphonenumber-js/min isValidPhoneNumber (it has no validation)",
    'import { PhoneInput } from "react-international-phone"; import { isValidPhoneNumber } from "libphonenumber-js/min"; console.log(PhoneInput, isValidPhoneNumber);',
  ],
];
const pageRows = [];
let missed = false;
for (const [name, source] of kitPages) {
  const [initial, countries, all] = await Promise.all(
    ["initial", "countries", "all"].map((scenario) => measureKitPage(source, scenario)),
  );
  const met = initial.gzip <= pageGoals.initial && countries.gzip <= pageGoals.countries;
  const allMet = all.gzip <= before[name];
  missed ||= !met || !allMet;
  pageRows.push([
    `verify-kit ${name}`,
    kB(before[name]),
    kB(initial.gzip),
    kB(countries.gzip),
    kB(all.gzip),
    `${initial.chunks} / ${countries.chunks} / ${all.chunks}`,
    verdict(met && allMet),
  ]);
}
// NumberVerification's later steps are chunks of their own, loaded when needed (not counted above): its QR
// encoder when a check waits on a desktop, its SMS fallback when the user heads for it. With both:
{
  const [, source] = kitPages.find(([name]) => name === "NumberVerification");
  const [initial, everyStep] = await Promise.all(
    ["initial", "countriesEveryStep"].map((scenario) => measureKitPage(source, scenario)),
  );
  pageRows.push([
    "verify-kit NumberVerification, its QR code and SMS fallback loaded too",
    "",
    kB(initial.gzip),
    kB(everyStep.gzip),
    "",
    `${initial.chunks} / ${everyStep.chunks} / `,
    "",
  ]);
}
for (const [name, source] of peerPages) {
  const page = await measureKitPage(source, "initial");
  pageRows.push([name, "", kB(page.gzip), kB(page.gzip), kB(page.gzip), "1 / 1 / 1", ""]);
}
const pageTable = [
  [
    "phone field of a page",
    "before (4f72d44)",
    "initial",
    `with ${siteCountries.join(", ")}`,
    "all countries",
    "chunks",
    `initial ≤ ${kB(pageGoals.initial)}, list ≤ ${kB(pageGoals.countries)}, all ≤ before`,
  ],
  ...pageRows,
];
const pageWidths = pageTable[0].map((_, i) => Math.max(...pageTable.map((row) => row[i].length)));
const pageLine = (row) =>
  `| ${row.map((cell, i) => (i >= 1 && i <= 4 ? cell.padStart(pageWidths[i]) : cell.padEnd(pageWidths[i]))).join(" | ")} |`;
console.info(
  `\nWhat a page pays for its phone field, gzip -9 of each chunk it loads, summed (esbuild, code splitting, production;\nexternal, as the app ships them anyway: ${peers.join(", ")}). Initial: before the field is used;\nthen once it has loaded the phone metadata, of a list of countries or of every one. Before: the same page before\nthe metadata was loaded on use (every country, at load).\n`,
);
console.info(
  [
    pageLine(pageTable[0]),
    `|${pageWidths.map((width, i) => (i >= 1 && i <= 4 ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2))).join("|")}|`,
    ...pageTable.slice(1).map(pageLine),
  ].join("\n"),
);
if (missed) process.exitCode = 1;

const pulled = [...pinInput.byPackage.keys()].filter((name) =>
  mustNotPull.some((bad) => name.startsWith(bad)),
);
console.info(
  pulled.length === 0
    ? "Neither libphonenumber-js nor TanStack Query is in it."
    : `PULLED IN, and must not be: ${pulled.join(", ")}`,
);
if (pulled.length > 0) process.exitCode = 1;
