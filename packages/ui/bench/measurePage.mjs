// What a page pays, chunk by chunk as the browser loads them: shared by the ui and elements benches, so that
// both print figures measured the same way.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const entryNamespace = "page-entry";

/**
 * Bundles `source` as a page's entry (esbuild, code splitting, minified, production) resolved from
 * `resolveDir`; `plugin` says which dynamic imports the page follows (a scenario of pageScenarios.mjs);
 * `external` packages are not counted. Sums the page's JS chunks, each gzipped on its own (-9).
 */
export async function measurePage(source, { resolveDir, plugin, external = [] }) {
  const result = await build({
    entryPoints: ["page"],
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    outdir: "page",
    write: false,
    define: { "process.env.NODE_ENV": '"production"' },
    external: external.flatMap((name) => [name, `${name}/*`]),
    // The peers ship their styles as CSS files: JS is compared here, the kit's CSS in a row of its own.
    loader: { ".css": "empty" },
    plugins: [
      {
        name: entryNamespace,
        setup(page) {
          page.onResolve({ filter: /^page$/ }, () => ({ path: "page", namespace: entryNamespace }));
          page.onLoad({ filter: /.*/, namespace: entryNamespace }, () => ({
            contents: source,
            resolveDir,
            loader: "js",
          }));
        },
      },
      plugin,
    ],
    logLevel: "error",
  });
  const chunks = result.outputFiles.filter((file) => file.path.endsWith(".js"));
  return {
    min: chunks.reduce((sum, chunk) => sum + chunk.contents.length, 0),
    gzip: chunks.reduce((sum, chunk) => sum + gzipSync(chunk.contents, { level: 9 }).length, 0),
    chunks: chunks.length,
  };
}
