// After `pnpm build`: the packages as npm would publish them (`pnpm pack`, which writes the workspace's
// versions into the manifests), checked by publint (strict) and by @arethetypeswrong/cli with its ESM-only
// profile (the packages ship ESM only: require() from CommonJS is not supported, and not checked).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const packs = mkdtempSync(join(tmpdir(), "verify-kit-packs-"));

/** Runs a tool of the workspace; resolves with what it printed if it failed, else with nothing. */
function check(name, args) {
  return new Promise((resolve) => {
    const child = spawn("pnpm", ["exec", name, ...args], { cwd: root });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("close", (code) => resolve(code === 0 ? undefined : `${name} ${args[0]}:\n${output}`));
  });
}

try {
  const packed = spawnSync("pnpm", ["-r", "--filter", "./packages/*", "pack", "--pack-destination", packs], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (packed.status !== 0) throw new Error("pnpm pack failed");
  const tarballs = readdirSync(packs)
    .filter((file) => file.endsWith(".tgz"))
    .map((file) => join(packs, file));
  const failures = (
    await Promise.all(
      tarballs.flatMap((tarball) => [
        check("publint", ["run", tarball, "--strict"]),
        // The stylesheets, and the elements' script-tag file (loaded by a page, not imported), have no types.
        check("attw", [
          tarball,
          "--profile",
          "esm-only",
          "--exclude-entrypoints",
          "./styles.css",
          "./verify-kit-elements.js",
        ]),
      ]),
    )
  ).filter((failure) => failure !== undefined);
  if (failures.length > 0) {
    console.error(failures.join("\n"));
    process.exitCode = 1;
  } else {
    console.info(`publint (strict) and arethetypeswrong (ESM only): ${tarballs.length} packages clean.`);
  }
} finally {
  rmSync(packs, { recursive: true, force: true });
}
