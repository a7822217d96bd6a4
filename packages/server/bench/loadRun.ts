import autocannon from "autocannon";
import { percentile } from "./percentile.js";

export interface LoadRunOptions {
  /** The whole URL hammered, e.g. `http://127.0.0.1:4321/api/pin/check`. */
  readonly url: string;
  /** The JSON body of each request, called once per request. */
  readonly body: () => string;
  readonly connections: number;
  readonly durationS: number;
  /** Stops earlier once this many requests were made, whatever the duration. */
  readonly maxRequests: number;
}

/** What one or more load runs saw: every response's latency, by HTTP status. */
export interface LoadRunResult {
  /** Seconds the load lasted. */
  readonly durationS: number;
  readonly latenciesByStatus: ReadonlyMap<number, readonly number[]>;
  /** Connection errors and time-outs. */
  readonly errors: number;
  /** Requests written, answered or not (the run's stop cuts some off). */
  readonly sent: number;
}

/** The figures of a table row, for the responses whose status passes `filter` (all by default). */
export interface LoadFigures {
  readonly responses: number;
  readonly requestsPerS: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * POSTs JSON bodies to a URL for a bounded time and count with autocannon, recording each response's
 * latency (autocannon's own histogram rounds to whole milliseconds, too coarse on loopback).
 */
export function runLoad(options: LoadRunOptions): Promise<LoadRunResult> {
  const latenciesByStatus = new Map<number, number[]>();
  let responses = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: "POST",
        headers: { "content-type": "application/json" },
        connections: options.connections,
        duration: options.durationS,
        maxOverallRequests: options.maxRequests,
        timeout: 10,
        requests: [{ setupRequest: (request) => ({ ...request, body: options.body() }) }],
      },
      (error, result) => {
        clearTimeout(guard);
        if (error) reject(error);
        else
          resolve({
            durationS: result.duration,
            latenciesByStatus,
            errors: result.errors + result.timeouts,
            sent: result.requests.sent,
          });
      },
    );
    // A last bound in case the load generator itself stalls.
    const guard = setTimeout(() => instance.stop(), (options.durationS + 15) * 1000);
    instance.on("response", (_client, statusCode, _bytes, responseTimeMs) => {
      const list = latenciesByStatus.get(statusCode) ?? [];
      list.push(responseTimeMs);
      latenciesByStatus.set(statusCode, list);
      responses += 1;
      if (responses >= options.maxRequests) instance.stop();
    });
  });
}

/** Several runs of the same load as one (alternating rounds). */
export function mergeLoadResults(results: readonly LoadRunResult[]): LoadRunResult {
  const latenciesByStatus = new Map<number, number[]>();
  for (const result of results) {
    for (const [status, list] of result.latenciesByStatus) {
      latenciesByStatus.set(status, [...(latenciesByStatus.get(status) ?? []), ...list]);
    }
  }
  return {
    durationS: results.reduce((sum, result) => sum + result.durationS, 0),
    latenciesByStatus,
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    sent: results.reduce((sum, result) => sum + result.sent, 0),
  };
}

/** Responses counted by status, e.g. `{ 200: 10, 423: 5000 }`. */
export function countByStatus(result: LoadRunResult): Map<number, number> {
  return new Map([...result.latenciesByStatus].map(([status, list]) => [status, list.length]));
}

/** Throughput and latency of the responses whose status passes `filter`. */
export function loadFigures(result: LoadRunResult, filter: (status: number) => boolean = () => true) {
  const latencies = [...result.latenciesByStatus]
    .filter(([status]) => filter(status))
    .flatMap(([, list]) => list)
    .sort((a, b) => a - b);
  const figures: LoadFigures = {
    responses: latencies.length,
    requestsPerS: latencies.length / result.durationS,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
  return figures;
}
