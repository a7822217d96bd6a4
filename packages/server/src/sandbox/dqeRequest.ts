import type { MiddlewareHandler } from "hono";
import { delay } from "./delay.js";
import type { SandboxEnv } from "./sandboxContext.js";
import type { ResolvedSandboxOptions } from "./sandboxOptions.js";

/** DQE's endpoints take GET and POST alike. */
export const dqeMethods = ["GET", "POST"];

async function readParams(request: Request): Promise<URLSearchParams> {
  const params = new URLSearchParams(new URL(request.url).search);
  if (request.method !== "POST") return params;
  const type = request.headers.get("content-type");
  // Form fields only: DQE documents no other body. Without a type, read it as a form too (as `curl -d` sends).
  if (type !== null && !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) return params;
  for (const [name, value] of new URLSearchParams(await request.text())) params.set(name, value);
  return params;
}

/** Middleware of every DQE endpoint: reads its parameters, then waits `latencyMs`. */
export function dqeRequest(options: ResolvedSandboxOptions): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    c.set("params", await readParams(c.req.raw));
    await delay(options.latencyMs, c.req.raw.signal);
    await next();
  };
}

/** A parameter's value, exactly as DQE spells its name; undefined when missing or empty. */
export function param(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value === "" ? undefined : value;
}
