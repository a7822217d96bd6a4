import { createDqeClient, type DqeClient } from "@verify-kit/core/dqe";
import type { ClientAddressSource } from "../api/clientAddress.js";
import type { VerifyApiOptions } from "../api/createVerifyApi.js";
import { embeddedSandboxDqe } from "../api/embeddedSandbox.js";
import { envReader } from "../api/envReader.js";
import { lifetimeContradictions, lifetimeEnvNames } from "../api/lifetimes.js";
import { defaultLimits, type Limits, limitEnvNames } from "../api/limits.js";
import type { SandboxInbox } from "../api/metaRoutes.js";
import { siteNameProblems } from "../api/siteName.js";
import {
  defaultSmsLocale,
  defaultSmsTexts,
  type SmsSettings,
  smsEnvNames,
  smsSettingsProblems,
} from "../api/smsSettings.js";
import { proofSecretProblems, proofTtlRangeS } from "../proof/verificationProof.js";
import type { RedisStoreOptions } from "../redis/RedisStore.js";
import { createSandbox, type Sandbox } from "../sandbox/createSandbox.js";
import { SANDBOX_LICENCE, sandboxOptionsFromEnv } from "../sandbox/sandboxOptions.js";
import { sandboxTestNumbers } from "../sandbox/testNumbers.js";
import type { ServerTimeouts } from "./listen.js";

type Env = Readonly<Record<string, string | undefined>>;

/** Everything the Node entry needs, read from the environment. */
export interface ApiSetup {
  readonly port: number;
  readonly host: string;
  /** What the server talks to, for the start-up line (never the licence). */
  readonly dqeTarget: string;
  readonly logLevel: string;
  /** Whether a DQE sandbox runs in this process (and is served under `/api/sandbox`): say so at start-up. */
  readonly embeddedSandbox: boolean;
  /** The Redis store to use (`REDIS_URL`); the in-memory one when undefined. */
  readonly redis?: RedisStoreOptions | undefined;
  /** How long a client may take to send a request (a Node server's settings). */
  readonly timeouts: ServerTimeouts;
  readonly options: Omit<VerifyApiOptions, "logger" | "store">;
}

function sandboxInboxOverHttp(sandboxUrl: string): SandboxInbox {
  return {
    async messages(dqePhone) {
      const response = await fetch(`${sandboxUrl}/__sandbox/messages?phone=${encodeURIComponent(dqePhone)}`);
      if (!response.ok) throw new Error(`sandbox answered HTTP ${response.status}`);
      return (await response.json()) as Awaited<ReturnType<SandboxInbox["messages"]>>;
    },
    testNumbers: sandboxTestNumbers,
  };
}

/**
 * The SMS texts: `DQE_SMS_TEXT` in `DQE_SMS_LOCALE`'s language, one `DQE_SMS_TEXT_<LANGUAGE>` per other
 * language (`DQE_SMS_TEXT_FR`, `DQE_SMS_TEXT_PT_BR`), the kit's English and French ones where none is set;
 * the WebOTP ending with `DQE_SMS_WEBOTP_HOST`. Their problems are listed with the other settings'.
 */
function smsFromEnv(env: Env, read: ReturnType<typeof envReader>) {
  const builtIn: Readonly<Record<string, string>> = defaultSmsTexts;
  const smsLocale = (read.string("DQE_SMS_LOCALE", defaultSmsLocale) as string).toLowerCase();
  const smsText = read.string("DQE_SMS_TEXT") ?? builtIn[smsLocale];
  if (smsText === undefined) {
    read.problems.push(
      `DQE_SMS_TEXT is required with DQE_SMS_LOCALE=${smsLocale}: the kit has texts in ` +
        `${Object.keys(builtIn).join(" and ")} only`,
    );
  }
  const smsTexts: Record<string, string> = {};
  for (const [language, text] of Object.entries(builtIn))
    if (language !== smsLocale) smsTexts[language] = text;
  for (const name of Object.keys(env)) {
    const language = /^DQE_SMS_TEXT_([A-Za-z]+(?:_[A-Za-z0-9]+)*)$/.exec(name)?.[1];
    const text = read.string(name);
    if (language === undefined || text === undefined) continue;
    const tag = language.toLowerCase().replaceAll("_", "-");
    if (tag === smsLocale)
      read.problems.push(`${name} is DQE_SMS_TEXT's language (DQE_SMS_LOCALE): set one of them`);
    else smsTexts[tag] = text;
  }
  const webOtpHost = read.string("DQE_SMS_WEBOTP_HOST");
  return {
    smsText: smsText ?? "",
    smsLocale,
    smsTexts,
    ...(webOtpHost === undefined ? {} : { webOtpHost }),
  };
}

/**
 * Reads the backend adapter's settings. With `DQE_SERVER` it talks to DQE (then `DQE_LICENCE` is
 * required); with `DQE_SANDBOX_URL` to a sandbox running apart; with neither, to a sandbox embedded
 * in the process, which with `NODE_ENV=production` must be asked for (`EMBEDDED_SANDBOX=1`): a production
 * server left without its DQE settings must not start answering with test numbers.
 * Throws one Error listing every missing or malformed setting.
 */
export function apiSetupFromEnv(env: Env): ApiSetup {
  const read = envReader(env);
  const port = read.int("API_PORT", 8787, { min: 0, max: 65_535 });
  const host = read.string("API_HOST", "127.0.0.1") as string;
  const dqeServer = read.url("DQE_SERVER");
  const sandboxUrl = read.url("DQE_SANDBOX_URL");
  const licence = read.string("DQE_LICENCE");
  const clientSecret = read.string("DQE_CLIENT_SECRET");
  const method = read.oneOf("DQE_METHOD", ["GET", "POST"], "POST");
  const timeoutMs = read.int("DQE_TIMEOUT_MS", 10_000, { min: 100, max: 120_000 });
  const company = read.string("DQE_COMPANY", "VerifyKit") as string;
  const sms = smsFromEnv(env, read);
  const pinDurationMin = read.int("DQE_PIN_DURATION_MIN", 3, { min: 1, max: 60 });
  const partnerName = read.string("DQE_PARTNER_NAME", "verify-kit") as string;
  const publicUrl = read.url("PUBLIC_URL");
  const siteName = read.string("SITE_NAME");
  read.problems.push(...siteNameProblems(siteName, "SITE_NAME"));
  const pinTtlS = read.maybeInt("VERIFY_PIN_TTL_S", { min: 1, max: 3600 });
  // Only the limits set: the others keep their defaults, which never contradict each other.
  const limits: Partial<Record<keyof Limits, number>> = {};
  for (const name of Object.keys(defaultLimits) as (keyof Limits)[]) {
    const value = read.maybeInt(limitEnvNames[name], {
      min: name === "resendCooldownS" ? 0 : 1,
      max: name === "prefixDigits" ? 12 : 1_000_000,
    });
    if (value !== undefined) limits[name] = value;
  }
  const allowedCountries = read.countries("ALLOWED_COUNTRIES");
  const smsPerDay = read.maybeInt("LIMIT_SMS_PER_DAY", { min: 1, max: 100_000_000 });
  const smsPerDayByCountry = read.perCountry("LIMIT_SMS_PER_DAY_PER_COUNTRY");
  const redisUrl = read.string("REDIS_URL");
  if (redisUrl !== undefined && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) {
    read.problems.push(
      `REDIS_URL must be a redis:// or rediss:// address, got "${redisUrl.replace(/:[^:@/]*@/, ":…@")}"`,
    );
  }
  const redisTimeoutMs = read.int("REDIS_TIMEOUT_MS", 500, { min: 10, max: 60_000 });
  const redisPrefix = read.string("REDIS_PREFIX", "verify-kit:") as string;
  const headersMs = read.int("SERVER_HEADERS_TIMEOUT_MS", 10_000, { min: 100, max: 600_000 });
  const requestMs = read.int("SERVER_REQUEST_TIMEOUT_MS", 15_000, { min: 100, max: 600_000 });
  const recordMarginS = read.maybeInt("VERIFY_RECORD_MARGIN_S", { min: 0, max: 86_400 });
  const logAddressKey = read.string("LOG_ADDRESS_KEY");
  // Shared by every replica (like REDIS_URL) and by the host's backend that reads the proofs.
  // Taken as it is (not trimmed): the host's backend reads the same variable for readVerificationProof.
  const proofSecret = env.VERIFY_PROOF_SECRET === "" ? undefined : env.VERIFY_PROOF_SECRET;
  if (proofSecret !== undefined)
    read.problems.push(...proofSecretProblems(proofSecret, "VERIFY_PROOF_SECRET"));
  const proofTtlS = read.maybeInt("VERIFY_PROOF_TTL_S", proofTtlRangeS);
  if (proofTtlS !== undefined && proofSecret === undefined)
    read.problems.push("VERIFY_PROOF_TTL_S is set without VERIFY_PROOF_SECRET: proofs need the secret");

  // Read before the problems are checked, so that a malformed one is reported, not silently defaulted.
  const corsOrigins = read.origins("CORS_ORIGINS");
  const allowedOrigins = read.origins("ALLOWED_ORIGINS");
  const trustForwardedHost = read.flag("TRUST_FORWARDED_HOST");
  const trustProxy = read.int("TRUST_PROXY", 0, { min: 0, max: 10 });
  const addressHeader = read.string("CLIENT_ADDRESS_HEADER");
  const wantsSandbox = read.flag("EMBEDDED_SANDBOX");
  const production = read.string("NODE_ENV") === "production";
  const maxWaitS = read.maybeInt("VERIFY_MAX_WAIT_S", { min: 1, max: 60 });
  const checkTtlS = read.maybeInt("VERIFY_CHECK_TTL_S", { min: 5, max: 3600 });
  const refreshAfterS = read.maybeInt("VERIFY_REFRESH_AFTER_S", { min: 1, max: 3600 });
  read.problems.push(
    ...lifetimeContradictions(
      {
        pinDurationMin,
        pinTtlS,
        resendCooldownS: limits.resendCooldownS,
        checkTtlS,
        maxWaitS,
        refreshAfterS,
      },
      lifetimeEnvNames,
    ),
  );
  const logLevel = read.oneOf(
    "LOG_LEVEL",
    ["fatal", "error", "warn", "info", "debug", "trace", "silent"],
    "info",
  );

  const smsSettings: SmsSettings = {
    company,
    ...sms,
    pinDurationMin,
    ...(pinTtlS === undefined ? {} : { pinTtlS }),
  };
  read.problems.push(...smsSettingsProblems(smsSettings, smsEnvNames));
  if (dqeServer && licence === undefined) read.problems.push("DQE_LICENCE is required with DQE_SERVER");
  if (dqeServer && sandboxUrl) read.problems.push("set DQE_SERVER or DQE_SANDBOX_URL, not both");
  if (wantsSandbox && (dqeServer || sandboxUrl)) {
    read.problems.push(
      "EMBEDDED_SANDBOX=1 runs a sandbox in this process: unset DQE_SERVER and DQE_SANDBOX_URL",
    );
  }
  if (!dqeServer && !sandboxUrl && !wantsSandbox && production) {
    read.problems.push(
      "NODE_ENV=production and no DQE_SERVER: set DQE_SERVER and DQE_LICENCE (or DQE_SANDBOX_URL), or " +
        "EMBEDDED_SANDBOX=1 to serve the embedded DQE sandbox (test numbers, no real SMS) anyway",
    );
  }
  if (trustProxy > 0 && addressHeader)
    read.problems.push("set TRUST_PROXY or CLIENT_ADDRESS_HEADER, not both");
  if (addressHeader !== undefined && !/^[!#$%&'*+.^_`|~0-9a-z-]+$/i.test(addressHeader)) {
    read.problems.push(`CLIENT_ADDRESS_HEADER must be a header name, got "${addressHeader}"`);
  }
  const clientAddress: ClientAddressSource =
    trustProxy > 0 ? { forwardedFor: trustProxy } : addressHeader ? { header: addressHeader } : "socket";

  let dqe: DqeClient | undefined;
  let sandboxInbox: SandboxInbox | undefined;
  let dqeTarget: string;
  let sandbox: Sandbox | undefined;
  const common = { method, timeoutMs, partnerName };
  try {
    if (dqeServer) {
      dqe = createDqeClient({
        server: dqeServer,
        licence: licence ?? "-",
        ...(clientSecret === undefined ? {} : { clientSecret }),
        ...common,
      });
      dqeTarget = `DQE at ${dqeServer}`;
    } else if (sandboxUrl) {
      dqe = createDqeClient({
        server: sandboxUrl,
        licence: SANDBOX_LICENCE,
        clientSecret: "sandbox",
        ...common,
      });
      sandboxInbox = sandboxInboxOverHttp(sandboxUrl);
      dqeTarget = `DQE sandbox at ${sandboxUrl}`;
    } else {
      // The API serves its operator pages, on its public URL or the request's origin
      // (SANDBOX_PUBLIC_URL, when set, names the address a phone on the network uses instead).
      sandbox = createSandbox(sandboxOptionsFromEnv(env));
      dqe = embeddedSandboxDqe(sandbox, common);
      dqeTarget =
        "the embedded DQE sandbox (test numbers, no real SMS; its inbox and operator pages under /api/sandbox)";
    }
  } catch (error) {
    read.problems.push(error instanceof Error ? error.message : String(error));
    dqeTarget = "nothing";
  }

  if (read.problems.length > 0 || dqe === undefined) {
    throw new Error(`invalid settings:\n  - ${read.problems.join("\n  - ")}`);
  }
  return {
    port,
    host,
    dqeTarget,
    logLevel,
    embeddedSandbox: sandbox !== undefined,
    redis:
      redisUrl === undefined ? undefined : { url: redisUrl, timeoutMs: redisTimeoutMs, prefix: redisPrefix },
    timeouts: { headersMs, requestMs },
    options: {
      dqe,
      sandbox,
      sms: smsSettings,
      sandboxInbox,
      numberVerify: dqeServer ? clientSecret !== undefined : true,
      limits,
      publicUrl,
      ...(siteName === undefined ? {} : { siteName: siteName.trim() }),
      corsOrigins,
      allowedOrigins,
      trustForwardedHost,
      clientAddress,
      fraud: { allowedCountries, smsPerDay, smsPerDayByCountry },
      maxWaitS,
      checkTtlS,
      refreshAfterS,
      ...(recordMarginS === undefined ? {} : { recordMarginS }),
      logAddressKey,
      ...(proofSecret === undefined
        ? {}
        : { proof: { secret: proofSecret, ...(proofTtlS === undefined ? {} : { ttlS: proofTtlS }) } }),
    },
  };
}
