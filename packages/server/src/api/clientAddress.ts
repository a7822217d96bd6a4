import { ApiError } from "./ApiError.js";

/**
 * Where the adapter takes each request's client address from, for its per-client limits:
 * - `"socket"`: the TCP peer, as Node (`@hono/node-server`), Bun and Deno hand it to a fetch handler;
 * - `{ forwardedFor: n }`: behind `n` proxies that each append to `X-Forwarded-For`, the entry the outermost
 *   of them wrote (the socket when the header is absent);
 * - `{ header: "cf-connecting-ip" }`: a header holding one address, set by your platform or CDN, which
 *   strips any copy a client sends;
 * - a function reading it from the request (and the runtime's bindings) yourself.
 */
export type ClientAddressSource =
  | "socket"
  | { readonly forwardedFor: number }
  | { readonly header: string }
  | ((request: Request, env: unknown) => string | null | undefined);

/** A request's client, as the limits count it. */
export interface ClientAddress {
  /** The address, normalised: `10.9.9.8` for `::ffff:10.9.9.8`, `010.009.009.008` or `10.9.9.8:1234`. */
  readonly address: string;
  /** What per-client caps count: the IPv4 address, or the /64 network of an IPv6 one (one host's share). */
  readonly bucket: string;
}

/** The client of a request, or why there is none (the source gave nothing, or not an IP address). */
export type ClientAddressResult =
  | { readonly ok: true; readonly client: ClientAddress }
  | { readonly ok: false; readonly problem: "missing" | "invalid" };

/** The ways to set the source, for error messages and logs. */
export const clientAddressChoices = [
  '"socket" when a Node, Bun or Deno server hands the request over (e.g. serve({ fetch: api.fetch }))',
  "{ forwardedFor: N } behind N proxies that append to X-Forwarded-For (TRUST_PROXY=N)",
  '{ header: "x-real-ip" } for one header your platform or CDN sets (CLIENT_ADDRESS_HEADER)',
  "(request) => address, your own reader",
].join("; ");

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::\d{1,5})?$/;
const MAPPED_IPV4 = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

function ipv4(parts: readonly string[]): string | undefined {
  const octets = parts.map(Number);
  return octets.every((octet) => octet <= 255) ? octets.join(".") : undefined;
}

/**
 * An IP address in one canonical spelling, or undefined for anything else. Leading zeros are decimal (as
 * proxies write them), a port is dropped, IPv4-mapped IPv6 is the IPv4 address, IPv6 is lower-case and
 * compressed (the URL standard's form), its zone dropped. Hex or integer IPv4 forms and names are refused:
 * no proxy writes them, so they come from someone trying to get a budget of their own.
 */
export function normalizeAddress(raw: string): string | undefined {
  const text = raw.trim();
  const v4 = IPV4.exec(text);
  if (v4) return ipv4(v4.slice(1));
  // `[v6]` or `[v6]:port`, else a bare v6 (which has at least two colons).
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  const v6 = (bracketed?.[1] ?? text).replace(/%[\w.-]+$/, "");
  if (!/^[0-9a-fA-F:.]+$/.test(v6) || !v6.includes(":") || !URL.canParse(`http://[${v6}]/`)) return undefined;
  const canonical = new URL(`http://[${v6}]/`).hostname.slice(1, -1);
  const mapped = MAPPED_IPV4.exec(canonical);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1] ?? "", 16), parseInt(mapped[2] ?? "", 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return canonical;
}

/** The /64 network of an IPv6 address (`2001:db8:1:2::/64`); an IPv4 address as it is. */
export function addressBucket(address: string): string {
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups.slice(0, 4).join(":")}::/64`;
}

/** The TCP peer from the bindings a Node (`@hono/node-server`), Bun or Deno server passes a fetch handler. */
export function socketAddress(request: Request, env: unknown): string | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: the runtimes' bindings have no common type
  const bindings = env as any;
  const node = bindings?.incoming?.socket?.remoteAddress ?? bindings?.server?.incoming?.socket?.remoteAddress;
  if (typeof node === "string") return node;
  const bun = typeof bindings?.requestIP === "function" ? bindings.requestIP(request)?.address : undefined;
  if (typeof bun === "string") return bun;
  const deno = bindings?.remoteAddr?.hostname;
  return typeof deno === "string" ? deno : undefined;
}

function forwardedFor(request: Request, env: unknown, hops: number): string | undefined {
  const entries = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return socketAddress(request, env);
  // Each trusted proxy appended the peer it saw: the outermost one's entry is `hops` from the end. A
  // shorter list came through fewer proxies, so its first entry is the nearest to the client there is.
  return entries[Math.max(0, entries.length - hops)];
}

/** Checks a source once, at start-up: a wrong one fails there, with the choices listed. */
export function checkClientAddressSource(source: ClientAddressSource): ClientAddressSource {
  const valid =
    source === "socket" ||
    typeof source === "function" ||
    (typeof source === "object" &&
      source !== null &&
      ("forwardedFor" in source
        ? Number.isSafeInteger(source.forwardedFor) && source.forwardedFor >= 1
        : "header" in source && /^[!#$%&'*+.^_`|~0-9a-z-]+$/i.test(source.header)));
  if (!valid) {
    throw new Error(`clientAddress must be one of: ${clientAddressChoices}; got ${JSON.stringify(source)}`);
  }
  return source;
}

/** Reads and validates a request's client address from the source. */
export function readClientAddress(
  source: ClientAddressSource,
  request: Request,
  env: unknown,
): ClientAddressResult {
  let raw: string | null | undefined;
  if (source === "socket") raw = socketAddress(request, env);
  else if (typeof source === "function") raw = source(request, env);
  else if ("forwardedFor" in source) raw = forwardedFor(request, env, source.forwardedFor);
  else raw = request.headers.get(source.header);
  if (raw === null || raw === undefined || raw.trim() === "") return { ok: false, problem: "missing" };
  const address = normalizeAddress(raw);
  if (address === undefined) return { ok: false, problem: "invalid" };
  return { ok: true, client: { address, bucket: addressBucket(address) } };
}

/**
 * Names the runtime when it is one that hands a fetch handler no socket (Next.js Route Handlers, edge and
 * serverless functions, a browser); undefined on a plain Node, Bun or Deno server.
 */
export function runtimeWithoutSocket(): string | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: probing globals that only some runtimes define
  const scope = globalThis as any;
  if (typeof scope.EdgeRuntime === "string") return "an edge runtime";
  if (scope.navigator?.userAgent === "Cloudflare-Workers") return "Cloudflare Workers";
  // Read literally: Next.js replaces `process.env.NEXT_RUNTIME` in the code it bundles.
  const nextRuntime = typeof process === "undefined" ? undefined : process.env.NEXT_RUNTIME;
  if (nextRuntime) return `a Next.js ${nextRuntime} route`;
  const env = scope.process?.env ?? {};
  if (env.AWS_LAMBDA_FUNCTION_NAME) return "AWS Lambda";
  if (env.NETLIFY || env.VERCEL) return "a serverless function";
  if (scope.process?.versions?.node || scope.Bun || scope.Deno) return undefined;
  return "this runtime";
}

/**
 * The client of a request whose route counts per client. Without one the request is refused, never counted
 * with every other unknown visitor in one bucket; the error's log line names the setting to change.
 */
export function requireClient(result: ClientAddressResult): ClientAddress {
  if (result.ok) return result.client;
  const what =
    result.problem === "missing"
      ? "This request carries no client address where the server is told to read it"
      : "The client address of this request is not an IP address";
  throw new ApiError("client_address_unknown", {
    detail: `${what}: set the server's clientAddress to one of: ${clientAddressChoices}.`,
    log: { setting: "clientAddress", problem: result.problem },
  });
}
