import { OpenAPIHono } from "@hono/zod-openapi";
import type { DqeClient } from "@verify-kit/core/dqe";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "pino";
import { ApiError } from "./ApiError.js";
import type { ApiEnv } from "./apiEnv.js";
import { clientIp } from "./clientIp.js";
import { defaultLimits, type Limits } from "./limits.js";
import { createLogger } from "./logger.js";
import { registerMetaRoutes, type SandboxInbox } from "./metaRoutes.js";
import { createNumberChecks } from "./numberChecks.js";
import { registerNumberVerifyRoutes } from "./numberVerifyRoutes.js";
import { registerPinRoutes } from "./pinRoutes.js";
import { createPinVerifications, type SmsSettings } from "./pinVerifications.js";
import type { KeyValueStore } from "./store/KeyValueStore.js";
import { MemoryStore } from "./store/MemoryStore.js";

export interface VerifyApiOptions {
  /** The DQE client (from `@verify-kit/core/dqe`), pointed at DQE or at the sandbox. */
  readonly dqe: DqeClient;
  /** The SMS settings DQE takes; the browser never chooses them. */
  readonly sms: SmsSettings;
  /** Set when the client talks to the sandbox: enables `GET /api/sandbox/messages`. */
  readonly sandboxInbox?: SandboxInbox | undefined;
  /** Whether number checks are set up (they need DQE's client secret). @default true */
  readonly numberVerify?: boolean;
  readonly limits?: Partial<Limits>;
  /** @default a MemoryStore: one process. Use a shared store when several servers run. */
  readonly store?: KeyValueStore;
  /** @default JSON logs on stdout with secrets redacted */
  readonly logger?: Logger;
  /** Where phones and browsers reach this API (for DQE's redirect); the request's origin otherwise. */
  readonly publicUrl?: string | undefined;
  /** Origins of other sites allowed to call the API (CORS). Same-origin only when empty. */
  readonly corsOrigins?: readonly string[];
  /** Proxies in front of the server whose `X-Forwarded-For` is trusted. @default 0 */
  readonly trustProxy?: number;
  /** The socket's address; the Node entry passes it from `@hono/node-server`. */
  readonly socketIp?: (c: Context) => string | undefined;
  /** @default 4096 */
  readonly maxBodyBytes?: number;
  /** Longest long poll, in seconds. @default 25 */
  readonly maxWaitS?: number;
  /** Lifetime of a number check, in seconds. @default 300 (DQE's access token lifetime) */
  readonly checkTtlS?: number;
  /** First fallback retrieval of a check that DQE did not redirect, in seconds. @default 30 */
  readonly refreshAfterS?: number;
  /** @default Date.now */
  readonly now?: () => number;
}

/** The JSON error answer, with `Retry-After` for limits. */
function errorResponse(c: Context, error: ApiError) {
  if (error.retryAfterS !== undefined) c.header("Retry-After", String(error.retryAfterS));
  return c.json(error.body, error.status);
}

/**
 * The backend adapter: a Web-standard `fetch` handler serving the kit's JSON API in front of DQE.
 * Mount it in Node (`@hono/node-server`), a Next.js route handler, or call `app.request()` in tests.
 */
export function createVerifyApi(options: VerifyApiOptions) {
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const store = options.store ?? new MemoryStore(options.now ? { now: options.now } : {});
  const logger = options.logger ?? createLogger();
  const now = options.now ?? Date.now;
  const maxWaitS = options.maxWaitS ?? 25;
  const trustProxy = options.trustProxy ?? 0;
  const socketIp = options.socketIp ?? (() => undefined);
  const numberVerify = options.numberVerify ?? true;

  const pins = createPinVerifications({ dqe: options.dqe, store, limits, sms: options.sms, now });
  const checks = createNumberChecks({
    dqe: options.dqe,
    store,
    limits,
    logger,
    now,
    enabled: numberVerify,
    checkTtlS: options.checkTtlS ?? 300,
    refreshAfterS: options.refreshAfterS ?? 30,
  });

  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return errorResponse(c, new ApiError("request_malformed"));
    },
  });

  // Logs the path without its query: the callback's query carries DQE's token.
  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  });

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use("/api/*", cors({ origin: [...options.corsOrigins], allowMethods: ["GET", "POST"], maxAge: 600 }));
  }

  app.use("/api/*", async (c, next) => {
    if (c.req.method === "POST") {
      // Same-origin unless allow-listed: a page elsewhere must not spend our SMS budget.
      const origin = c.req.header("origin");
      // HTTP/2 and some runtimes carry the authority in the URL only, with no Host header.
      const ownHost = c.req.header("host") ?? new URL(c.req.url).host;
      const host = trustProxy > 0 ? (c.req.header("x-forwarded-host") ?? ownHost) : ownHost;
      if (origin !== undefined && origin !== "null") {
        const sameHost = URL.canParse(origin) && new URL(origin).host === host;
        if (!sameHost && !options.corsOrigins?.includes(origin)) throw new ApiError("origin_not_allowed");
      }
      const type = c.req.header("content-type") ?? "";
      if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError("unsupported_media_type");
    }
    c.set("clientIp", clientIp(c, trustProxy, socketIp));
    await next();
  });

  app.use(
    "/api/*",
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 4096,
      onError: (c) => errorResponse(c, new ApiError("body_too_large")),
    }),
  );

  registerMetaRoutes(
    app,
    {
      sandbox: options.sandboxInbox !== undefined,
      codeLength: 6,
      pinLifetimeS: Math.min(
        options.sms.pinDurationMin * 60,
        options.sms.pinTtlS ?? Number.POSITIVE_INFINITY,
      ),
      resendCooldownS: limits.resendCooldownS,
      maxAttempts: limits.maxAttempts,
      maxResends: limits.maxResends,
      numberVerify,
      maxWaitS,
    },
    options.sandboxInbox,
  );
  registerPinRoutes(app, pins);
  registerNumberVerifyRoutes(app, checks, { maxWaitS, publicUrl: options.publicUrl });

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "verify-kit backend adapter",
      version: "0.1.0",
      description: "Phone verification by SMS code and by operator check, in front of DQE.",
    },
  });

  app.notFound((c) => errorResponse(c, new ApiError("not_found")));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.dqe) logger.warn({ error: error.dqe.toJSON() }, "DQE refused or failed");
      return errorResponse(c, error);
    }
    // Hono's own 4xx (malformed JSON and the like) are the client's doing.
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, new ApiError("request_malformed"));
    }
    logger.error(
      { err: { name: error.name, message: error.message, stack: error.stack } },
      "unexpected error",
    );
    return errorResponse(c, new ApiError("server_error"));
  });

  // `env` carries the runtime's bindings (Node's socket, for the client's IP): pass it through.
  return { app, fetch: (request: Request, env?: unknown) => app.fetch(request, env) };
}

export type VerifyApi = ReturnType<typeof createVerifyApi>;
