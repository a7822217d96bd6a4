import { type DestinationStream, type Logger, pino } from "pino";

/** Keys whose values never reach a log line, wherever they sit (two levels deep). */
export const redactedKeys = [
  "pin",
  "Pin",
  "smsToken",
  "token",
  "Token",
  "checkToken",
  "accessToken",
  "access_token",
  "refresh_token",
  "licence",
  "Licence",
  "clientSecret",
  "client_secret",
  // The proof secret (signing key), and a proof itself: it vouches for a number until it expires.
  "secret",
  "proofSecret",
  "proof",
] as const;

const secretKeys: ReadonlySet<string> = new Set(redactedKeys);

/**
 * The line's fields with every secret key censored in its first three levels. One walk over the line
 * instead of pino's redaction by paths (39 wildcard paths cost each request line more than the rest of
 * the logging); an object holding no secret is returned as it is, so a line is copied only when needed.
 */
export function censorSecrets<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== "object" || depth > 2) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => censorSecrets(item, depth + 1));
    return items.some((item, index) => item !== value[index]) ? (items as T) : value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries(value)) {
    const next = secretKeys.has(key) ? "[redacted]" : censorSecrets(field, depth + 1);
    if (next !== field) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = next;
    }
  }
  return (copy ?? value) as T;
}

/** Structured JSON logs with secrets censored; pass a stream to capture them (tests). */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      formatters: { log: (fields) => censorSecrets(fields) },
      base: { service: "verify-kit" },
    },
    options.destination,
  );
}
