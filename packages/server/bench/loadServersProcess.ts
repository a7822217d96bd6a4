import { type ChildProcess, fork } from "node:child_process";
import type {
  LoadServersCommand,
  LoadServersReport,
  LoadServerUrls,
  SandboxCounts,
} from "./loadServersProtocol.js";

/** The load bench's servers, running in a child process. */
export interface LoadServersProcess {
  readonly urls: LoadServerUrls;
  /** Requests the sandbox answered so far, by client and path. */
  counts(): Promise<SandboxCounts>;
  stop(): Promise<void>;
}

function nextReport(child: ChildProcess, timeoutMs: number): Promise<LoadServersReport> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: LoadServersReport) => {
      cleanUp();
      resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`the load servers exited (code ${code})`));
    };
    const timer = setTimeout(() => {
      cleanUp();
      reject(new Error(`the load servers did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanUp = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** Forks loadServers.ts (with this process's loader flags) and waits until its servers listen. */
export async function startLoadServers(): Promise<LoadServersProcess> {
  const child = fork(new URL("./loadServers.ts", import.meta.url), {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const send = (command: LoadServersCommand) => child.send(command);
  const ready = await nextReport(child, 20_000).catch((error: unknown) => {
    child.kill();
    throw error;
  });
  if (ready.type !== "ready") throw new Error(`unexpected report from the load servers: ${ready.type}`);
  return {
    urls: ready.urls,
    async counts() {
      const answer = nextReport(child, 5_000);
      send({ type: "counts" });
      const report = await answer;
      if (report.type !== "counts")
        throw new Error(`unexpected report from the load servers: ${report.type}`);
      return report.counts;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      send({ type: "stop" });
      const timer = setTimeout(() => child.kill(), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
