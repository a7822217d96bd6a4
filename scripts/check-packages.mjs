// After `pnpm build`: every file a package's `exports` names exists, the built entry points load in Node,
// and the browser entry of @verify-kit/core carries none of the server-only DQE client.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const problems = [];

for (const name of readdirSync(join(root, "packages"))) {
  const dir = join(root, "packages", name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
    for (const [condition, target] of Object.entries(conditions)) {
      if (condition === "@verify-kit/source") continue;
      if (!existsSync(join(dir, target)))
        problems.push(`${manifest.name} "${subpath}" ${condition}: ${target} is missing`);
    }
  }
  for (const [bin, target] of Object.entries(manifest.bin ?? {})) {
    if (!existsSync(join(dir, target))) problems.push(`${manifest.name} bin ${bin}: ${target} is missing`);
  }
}

// Entry points that must load in plain Node from their built files (no source condition).
for (const entry of [
  "core/dist/index.js",
  "core/dist/dqe/index.js",
  "core/dist/messages/index.js",
  "server/dist/index.js",
  "server/dist/sandbox/index.js",
  "server/dist/node/index.js",
]) {
  try {
    await import(pathToFileURL(join(root, "packages", entry)).href);
  } catch (error) {
    problems.push(`packages/${entry} does not load: ${error.message}`);
  }
}

const browserEntry = readFileSync(join(root, "packages/core/dist/index.js"), "utf8");
for (const serverOnly of ["client_secret", "grant_type", "/GDPR_VERIF/"]) {
  if (browserEntry.includes(serverOnly))
    problems.push(`@verify-kit/core's browser entry contains "${serverOnly}"`);
}

// The elements' script-tag build: a page loads it with no import map, so no file may import a bare name.
const cdn = join(root, "packages/elements/dist/cdn");
for (const file of readdirSync(cdn).filter((name) => name.endsWith(".js"))) {
  const code = readFileSync(join(cdn, file), "utf8");
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+)["'`]/g)) {
    if (!/^(\.{1,2}\/|\/|https?:)/.test(specifier))
      problems.push(`packages/elements/dist/cdn/${file} imports "${specifier}", which no browser resolves`);
  }
}

if (problems.length > 0) {
  console.error(`Package checks failed:\n  - ${problems.join("\n  - ")}`);
  process.exit(1);
}
console.info(
  "Package checks passed: exports exist, built entries load, the browser entry holds no DQE client.",
);
