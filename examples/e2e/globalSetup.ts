// Before the consumer tests: the kit as another team gets it. The packages (built by `pnpm build`) are
// packed, each example app is copied to a temporary folder and installed there with npm from its committed
// lock file and the tarballs, built as its README says, and served on the ports of apps.ts. Returns the
// teardown, which stops what it started and removes the folder. Prints how long each phase took.
import { type ChildProcess, spawn } from "node:child_process";
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ports } from "./apps.js";

const examples = fileURLToPath(new URL("..", import.meta.url));
const root = join(examples, "..");
const results = join(examples, "test-results");
const logs = join(results, "logs");

// Writes each app's lock file back after a plain `npm install` (after changing an app's dependencies).
const updateLocks = process.env.UPDATE_EXAMPLE_LOCKS === "1";

/** Runs `command` in `cwd`, its output in logs/<log>.log; rejects with the log's end when it fails. */
function run(
  log: string,
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
) {
  const file = join(logs, `${log}.log`);
  const out = createWriteStream(file);
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on("error", reject);
    child.on("close", (code) => {
      out.end(() => {
        if (code === 0) return resolve();
        const tail = readFileSync(file, "utf8").split("\n").slice(-40).join("\n");
        reject(new Error(`${command} ${args.join(" ")} (in ${cwd}) exited with ${code}:\n${tail}`));
      });
    });
  });
}

/** Starts a server in its own process group (so that the teardown stops its children too). */
function serve(log: string, command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv) {
  const out = createWriteStream(join(logs, `${log}.log`));
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

/** The last lines a server wrote (its log), for the error that says why it did not come up. */
function logTail(log: string) {
  const file = join(logs, `${log}.log`);
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-30).join("\n") : "(no log)";
}

/** Resolves once `url` answers 200; rejects after `ms`, or at once if the server's process ended. */
async function answering(url: string, server: ChildProcess, log: string, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server for ${url} exited with ${server.exitCode}:\n${logTail(log)}`);
    }
    const status = await fetch(url).then(
      (answer) => answer.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s:\n${logTail(log)}`);
}

/** The kit's own tarballs change with every build: their lock entries keep the version, not the hash. */
function withoutKitHashes(lockFile: string) {
  const lock = JSON.parse(readFileSync(lockFile, "utf8"));
  for (const entry of Object.values<{ resolved?: string; integrity?: string }>(lock.packages ?? {})) {
    if (entry.resolved?.startsWith("file:")) delete entry.integrity;
  }
  writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
}

/** Copies an example app without what a run leaves in it. */
function copyApp(name: string, into: string) {
  const from = join(examples, name);
  cpSync(from, join(into, name), {
    recursive: true,
    filter: (path) => !/(^|\/)(node_modules|\.next|dist|test-results)(\/|$)/.test(relative(from, path)),
  });
  return join(into, name);
}

/**
 * npm ci installs a locked tarball's dependencies as the lock lists them, so a dependency the kit gained
 * since the lock was written would be missing at run time: say so before installing.
 */
function lockHasKitDependencies(app: string) {
  const lock = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8"));
  const locked = Object.keys(lock.packages ?? {});
  for (const path of locked.filter((entry) => entry.startsWith("node_modules/@verify-kit/"))) {
    const name = path.slice("node_modules/@verify-kit/".length);
    const manifest = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8"));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (
        !locked.some(
          (entry) => entry === `node_modules/${dependency}` || entry.endsWith(`/node_modules/${dependency}`),
        )
      ) {
        throw new Error(
          `examples/${basename(app)}'s lock file lacks ${dependency}, a dependency of @verify-kit/${name}: ` +
            "run UPDATE_EXAMPLE_LOCKS=1 pnpm test:examples and commit the lock files.",
        );
      }
    }
  }
}

async function install(app: string, log: string) {
  withoutKitHashes(join(app, "package-lock.json"));
  const flags = ["--prefer-offline", "--no-audit", "--no-fund"];
  if (!updateLocks) {
    lockHasKitDependencies(app);
    return run(log, "npm", ["ci", ...flags], app);
  }
  // npm keeps a locked tarball's dependencies as they were: forget the kit's entries so that it reads the
  // new tarballs' package.json files (a dependency the kit gained lands in the lock).
  const locked = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8"));
  for (const path of Object.keys(locked.packages ?? {})) {
    if (path.startsWith("node_modules/@verify-kit/")) delete locked.packages[path];
  }
  writeFileSync(join(app, "package-lock.json"), `${JSON.stringify(locked, null, 2)}\n`);
  await run(log, "npm", ["install", ...flags], app);
  const lock = join(app, "package-lock.json");
  withoutKitHashes(lock);
  cpSync(lock, join(examples, relative(join(app, ".."), app), "package-lock.json"));
}

export default async function globalSetup() {
  mkdirSync(logs, { recursive: true });
  if (!existsSync(join(root, "packages/ui/dist/index.js"))) {
    throw new Error("The packages are not built: run `pnpm build` first.");
  }
  const dir = mkdtempSync(join(tmpdir(), "verify-kit-examples-"));
  const servers: ChildProcess[] = [];
  const timings: Record<string, number> = {};
  const phase = async (name: string, work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    timings[name] = Math.round((performance.now() - start) / 100) / 10;
  };

  const teardown = async () => {
    for (const server of servers) {
      if (server.pid !== undefined && server.exitCode === null) {
        try {
          process.kill(-server.pid, "SIGTERM");
        } catch {
          // Already gone.
        }
      }
    }
    await Promise.all(
      servers.map((server) =>
        server.exitCode === null ? new Promise((resolve) => server.once("exit", resolve)) : undefined,
      ),
    );
    if (process.env.KEEP_EXAMPLES !== "1") rmSync(dir, { recursive: true, force: true });
  };

  try {
    await phase("pack", () =>
      run(
        "pack",
        "pnpm",
        ["-r", "--filter", "./packages/*", "pack", "--pack-destination", join(dir, "packs")],
        root,
      ),
    );
    const next = copyApp("next", dir);
    const vite = copyApp("vite", dir);
    const node = copyApp("node", dir);
    await phase("npm install (the three apps at once)", () =>
      Promise.all([
        install(next, "install-next"),
        install(vite, "install-vite"),
        install(node, "install-node"),
      ]),
    );
    // The plain Node app has nothing to build: node.spec.ts runs its script, against the Vite app's adapter.
    process.env.VERIFY_KIT_NODE_APP = node;
    const quiet = { NEXT_TELEMETRY_DISABLED: "1" };
    await phase("next build", () => run("build-next", "npm", ["run", "build"], next, quiet));
    await phase("vite build (tsc -b, vite build)", () => run("build-vite", "npm", ["run", "build"], vite));

    await phase("servers up", async () => {
      const nextServer = serve(
        "next",
        "node_modules/.bin/next",
        ["start", "-p", `${ports.next}`, "-H", "127.0.0.1"],
        next,
        quiet,
      );
      const api = serve("vite-api", "node", ["server.js"], vite, {
        API_PORT: `${ports.viteApi}`,
        ALLOWED_ORIGINS: `http://127.0.0.1:${ports.viteDev}`,
      });
      const dev = serve(
        "vite-dev",
        "node_modules/.bin/vite",
        ["--port", `${ports.viteDev}`, "--strictPort", "--host", "127.0.0.1"],
        vite,
        {
          API_URL: `http://127.0.0.1:${ports.viteApi}`,
        },
      );
      const express = serve("vite-express", "node", ["express-server.js"], vite, {
        PORT: `${ports.express}`,
        NODE_ENV: "production",
      });
      servers.push(nextServer, api, dev, express);
      await Promise.all([
        answering(`http://127.0.0.1:${ports.next}/signup`, nextServer, "next"),
        answering(`http://127.0.0.1:${ports.viteApi}/api/config`, api, "vite-api"),
        answering(`http://127.0.0.1:${ports.viteDev}/signup`, dev, "vite-dev"),
        answering(`http://127.0.0.1:${ports.express}/signup`, express, "vite-express"),
      ]);
    });
  } catch (error) {
    await teardown();
    throw error;
  }

  writeFileSync(join(results, "timings.json"), `${JSON.stringify(timings, null, 2)}\n`);
  console.info(
    `Consumer apps ready in ${dir}:\n${Object.entries(timings)
      .map(([name, seconds]) => `  ${name.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s`)
      .join("\n")}`,
  );
  return teardown;
}
