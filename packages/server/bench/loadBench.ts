import { printTable } from "../../../scripts/benchTable.js";
import { type LoadTarget, loadRounds } from "./loadRounds.js";
import { countByStatus, type LoadRunResult, loadFigures, runLoad } from "./loadRun.js";
import { startLoadServers } from "./loadServersProcess.js";
import { raisedLimits, wrongPin } from "./loadServersProtocol.js";
import { machine } from "./machine.js";
import { formatMs } from "./percentile.js";

export interface LoadBenchOptions {
  readonly connections: number;
  /** Seconds of each measured round; the targets of a table take turns. */
  readonly roundS: number;
  readonly rounds: number;
  /** Most requests of any one run. */
  readonly maxRequests: number;
}

/** Distinct valid French mobiles, `count` of them from `first` on: the sandbox keeps one PIN per number. */
const phones = (first: number, count: number) =>
  Array.from({ length: count }, (_, i) => `+336000${String(first + i).padStart(5, "0")}`);

async function sendPins(baseUrl: string, numbers: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const phone of numbers) {
    const answer = await fetch(`${baseUrl}/api/pin/send`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone }),
    });
    const body = (await answer.json()) as { verificationId?: string };
    if (!answer.ok || body.verificationId === undefined) {
      throw new Error(`sending a PIN to ${phone} failed: HTTP ${answer.status} ${JSON.stringify(body)}`);
    }
    ids.push(body.verificationId);
  }
  return ids;
}

/** Request bodies cycling over the verifications, always with the wrong PIN. */
function wrongChecks(ids: readonly string[]) {
  let next = 0;
  return () => JSON.stringify({ verificationId: ids[next++ % ids.length], pin: wrongPin });
}

const int = (value: number) => Math.round(value).toLocaleString("en-US");
const ratio = (value: number) => `${value.toFixed(2)}×`;
const isRefusal = (status: number) => status === 423 || status === 429;
const isOk = (status: number) => status >= 200 && status <= 299;
const statuses = (result: LoadRunResult, keep: (status: number) => boolean) =>
  [...countByStatus(result)]
    .filter(([status]) => keep(status))
    .map(([status, count]) => `${int(count)} × ${status}`)
    .join(", ") || "0";

/**
 * `POST /api/pin/check` hammered on loopback, the adapter beside a minimal proxy, both over HTTP to
 * the sandbox over HTTP; then the adapter with its default limits, where nearly everything is refused.
 */
export async function loadBench(options: LoadBenchOptions): Promise<void> {
  const { connections, maxRequests } = options;
  const servers = await startLoadServers();
  const rounds = {
    connections,
    maxRequests,
    rounds: options.rounds,
    roundS: options.roundS,
    sandboxCounts: () => servers.counts(),
  };
  try {
    const adapterCheck: LoadTarget = {
      name: "adapter (limits raised)",
      url: `${servers.urls.adapter}/api/pin/check`,
      body: wrongChecks(await sendPins(servers.urls.adapter, phones(1000, connections))),
      sandbox: { client: "adapter", path: "/GDPR_VERIF/" },
    };
    const redisCheck: LoadTarget = {
      name: "adapter on Redis (limits raised)",
      url: `${servers.urls.adapterRedis}/api/pin/check`,
      body: wrongChecks(await sendPins(servers.urls.adapterRedis, phones(5000, connections))),
      sandbox: { client: "adapterRedis", path: "/GDPR_VERIF/" },
    };
    const proxyCheck: LoadTarget = {
      name: "minimal Hono proxy",
      url: `${servers.urls.proxy}/api/pin/check`,
      body: wrongChecks(await sendPins(servers.urls.proxy, phones(2000, connections))),
      sandbox: { client: "proxy", path: "/GDPR_VERIF/" },
    };
    for (const target of [adapterCheck, redisCheck, proxyCheck]) {
      // Warm-up (JIT, keep-alive connections), not counted.
      await runLoad({ url: target.url, body: target.body, connections, durationS: 1, maxRequests });
    }

    const [adapter, onRedis, proxy] = await loadRounds([adapterCheck, redisCheck, proxyCheck], rounds);
    if (!adapter || !onRedis || !proxy) throw new Error("unreachable: three targets");
    const adapterFigures = loadFigures(adapter.result);
    const redisFigures = loadFigures(onRedis.result);
    const proxyFigures = loadFigures(proxy.result);
    printTable(
      `Load on loopback: POST /api/pin/check (wrong PIN), ${connections} connections, ${options.rounds} ` +
        `alternating rounds of ${options.roundS} s per server, limits raised (maxAttempts ` +
        `${raisedLimits.maxAttempts?.toExponential()}); sandbox, adapter and proxy over HTTP in one child ` +
        `process, autocannon in this one; adapter logs to the null device — ${machine()}`,
      [
        { header: "server" },
        { header: "requests", align: "right" },
        { header: "req/s", align: "right" },
        { header: "p50", align: "right" },
        { header: "p99", align: "right" },
        { header: "non-2xx", align: "right" },
        { header: "errors", align: "right" },
        { header: "sandbox calls/req sent", align: "right" },
      ],
      [
        ...[adapter, onRedis, proxy].map(({ target, result, reachedSandbox }) => {
          const figures = loadFigures(result);
          return [
            target.name,
            int(figures.responses),
            int(figures.requestsPerS),
            formatMs(figures.p50Ms),
            formatMs(figures.p99Ms),
            int(loadFigures(result, (status) => !isOk(status)).responses),
            int(result.errors),
            (reachedSandbox / Math.max(1, result.sent)).toFixed(2),
          ];
        }),
        ...(
          [
            ["ratio adapter / proxy (goal ≥ 0.70× req/s)", adapterFigures],
            ["ratio adapter on Redis / proxy (goal ≥ 0.50×)", redisFigures],
          ] as const
        ).map(([name, figures]) => [
          name,
          "",
          ratio(figures.requestsPerS / proxyFigures.requestsPerS),
          ratio(figures.p50Ms / proxyFigures.p50Ms),
          ratio(figures.p99Ms / proxyFigures.p99Ms),
          "",
          "",
          "",
        ]),
      ],
    );

    // Default limits: 5 attempts per verification, then 423; 5 sends per number, then 429. The
    // allowed load runs again in the same rounds, as the yardstick of the last column.
    const lockedIds = await sendPins(servers.urls.adapterDefaultLimits, phones(3000, 10));
    const refusedTargets: LoadTarget[] = [
      {
        name: `POST /api/pin/check, ${lockedIds.length} verifications`,
        url: `${servers.urls.adapterDefaultLimits}/api/pin/check`,
        body: wrongChecks(lockedIds),
        sandbox: { client: "adapterDefaultLimits", path: "/GDPR_VERIF/" },
      },
      {
        name: "POST /api/pin/send, one number",
        url: `${servers.urls.adapterDefaultLimits}/api/pin/send`,
        body: () => JSON.stringify({ phone: phones(4000, 1)[0] }),
        sandbox: { client: "adapterDefaultLimits", path: "/GDPR_MSG/" },
      },
    ];
    const [allowed, ...refused] = await loadRounds([adapterCheck, ...refusedTargets], rounds);
    if (!allowed) throw new Error("unreachable: the allowed target");
    const allowedFigures = loadFigures(allowed.result);
    printTable(
      `Refusals with the default limits (maxAttempts 5, sendsPerNumber 5, sendsPerIp 20), same load, ` +
        `${options.rounds} rounds of ${options.roundS} s per route alternating with allowed checks ` +
        `(limits raised: ${int(allowedFigures.requestsPerS)} req/s, p50 ${formatMs(allowedFigures.p50Ms)}); ` +
        `latency of refused requests only; "reached sandbox" counted in the sandbox's fetch wrapper — ${machine()}`,
      [
        { header: "route (default limits)" },
        { header: "requests", align: "right" },
        { header: "refused" },
        { header: "answered" },
        { header: "refused/s", align: "right" },
        { header: "p50 refused", align: "right" },
        { header: "p99 refused", align: "right" },
        { header: "reached sandbox", align: "right" },
        { header: "req/s vs allowed", align: "right" },
      ],
      refused.map(({ target, result, reachedSandbox }) => {
        const figures = loadFigures(result, isRefusal);
        return [
          target.name,
          int(loadFigures(result).responses),
          statuses(result, isRefusal),
          statuses(result, (status) => !isRefusal(status)),
          int(figures.requestsPerS),
          formatMs(figures.p50Ms),
          formatMs(figures.p99Ms),
          `${int(reachedSandbox)} ${target.sandbox.path.replaceAll("/", "")}`,
          ratio(figures.requestsPerS / allowedFigures.requestsPerS),
        ];
      }),
    );
  } finally {
    await servers.stop();
  }
}
