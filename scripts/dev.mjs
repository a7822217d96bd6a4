// `pnpm dev`: the DQE sandbox, the backend adapter and the demo app in one terminal, with prefixed logs.
// Ctrl-C (or SIGTERM, SIGHUP) stops all three and everything they started.
import { spawn } from "node:child_process";
import { connect, createServer } from "node:net";
import { fileURLToPath } from "node:url";
import {
  createConcurrently,
  KillOnSignal,
  KillOthers,
  LogError,
  LogExit,
  Logger,
  LogOutput,
} from "concurrently";

const root = fileURLToPath(new URL("..", import.meta.url));
const host = "127.0.0.1";
const ports = {
  sandbox: port("SANDBOX_PORT", 4010),
  api: port("API_PORT", 8787),
  demo: port("DEMO_PORT", 5173),
};
const sandboxUrl = `http://${host}:${ports.sandbox}`;
const shutdownGraceMs = 5000;

// `pnpm --dir` rather than `--filter`: the same scripts, but pnpm's recursive runner reports a stop by Ctrl-C
// as a failure, with an error block per service.
const services = [
  {
    name: "sandbox",
    label: "DQE sandbox",
    command: "pnpm --dir packages/server run sandbox",
    prefixColor: "magenta",
    env: { SANDBOX_PORT: String(ports.sandbox) },
    port: ports.sandbox,
    portVariable: "SANDBOX_PORT",
  },
  {
    name: "api",
    label: "backend adapter",
    command: "pnpm --dir packages/server run api",
    prefixColor: "cyan",
    env: {
      API_PORT: String(ports.api),
      ...(process.env.DQE_SERVER ? {} : { DQE_SANDBOX_URL: sandboxUrl }),
      // The demo shows WebOTP (the SMS ends with "@127.0.0.1 #" and the code, the page's host) and names
      // itself on the phone's page; both can be set, an empty DQE_SMS_WEBOTP_HOST turns WebOTP off.
      DQE_SMS_WEBOTP_HOST: process.env.DQE_SMS_WEBOTP_HOST ?? "127.0.0.1",
      SITE_NAME: process.env.SITE_NAME ?? "verify-kit demo",
    },
    port: ports.api,
    portVariable: "API_PORT",
    note: process.env.DQE_SERVER
      ? `(talks to DQE_SERVER ${process.env.DQE_SERVER})`
      : "(talks to the sandbox)",
  },
  {
    name: "demo",
    label: "demo app",
    command: "pnpm --dir apps/demo run dev",
    prefixColor: "green",
    env: { DEMO_PORT: String(ports.demo), API_PORT: String(ports.api) },
    port: ports.demo,
    portVariable: "DEMO_PORT",
  },
];

// A port taken by something else would make a service fail, and the banner show the other program's address.
for (const service of services) {
  if (!(await portFree(service.port))) {
    const hint = `stop what uses it or set ${service.portVariable}`;
    console.error(`Port ${service.port} (${service.label}) is already in use: ${hint}.`);
    process.exit(1);
  }
}

// Each command runs in its own process group, so that stopping it reaches pnpm, the shell, tsx, Node, Vite and
// esbuild alike, without depending on `ps` being installed.
const groups = new Set();
const windows = process.platform === "win32";

const logger = new Logger({ prefixFormat: "name" });
const { result } = createConcurrently(
  services.map(({ name, command, prefixColor, env }) => ({ name, command, prefixColor, env })),
  {
    cwd: root,
    logger,
    outputStream: process.stdout,
    spawn: (command, spawnOptions) => {
      const child = spawn(command, { ...spawnOptions, shell: true, detached: !windows });
      if (child.pid) groups.add(child.pid);
      return child;
    },
    kill: (pid, signal) => signalGroup(pid, signal ?? "SIGTERM"),
    controllers: [
      new LogError({ logger }),
      new LogOutput({ logger }),
      new LogExit({ logger }),
      // Forwards SIGINT, SIGTERM and SIGHUP to every command, and counts a stop by Ctrl-C as a success.
      new KillOnSignal({ process }),
      // The three only make sense together: when one fails, stop the others.
      new KillOthers({ logger, conditions: ["failure"], killSignal: "SIGTERM" }),
    ],
  },
);

// A second Ctrl-C means "now". One within a second is the same Ctrl-C, relayed by `pnpm dev`.
let stopping = false;
let firstSignalAt = 0;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stopping = true;
    if (firstSignalAt === 0) firstSignalAt = Date.now();
    else if (Date.now() - firstSignalAt > 1000) for (const pid of groups) signalGroup(pid, "SIGKILL");
  });
}

announceWhenReady();

const exitCode = await result.then(
  () => 0,
  () => (stopping ? 0 : 1),
);
stopping = true;
await reapGroups();
process.exit(exitCode);

/** Reads a port number from the environment, or the default. */
function port(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    console.error(`${name} must be a port number (1 to 65535), not "${value}".`);
    process.exit(1);
  }
  return parsed;
}

/** Sends a signal to a command's whole process group; a group that is already gone is fine. */
function signalGroup(pid, signal) {
  try {
    process.kill(windows ? pid : -pid, signal);
  } catch {
    // ESRCH: nothing left in that group.
  }
}

function groupAlive(pid) {
  try {
    process.kill(windows ? pid : -pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A command counts as closed once its shell exits; what it started may still be shutting down. Give those
 * processes a grace period, then kill what is left.
 */
async function reapGroups() {
  const deadline = Date.now() + shutdownGraceMs;
  for (const pid of groups) signalGroup(pid, "SIGTERM");
  while ([...groups].some(groupAlive) && Date.now() < deadline) await sleep(100);
  const left = [...groups].filter(groupAlive);
  if (left.length > 0) {
    console.warn(`Killing ${left.length} process group(s) that did not stop within ${shutdownGraceMs} ms.`);
    for (const pid of left) signalGroup(pid, "SIGKILL");
  }
}

/** Prints the three addresses once every service accepts connections. */
async function announceWhenReady() {
  const started = Date.now();
  const waiting = new Set(services);
  while (waiting.size > 0 && !stopping) {
    for (const service of waiting) if (await listening(service.port)) waiting.delete(service);
    if (waiting.size === 0 || stopping) break;
    if (Date.now() - started > 60_000) {
      const names = [...waiting].map((service) => service.label).join(", ");
      console.warn(`Still waiting for ${names} after 60 s; see the logs above.`);
      return;
    }
    await sleep(250);
  }
  if (stopping) return;
  const width = Math.max(...services.map((service) => service.label.length));
  const lines = services.map((service) =>
    `  ${service.label.padEnd(width)}  http://${host}:${service.port}  ${service.note ?? ""}`.trimEnd(),
  );
  console.info(
    ["", "verify-kit is running:", ...lines, "", "Press Ctrl-C to stop everything.", ""].join("\n"),
  );
}

function portFree(portNumber) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(portNumber, host, () => server.close(() => resolve(true)));
  });
}

function listening(portNumber) {
  return new Promise((resolve) => {
    const socket = connect({ host, port: portNumber });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
