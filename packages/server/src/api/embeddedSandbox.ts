import { createDqeClient, type DqeClient } from "@verify-kit/core/dqe";
import type { Hono } from "hono";
import type { ApiEnv } from "./apiEnv.js";
import type { SandboxNumber, SandboxSms } from "./metaRoutes.js";

/**
 * What the API uses of a DQE sandbox in its process. `createSandbox()` from `@verify-kit/server/sandbox`
 * is one: the caller hands it in, the API never builds one, so the adapter does not depend on the test double.
 */
export interface EmbeddedSandbox {
  /** Answers DQE's paths, as DQE would. */
  fetch(request: Request): Promise<Response>;
  /** The SMS it "sent" to `phone` (DQE's format), newest first. */
  messages(phone?: string): readonly SandboxSms[];
  /** Its test numbers and what each does. */
  readonly testNumbers: readonly SandboxNumber[];
  /** The licence it accepts. */
  readonly licence: string;
  /** The path its operator pages are under, in the links it hands out (an id follows). */
  readonly operatorPath: string;
}

/** The address the adapter's DQE client gives a sandbox in its own process: never on the network. */
export const embeddedSandboxOrigin = "http://sandbox.internal";

/**
 * Where the API serves an embedded sandbox's operator pages: under its own `/api`, so that whatever reaches
 * the API (a Next.js catch-all Route Handler, Vite's `/api` proxy) reaches them too.
 */
export const sandboxOperatorRoute = "/api/sandbox/operator/";

/** The sandbox in this process as a `fetch`, for a DQE client. */
export function sandboxFetch(sandbox: EmbeddedSandbox): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) =>
    sandbox.fetch(new Request(input, init))) as typeof fetch;
}

/** A DQE client talking to a sandbox in this process (through `sandboxFetch`, or `fetch` wrapping it). */
export function embeddedSandboxDqe(
  sandbox: EmbeddedSandbox,
  options: {
    readonly fetch?: typeof globalThis.fetch;
    readonly method?: "GET" | "POST";
    readonly timeoutMs?: number;
    readonly partnerName?: string;
    /** Another licence than the sandbox's, which it answers with DQE's invalid-licence error. */
    readonly licence?: string;
  } = {},
): DqeClient {
  return createDqeClient({
    server: embeddedSandboxOrigin,
    licence: options.licence ?? sandbox.licence,
    clientSecret: "sandbox",
    partnerName: options.partnerName ?? "verify-kit",
    fetch: options.fetch ?? sandboxFetch(sandbox),
    ...(options.method ? { method: options.method } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
}

/**
 * The operator link an embedded sandbox handed out, moved to where this API serves it: on `apiBase` (the
 * public URL, or the request's origin), unless the sandbox was given an address of its own.
 */
export function publicOperatorLink(link: string, apiBase: string, operatorPath: string): string {
  const at = link.indexOf(operatorPath);
  if (at < 0) return link;
  const prefix = link.slice(0, at);
  const base = prefix === embeddedSandboxOrigin ? apiBase : prefix;
  return `${base}${sandboxOperatorRoute}${link.slice(at + operatorPath.length)}`;
}

/** Serves the sandbox's operator pages, which the phone opens, and which send it back to the callback. */
export function registerSandboxOperatorPages(app: Hono<ApiEnv>, sandbox: EmbeddedSandbox): void {
  app.get(`${sandboxOperatorRoute}:id`, (c) =>
    sandbox.fetch(
      new Request(`${embeddedSandboxOrigin}${sandbox.operatorPath}${encodeURIComponent(c.req.param("id"))}`, {
        signal: c.req.raw.signal,
      }),
    ),
  );
}
