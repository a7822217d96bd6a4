/** The licence key the sandbox accepts; any other gets DQE's invalid-licence answers. Public by design. */
export const SANDBOX_LICENCE = "SANDBOX-LICENCE";

/** Options of `createSandbox`; each has a default fit for local development. */
export interface SandboxOptions {
  /** The PIN every SMS carries, 6 digits. @default a random PIN per SMS */
  pin?: string;
  /** PIN lifetime in seconds, overriding GDPR_MSG's `Duration` (minutes), so tests need not wait minutes. */
  pinTtlS?: number;
  /** How long a number check waits for its operator URL to be opened, in seconds. @default 300 */
  checkTtlS?: number;
  /** Delay added to every DQE endpoint (not to the `/__sandbox/` routes), in milliseconds. @default 0 */
  latencyMs?: number;
  /** How long the slow test number (33600000504) holds each answer, in milliseconds. @default 30000 */
  slowMs?: number;
  /**
   * Base of the operator URLs that IDMOBILE hands out, e.g. `http://192.168.1.20:4010`, so that a phone on
   * the same network can open them. @default the origin of the IDMOBILE request
   */
  publicUrl?: string;
  /** The clock, in milliseconds since the epoch; inject one so tests need no real waits. @default Date.now */
  now?: () => number;
}

/** Options after validation, with their defaults filled in. */
export interface ResolvedSandboxOptions {
  readonly pin: string | undefined;
  readonly pinTtlS: number | undefined;
  readonly checkTtlS: number;
  readonly latencyMs: number;
  readonly slowMs: number;
  readonly publicUrl: string | undefined;
  readonly now: () => number;
}

// setTimeout cannot wait longer than this; a larger delay would fire at once.
const maxDelayMs = 2_147_483_647;

function checkPin(pin: string, name: string): string {
  if (!/^\d{6}$/.test(pin)) throw new Error(`${name} must be 6 digits, got "${pin}"`);
  return pin;
}

function checkPositiveInteger(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got ${String(value)}`);
  }
  return value;
}

function checkDelay(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > maxDelayMs) {
    throw new Error(
      `${name} must be a whole number of milliseconds from 0 to ${maxDelayMs}, got ${String(value)}`,
    );
  }
  return value;
}

function checkPublicUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an http(s) URL such as http://192.168.1.20:4010, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`${name} must be an http(s) URL such as http://192.168.1.20:4010, got "${value}"`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`${name} must not carry a query or a fragment, got "${value}"`);
  }
  // Operator paths are appended to it, so a trailing slash would double.
  return url.href.replace(/\/+$/, "");
}

/** Validates options once, at creation, so a misconfigured sandbox fails at start-up rather than mid-test. */
export function resolveSandboxOptions(options: SandboxOptions): ResolvedSandboxOptions {
  return {
    pin: options.pin === undefined ? undefined : checkPin(options.pin, "pin"),
    pinTtlS: options.pinTtlS === undefined ? undefined : checkPositiveInteger(options.pinTtlS, "pinTtlS"),
    checkTtlS: checkPositiveInteger(options.checkTtlS ?? 300, "checkTtlS"),
    latencyMs: checkDelay(options.latencyMs ?? 0, "latencyMs"),
    slowMs: checkDelay(options.slowMs ?? 30_000, "slowMs"),
    publicUrl: options.publicUrl === undefined ? undefined : checkPublicUrl(options.publicUrl, "publicUrl"),
    now: options.now ?? Date.now,
  };
}

function envInteger(env: Record<string, string | undefined>, name: string, min: 0 | 1): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    const what = min === 1 ? "a positive whole number" : "a whole number (0 or more)";
    throw new Error(`${name} must be ${what}, got "${raw}"`);
  }
  return value;
}

/**
 * Reads `SANDBOX_PIN`, `SANDBOX_PIN_TTL_S`, `SANDBOX_CHECK_TTL_S`, `SANDBOX_LATENCY_MS`, `SANDBOX_SLOW_MS` and
 * `SANDBOX_PUBLIC_URL`. An unset or empty variable keeps the default; a malformed one throws an Error naming it.
 */
export function sandboxOptionsFromEnv(env: Record<string, string | undefined>): SandboxOptions {
  const options: SandboxOptions = {};
  const pin = env.SANDBOX_PIN;
  if (pin !== undefined && pin !== "") options.pin = checkPin(pin, "SANDBOX_PIN");
  const pinTtlS = envInteger(env, "SANDBOX_PIN_TTL_S", 1);
  if (pinTtlS !== undefined) options.pinTtlS = pinTtlS;
  const checkTtlS = envInteger(env, "SANDBOX_CHECK_TTL_S", 1);
  if (checkTtlS !== undefined) options.checkTtlS = checkTtlS;
  const latencyMs = envInteger(env, "SANDBOX_LATENCY_MS", 0);
  if (latencyMs !== undefined) options.latencyMs = checkDelay(latencyMs, "SANDBOX_LATENCY_MS");
  const slowMs = envInteger(env, "SANDBOX_SLOW_MS", 0);
  if (slowMs !== undefined) options.slowMs = checkDelay(slowMs, "SANDBOX_SLOW_MS");
  const publicUrl = env.SANDBOX_PUBLIC_URL;
  if (publicUrl !== undefined && publicUrl !== "") {
    options.publicUrl = checkPublicUrl(publicUrl, "SANDBOX_PUBLIC_URL");
  }
  return options;
}
