import { OpenAPIHono } from "@hono/zod-openapi";
import type { MeterProvider } from "@opentelemetry/api";
import type { DqeClient } from "@verify-kit/core/dqe";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "pino";
import { createProofIssuer, type ProofSettings } from "../proof/createProofIssuer.js";
import { proofSecretProblems, proofTtlProblems } from "../proof/verificationProof.js";
import { ApiError } from "./ApiError.js";
import { createAddressHasher } from "./addressHasher.js";
import type { ApiEnv } from "./apiEnv.js";
import {
  type ClientAddressSource,
  checkClientAddressSource,
  clientAddressChoices,
  readClientAddress,
  runtimeWithoutSocket,
} from "./clientAddress.js";
import { type EmbeddedSandbox, embeddedSandboxDqe, registerSandboxOperatorPages } from "./embeddedSandbox.js";
import {
  defaultCheckTtlS,
  defaultMaxWaitS,
  defaultRefreshAfterS,
  lifetimeContradictions,
  lifetimeOptionNames,
} from "./lifetimes.js";
import { defaultLimits, type FraudSettings, type Limits } from "./limits.js";
import { createLogger } from "./logger.js";
import { registerMetaRoutes, type SandboxInbox } from "./metaRoutes.js";
import { createMetrics, measuredDqe } from "./metrics.js";
import { createNumberChecks } from "./numberChecks.js";
import { registerNumberVerifyRoutes } from "./numberVerifyRoutes.js";
import { createOriginCheck } from "./originCheck.js";
import { registerPinRoutes } from "./pinRoutes.js";
import { codeLifetimeS, createPinVerifications } from "./pinVerifications.js";
import { createSendCharges } from "./sendCharges.js";
import { siteNameProblems } from "./siteName.js";
import { type SmsSettings, smsOptionNames, smsSettingsProblems } from "./smsSettings.js";
import { MemoryStore } from "./store/MemoryStore.js";
import { StoreUnavailableError, type VerifyStore } from "./store/VerifyStore.js";

export interface VerifyApiOptions {
  /**
   * The DQE client (from `@verify-kit/core/dqe`), pointed at DQE or at a sandbox running apart. Optional
   * with `sandbox`, which it then talks to.
   */
  readonly dqe?: DqeClient | undefined;
  /**
   * A sandbox in this process (`createSandbox()` from `@verify-kit/server/sandbox`), for development: the API
   * serves its SMS inbox (`/api/sandbox/messages`) and its operator pages (`/api/sandbox/operator/:id`, where
   * its operator links point), and talks to it when `dqe` is not given.
   */
  readonly sandbox?: EmbeddedSandbox | undefined;
  /** The SMS settings DQE takes; the browser never chooses them. */
  readonly sms: SmsSettings;
  /** Set when the client talks to a sandbox running apart: enables `GET /api/sandbox/messages`. */
  readonly sandboxInbox?: SandboxInbox | undefined;
  /** Whether number checks are set up (they need DQE's client secret). @default true */
  readonly numberVerify?: boolean;
  readonly limits?: Partial<Limits>;
  /** Countries served and SMS budgets, against SMS-pumping fraud. @default every country, no budget */
  readonly fraud?: FraudSettings;
  /**
   * @default a MemoryStore: one process, forgotten on restart. Several replicas, or limits that must survive
   * a restart: `createRedisStore({ url })`.
   */
  readonly store?: VerifyStore;
  /** @default JSON logs on stdout with secrets redacted */
  readonly logger?: Logger;
  /**
   * The key that hashes client addresses in log lines; give every replica the same one to tie their lines.
   * @default a random key of this process
   */
  readonly logAddressKey?: string | undefined;
  /** Where the metrics go. @default the global MeterProvider of `@opentelemetry/api` (none until the app sets one) */
  readonly meterProvider?: MeterProvider;
  /** Where phones and browsers reach this API (for DQE's redirect); the request's origin otherwise. */
  readonly publicUrl?: string | undefined;
  /**
   * The site's name, at the top of the page the phone lands on after the operator check (`SITE_NAME`), so
   * that the user knows whose check it was. 1 to 60 characters. @default the host of `publicUrl`, else of the
   * request
   */
  readonly siteName?: string | undefined;
  /**
   * Origins allowed to POST besides the API's own, without CORS: the page's origin when a dev proxy rewrites
   * Host (Vite's `proxy: { "/api": "http://127.0.0.1:8787" }`) or a Next.js rewrite forwards to this API.
   * @default [] (same origin only)
   */
  readonly allowedOrigins?: readonly string[];
  /** Origins of other sites whose pages call the API's own address (CORS); allowed to POST too. @default [] */
  readonly corsOrigins?: readonly string[];
  /**
   * Take the API's own host from `X-Forwarded-Host` for the origin check. Only behind a proxy that sets it:
   * otherwise any client could claim its page's host. @default false
   */
  readonly trustForwardedHost?: boolean;
  /**
   * Where each request's client address comes from, for the per-client limits (see `ClientAddressSource`).
   * @default "socket" on a Node, Bun or Deno server; required elsewhere (Next.js Route Handlers, edge and
   * serverless functions), where createVerifyApi throws without it.
   */
  readonly clientAddress?: ClientAddressSource;
  /** @default 4096 */
  readonly maxBodyBytes?: number;
  /** Longest long poll, in seconds; shorter than `checkTtlS` when set. @default 25 */
  readonly maxWaitS?: number | undefined;
  /** Lifetime of a number check, in seconds. @default 300 (DQE's access token lifetime) */
  readonly checkTtlS?: number | undefined;
  /** First fallback retrieval of a check that DQE did not redirect, in seconds. @default 30 */
  readonly refreshAfterS?: number | undefined;
  /**
   * How long a verification or a check is kept after its code or check ends, in seconds (a late resend or poll
   * still finds it). Records never live as long as a limit's window. @default 120
   */
  readonly recordMarginS?: number;
  /**
   * Signs a proof into the answer of every successful verification (`proof`: a short-lived HS256 token of the
   * number, the method, when and the verification's id), which the page's form posts and the host's backend
   * checks with `readVerificationProof`. Without it, answers carry no proof and the host cannot tell a
   * verified number from one typed into the form.
   */
  readonly proof?: ProofSettings | undefined;
  /** @default Date.now */
  readonly now?: () => number;
}

/** The JSON error answer, with `Retry-After` for limits; the request's log line says why. */
function errorResponse(c: Context<ApiEnv>, error: ApiError) {
  if (error.retryAfterS !== undefined) c.header("Retry-After", String(error.retryAfterS));
  c.set("refusal", { code: error.code, reason: error.reason });
  return c.json(error.body, error.status);
}

/**
 * The backend adapter: a Web-standard `fetch` handler serving the kit's JSON API in front of DQE.
 * Mount it in Node (`@hono/node-server`), a Next.js route handler, or call `app.request()` in tests.
 */
export function createVerifyApi(options: VerifyApiOptions) {
  const clientAddress = checkClientAddressSource(options.clientAddress ?? defaultClientAddress());
  const dqe = options.dqe ?? (options.sandbox ? embeddedSandboxDqe(options.sandbox) : undefined);
  if (dqe === undefined) throw new Error("createVerifyApi: give a DQE client (dqe) or a sandbox (sandbox)");
  const sandbox = options.sandbox;
  const sandboxInbox =
    options.sandboxInbox ??
    (sandbox
      ? { messages: async (dqePhone: string) => sandbox.messages(dqePhone), testNumbers: sandbox.testNumbers }
      : undefined);
  const originRefusal = createOriginCheck({
    allowedOrigins: options.allowedOrigins ?? [],
    corsOrigins: options.corsOrigins ?? [],
    trustForwardedHost: options.trustForwardedHost ?? false,
  });
  const problems = [
    ...smsSettingsProblems(options.sms, smsOptionNames),
    ...siteNameProblems(options.siteName, "siteName"),
    ...(options.proof
      ? [
          ...proofSecretProblems(options.proof.secret, "proof.secret"),
          ...proofTtlProblems(options.proof.ttlS, "proof.ttlS"),
        ]
      : []),
    ...lifetimeContradictions(
      {
        pinDurationMin: options.sms.pinDurationMin,
        pinTtlS: options.sms.pinTtlS,
        resendCooldownS: options.limits?.resendCooldownS,
        checkTtlS: options.checkTtlS,
        maxWaitS: options.maxWaitS,
        refreshAfterS: options.refreshAfterS,
      },
      lifetimeOptionNames,
    ),
  ];
  if (problems.length > 0) {
    throw new Error(`createVerifyApi: invalid options:\n  - ${problems.join("\n  - ")}`);
  }
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const store = options.store ?? new MemoryStore(options.now ? { now: options.now } : {});
  const logger = options.logger ?? createLogger();
  const now = options.now ?? Date.now;
  const checkTtlS = options.checkTtlS ?? defaultCheckTtlS;
  const maxWaitS = options.maxWaitS ?? defaultMaxWaitS;
  const numberVerify = options.numberVerify ?? true;
  const marginS = options.recordMarginS ?? 120;
  const metrics = createMetrics(options.meterProvider);
  const measured = measuredDqe(dqe, metrics);
  const hashAddress = createAddressHasher(options.logAddressKey);
  const fraud = options.fraud ?? {};
  const charges = createSendCharges({ store, limits, fraud });
  const issueProof = options.proof ? createProofIssuer(options.proof) : undefined;
  if (issueProof === undefined) {
    logger.warn(
      "no proof secret (proof.secret, VERIFY_PROOF_SECRET): verified answers carry no proof, so a host's " +
        "backend cannot check a verification server-side",
    );
  }

  const pins = createPinVerifications({
    dqe: measured,
    store,
    limits,
    sms: options.sms,
    charges,
    metrics,
    marginS,
    now,
    issueProof,
  });
  const checks = createNumberChecks({
    dqe: measured,
    store,
    limits,
    charges,
    metrics,
    logger,
    now,
    enabled: numberVerify,
    checkTtlS,
    refreshAfterS: options.refreshAfterS ?? defaultRefreshAfterS,
    marginS,
    issueProof,
  });

  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return errorResponse(c, new ApiError("request_malformed"));
    },
  });

  // One line per request: the path without its query (the callback's carries DQE's token), the client's
  // address hashed, and for a refusal its code and reason. No answer of the API may be kept by a cache.
  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    c.res.headers.set("cache-control", "no-store");
    // Hashing waits on Web Crypto: only when the line is written.
    if (!logger.isLevelEnabled("info")) return;
    const client = c.get("client");
    const refusal = c.get("refusal");
    logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        ...(client?.ok ? { client: await hashAddress(client.client.address) } : {}),
        ...(refusal ? { code: refusal.code, ...(refusal.reason ? { reason: refusal.reason } : {}) } : {}),
      },
      "request",
    );
  });

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use("/api/*", cors({ origin: [...options.corsOrigins], allowMethods: ["GET", "POST"], maxAge: 600 }));
  }

  app.use("/api/*", async (c, next) => {
    if (c.req.method === "POST") {
      const refused = originRefusal(c.req.raw);
      if (refused) {
        throw new ApiError("origin_not_allowed", {
          detail: refused.hint,
          log: { origin: refused.origin, setting: "allowedOrigins (ALLOWED_ORIGINS)" },
        });
      }
      const type = c.req.header("content-type") ?? "";
      if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError("unsupported_media_type");
    }
    c.set("client", readClientAddress(clientAddress, c.req.raw, c.env));
    await next();
  });

  app.use(
    "/api/*",
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 4096,
      onError: (c) => {
        // The rest of the body is not read: the connection cannot serve another request after this answer.
        c.header("connection", "close");
        return errorResponse(c, new ApiError("body_too_large"));
      },
    }),
  );

  registerMetaRoutes(
    app,
    {
      sandbox: sandboxInbox !== undefined,
      codeLength: 6,
      pinLifetimeS: codeLifetimeS(options.sms),
      resendCooldownS: limits.resendCooldownS,
      maxAttempts: limits.maxAttempts,
      maxResends: limits.maxResends,
      numberVerify,
      maxWaitS,
      ...(fraud.allowedCountries ? { allowedCountries: [...fraud.allowedCountries] } : {}),
      limits: {
        sendsPerNumber: limits.sendsPerNumber,
        sendsPerIp: limits.sendsPerIp,
        sendsPerPrefix: limits.sendsPerPrefix,
        prefixDigits: limits.prefixDigits,
        checksPerNumber: limits.checksPerNumber,
        checksPerIp: limits.checksPerIp,
        windowS: limits.windowS,
        ...(fraud.smsPerDay === undefined ? {} : { smsPerDay: fraud.smsPerDay }),
        ...(fraud.smsPerDayByCountry ? { smsPerDayByCountry: { ...fraud.smsPerDayByCountry } } : {}),
      },
    },
    sandboxInbox,
    store,
  );
  if (sandbox) registerSandboxOperatorPages(app, sandbox);
  registerPinRoutes(app, pins);
  registerNumberVerifyRoutes(app, checks, {
    maxWaitS,
    publicUrl: options.publicUrl,
    embeddedSandbox: sandbox,
    siteName: options.siteName,
  });

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
      if (error.log) logger.warn({ code: error.code, ...error.log }, error.detail ?? error.code);
      metrics.refused(error.code, error.reason);
      return errorResponse(c, error);
    }
    if (error instanceof StoreUnavailableError) {
      // Nothing is let through unchecked: refused, retryable, and it works again once the store is back.
      logger.warn({ error: error.message }, "store unavailable");
      metrics.refused("store_unavailable", undefined);
      return errorResponse(c, new ApiError("store_unavailable", { retryAfterS: 1 }));
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
  return {
    app,
    fetch: (request: Request, env?: unknown) => app.fetch(request, env),
    /** Closes the store's connections (a shared store), after the server stopped. */
    close: () => store.close(),
  };
}

export type VerifyApi = ReturnType<typeof createVerifyApi>;

/** "socket" where the runtime hands one over; elsewhere the setting is required, so it fails here, once. */
function defaultClientAddress(): ClientAddressSource {
  const runtime = runtimeWithoutSocket();
  if (runtime === undefined) return "socket";
  throw new Error(
    `createVerifyApi: in ${runtime} no socket address reaches the API, so its per-client limits need the ` +
      `clientAddress option: ${clientAddressChoices}.`,
  );
}
