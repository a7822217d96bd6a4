// Test support: a real redis-server (Debian's package, installed by scripts/setup.sh --browser) of the test's
// own, on a free port, keeping nothing on disk, stopped by its PID.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export interface TestRedis {
  readonly port: number;
  readonly url: string;
  /** Stops the server (SIGTERM to its PID) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty (it keeps nothing on disk). */
  start(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function launch(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`redis-server did not start on port ${port} within 10 s:\n${output}`));
    }, 10_000);
    const ready = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on("data", ready);
    child.stderr?.on("data", ready);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(
        new Error(
          `redis-server could not start (is it installed? bash scripts/setup.sh --browser): ${error.message}`,
        ),
      );
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
}

/** Starts a redis-server for a test file; `stop()` it in afterAll. */
export async function startTestRedis(): Promise<TestRedis> {
  let port = await freePort();
  let child: ChildProcess | undefined;
  // Another process may take the port between the probe and the start: try another.
  for (let tries = 0; child === undefined; tries += 1) {
    try {
      child = await launch(port);
    } catch (error) {
      if (tries >= 2) throw error;
      port = await freePort();
    }
  }
  let running: ChildProcess | undefined = child;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      const stopping = running;
      running = undefined;
      if (!stopping || stopping.exitCode !== null) return;
      const exited = new Promise((resolve) => stopping.once("exit", resolve));
      stopping.kill("SIGTERM");
      await exited;
    },
    async start() {
      if (running) return;
      running = await launch(port);
    },
  };
}
