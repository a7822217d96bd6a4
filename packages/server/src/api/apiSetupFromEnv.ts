import { createDqeClient, type DqeClient } from "@verify-kit/core/dqe";
import { createSandbox, type Sandbox } from "../sandbox/createSandbox.js";
import { SANDBOX_LICENCE, sandboxOptionsFromEnv } from "../sandbox/sandboxOptions.js";
import type { VerifyApiOptions } from "./createVerifyApi.js";
import { envReader } from "./envReader.js";
import { defaultLimits, type Limits, limitEnvNames } from "./limits.js";
import type { SandboxInbox } from "./metaRoutes.js";

type Env = Readonly<Record<string, string | undefined>>;

/** Everything the Node entry needs, read from the environment. */
export interface ApiSetup {
  readonly port: number;
  readonly host: string;
  /** What the server talks to, for the start-up line (never the licence). */
  readonly dqeTarget: string;
  readonly logLevel: string;
  /**
   * The sandbox running in this process when neither DQE_SERVER nor DQE_SANDBOX_URL is set: its operator
   * pages (`/__sandbox/operator/…`) must be served by the same server, since the phone opens them.
   */
  readonly embeddedSandbox?: Sandbox;
  readonly options: Omit<VerifyApiOptions, "logger" | "socketIp">;
}

function sandboxInboxOverHttp(sandboxUrl: string): SandboxInbox {
  return {
    async messages(dqePhone) {
      const response = await fetch(`${sandboxUrl}/__sandbox/messages?phone=${encodeURIComponent(dqePhone)}`);
      if (!response.ok) throw new Error(`sandbox answered HTTP ${response.status}`);
      return (await response.json()) as Awaited<ReturnType<SandboxInbox["messages"]>>;
    },
  };
}

/**
 * Reads the backend adapter's settings. With `DQE_SERVER` it talks to DQE (then `DQE_LICENCE` is
 * required); with `DQE_SANDBOX_URL` to a sandbox running apart; with neither, to a sandbox embedded
 * in the process. Throws one Error listing every missing or malformed setting.
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
  const smsText = read.string("DQE_SMS_TEXT", "Your verification code:") as string;
  const pinDurationMin = read.int("DQE_PIN_DURATION_MIN", 3, { min: 1, max: 60 });
  const partnerName = read.string("DQE_PARTNER_NAME", "verify-kit") as string;
  const publicUrl = read.url("PUBLIC_URL");
  const pinTtlRaw = read.int("VERIFY_PIN_TTL_S", 0, { min: 1, max: 3600 });
  const limits = Object.fromEntries(
    (Object.keys(defaultLimits) as (keyof Limits)[]).map((name) => [
      name,
      read.int(limitEnvNames[name], defaultLimits[name], {
        min: name === "resendCooldownS" ? 0 : 1,
        max: 1_000_000,
      }),
    ]),
  ) as unknown as Limits;

  // Read before the problems are checked, so that a malformed one is reported, not silently defaulted.
  const corsOrigins = read.list("CORS_ORIGINS");
  const trustProxy = read.int("TRUST_PROXY", 0, { min: 0, max: 10 });
  const maxWaitS = read.int("VERIFY_MAX_WAIT_S", 25, { min: 1, max: 60 });
  const checkTtlS = read.int("VERIFY_CHECK_TTL_S", 300, { min: 5, max: 3600 });
  const refreshAfterS = read.int("VERIFY_REFRESH_AFTER_S", 30, { min: 1, max: 3600 });
  const logLevel = read.oneOf(
    "LOG_LEVEL",
    ["fatal", "error", "warn", "info", "debug", "trace", "silent"],
    "info",
  );

  if (company.length < 3 || company.length > 11) {
    read.problems.push(`DQE_COMPANY must be 3 to 11 characters (the SMS sender), got "${company}"`);
  }
  if (dqeServer && licence === undefined) read.problems.push("DQE_LICENCE is required with DQE_SERVER");
  if (dqeServer && sandboxUrl) read.problems.push("set DQE_SERVER or DQE_SANDBOX_URL, not both");

  let dqe: DqeClient | undefined;
  let sandboxInbox: SandboxInbox | undefined;
  let dqeTarget: string;
  let embeddedSandbox: Sandbox | undefined;
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
      // The operator links point at this server (which serves the operator pages), unless told otherwise.
      const sandboxOptions = sandboxOptionsFromEnv(env);
      sandboxOptions.publicUrl ??= publicUrl ?? `http://${host}:${port}`;
      const sandbox = createSandbox(sandboxOptions);
      embeddedSandbox = sandbox;
      const sandboxFetch = (input: RequestInfo | URL, init?: RequestInit) =>
        sandbox.fetch(new Request(input, init));
      dqe = createDqeClient({
        server: "http://sandbox.internal",
        licence: SANDBOX_LICENCE,
        clientSecret: "sandbox",
        fetch: sandboxFetch as typeof fetch,
        ...common,
      });
      sandboxInbox = { messages: async (dqePhone) => sandbox.messages(dqePhone) };
      dqeTarget = "the embedded DQE sandbox";
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
    ...(embeddedSandbox ? { embeddedSandbox } : {}),
    options: {
      dqe,
      sms: { company, smsText, pinDurationMin, ...(pinTtlRaw > 0 ? { pinTtlS: pinTtlRaw } : {}) },
      sandboxInbox,
      numberVerify: dqeServer ? clientSecret !== undefined : true,
      limits,
      publicUrl,
      corsOrigins,
      trustProxy,
      maxWaitS,
      checkTtlS,
      refreshAfterS,
    },
  };
}
