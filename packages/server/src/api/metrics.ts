import { type MeterProvider, metrics as otelMetrics } from "@opentelemetry/api";
import type { DqeClient } from "@verify-kit/core/dqe";

/** What the adapter counts, for OpenTelemetry. */
export interface Metrics {
  smsSent(country: string): void;
  checkStarted(country: string): void;
  verified(method: "pin" | "number", country: string): void;
  /** An answer that refused the request: its code and, for a limit, which one. */
  refused(code: string, reason: string | undefined): void;
  /** One DQE call: how long it took and, when it failed, the error's code. */
  dqeCall(endpoint: string, durationMs: number, errorCode: string | undefined): void;
}

/**
 * The adapter's metrics, through `@opentelemetry/api`: no exporter is bundled. They go nowhere until the app
 * registers a MeterProvider (`metrics.setGlobalMeterProvider()`, or the OpenTelemetry Node SDK), or passes one.
 * - `verify_kit.sms.sent` {country}, `verify_kit.number_checks.started` {country}
 * - `verify_kit.verified` {method: pin | number, country}
 * - `verify_kit.refusals` {code, reason}
 * - `verify_kit.dqe.duration` (ms histogram) {endpoint, outcome: ok | error}, `verify_kit.dqe.errors` {endpoint, code}
 */
export function createMetrics(provider: MeterProvider = otelMetrics.getMeterProvider()): Metrics {
  const meter = provider.getMeter("@verify-kit/server");
  const sms = meter.createCounter("verify_kit.sms.sent", { description: "SMS DQE accepted to send" });
  const checks = meter.createCounter("verify_kit.number_checks.started", {
    description: "Operator checks started",
  });
  const verified = meter.createCounter("verify_kit.verified", { description: "Numbers verified" });
  const refusals = meter.createCounter("verify_kit.refusals", {
    description: "Requests refused, by code and reason",
  });
  const dqeDuration = meter.createHistogram("verify_kit.dqe.duration", {
    description: "Time of a DQE call",
    unit: "ms",
  });
  const dqeErrors = meter.createCounter("verify_kit.dqe.errors", { description: "DQE calls that failed" });
  return {
    smsSent: (country) => sms.add(1, { country }),
    checkStarted: (country) => checks.add(1, { country }),
    verified: (method, country) => verified.add(1, { method, country }),
    refused: (code, reason) => refusals.add(1, reason === undefined ? { code } : { code, reason }),
    dqeCall(endpoint, durationMs, errorCode) {
      dqeDuration.record(durationMs, { endpoint, outcome: errorCode === undefined ? "ok" : "error" });
      if (errorCode !== undefined) dqeErrors.add(1, { endpoint, code: errorCode });
    },
  };
}

/** The DQE client, each call timed and its failures counted. */
export function measuredDqe(dqe: DqeClient, metrics: Metrics): DqeClient {
  async function timed<T extends { ok: boolean; error?: { code: string } }>(
    endpoint: string,
    call: Promise<T>,
  ) {
    const started = performance.now();
    const outcome = await call;
    metrics.dqeCall(endpoint, performance.now() - started, outcome.ok ? undefined : outcome.error?.code);
    return outcome;
  }
  return {
    sendPin: (params, options) => timed("GDPR_MSG", dqe.sendPin(params, options)),
    checkPin: (params, options) => timed("GDPR_VERIF", dqe.checkPin(params, options)),
    getAccessToken: (options) => timed("ACCESS_TOKEN", dqe.getAccessToken(options)),
    startNumberCheck: (params, options) => timed("IDMOBILE", dqe.startNumberCheck(params, options)),
    getNumberCheck: (params, options) => timed("GET", dqe.getNumberCheck(params, options)),
  };
}
