// `pnpm --filter @verify-kit/elements bench`: what a page pays for the custom elements, beside the React kit
// measured the same way in the same run, and what a base library would have cost them.
// - The script-tag build as the browser gets it: each file of dist/cdn, gzip -9, and the total.
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
for (const file of files) {
  const bytes = readFileSync(join(cdn, file));
  const size = { min: bytes.length, gzip: gzip(bytes) };
  total = { min: total.min + size.min, gzip: total.gzip + size.gzip };
  const what = file.endsWith(".css")
    ? "the kit's stylesheet (linked by the entry)"
    : file === entryName
      ? "entry: both elements, flows, query-core, English"
      : /phoneRules/.test(file)
        ? "chunk: phone rules and metadata (once the field is used)"
        : /qrCode/.test(file)
          ? "chunk: QR code (a check waiting on a desktop)"
          : "chunk: French (lang=fr)";
  if (file === entryName) entry = size;
  // Chunk names end with a content hash.
  const name = file === entryName ? file : file.replace(/-[\w-]{8}\.js$/, "-*.js");
  rows.push([`elements: ${name}`, what, size]);
}
rows.push(["elements: every file", "what a page can load at most", total]);

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

const widths = [48, 78, 10, 10];
const line = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join(" ");
console.info(line(["what", "holds", "min", "gzip"]));
for (const [name, holds, size] of rows) console.info(line([name, holds, kB(size.min), kB(size.gzip)]));
console.info(
  `\nA page with both elements loads ${kB(entry.gzip)} gzip first and ${kB(total.gzip)} at most (with the stylesheet); the React kit's two flows weigh ${kB(react.gzip)} gzip in one bundle.`,
);
