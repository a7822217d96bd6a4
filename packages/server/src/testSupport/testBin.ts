// Test support: the verify-kit-server bin as a process of its own (TypeScript run by tsx), and HTTP requests
// from a chosen local address (Linux answers on all of 127.0.0.0/8), as visitors on other machines.
import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { fileURLToPath } from "node:url";

export interface RunningBin {
  readonly url: string;
  /** What it printed so far. */
  output(): string;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const main = fileURLToPath(new URL("../main.ts", import.meta.url));

/** Starts the bin with `env` on a free port; resolves once it printed its address and `waitFor`. */
export function startBin(env: Record<string, string>, waitFor = ""): Promise<RunningBin> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=@verify-kit/source", main, "--port", "0"],
    { cwd: root, env: { ...process.env, LOG_LEVEL: "warn", ...env } },
  );
  let output = "";
  return new Promise((resolve, reject) => {
    // Starting Node and compiling TypeScript takes seconds on a busy machine.
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no start-up line within 20 s:\n${output}`));
    }, 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /backend adapter on (http:\/\/[\d.:]+)\/api/.exec(output);
      if (found?.[1] && output.includes(waitFor)) {
        clearTimeout(timer);
        const url = found[1];
        resolve({
          url,
          output: () => output,
          stop: () => {
            if (child.exitCode !== null) return Promise.resolve(child.exitCode);
            const exited = new Promise<number | null>((done) => child.once("exit", done));
            child.kill("SIGTERM");
            return exited;
          },
        });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
}

/** An HTTP answer, its body parsed when JSON. */
export interface HttpAnswer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert the fields they expect
  readonly body: any;
}

/** A request from `localAddress` (GET, or POST of `json`). */
export function requestFrom(localAddress: string, url: string, json?: unknown): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: json === undefined ? "GET" : "POST",
        localAddress,
        headers: json === undefined ? {} : { "content-type": "application/json" },
      },
      (answer) => {
        let text = "";
        answer.setEncoding("utf8");
        answer.on("data", (chunk: string) => {
          text += chunk;
        });
        answer.on("end", () => {
          const isJson = (answer.headers["content-type"] ?? "").startsWith("application/json");
          resolve({ status: answer.statusCode ?? 0, body: isJson ? JSON.parse(text) : text });
        });
      },
    );
    sent.once("error", reject);
    sent.end(json === undefined ? undefined : JSON.stringify(json));
  });
}
