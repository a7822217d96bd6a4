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
] as const;

const paths = redactedKeys.flatMap((name) => [name, `*.${name}`, `*.*.${name}`]);

/** Structured JSON logs with secrets redacted; pass a stream to capture them (tests). */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      redact: { paths, censor: "[redacted]" },
      base: { service: "verify-kit" },
    },
    options.destination,
  );
}
