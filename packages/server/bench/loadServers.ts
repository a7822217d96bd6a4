// Child process of the load bench: the sandbox, the adapter (raised and default limits) and the minimal
// proxy, each over HTTP on 127.0.0.1, so that the load generator in the parent has a core of its own.
import { devNull } from "node:os";
import process from "node:process";
import { createDqeClient } from "@verify-kit/core/dqe";
import { pino } from "pino";
import { createVerifyApi } from "../src/api/createVerifyApi.js";
import type { Limits } from "../src/api/limits.js";
import { createLogger } from "../src/api/logger.js";
import type { VerifyStore } from "../src/api/store/VerifyStore.js";
import { listen } from "../src/node/listen.js";
import { createRedisStore } from "../src/redis/RedisStore.js";
import { createSandbox, SANDBOX_LICENCE } from "../src/sandbox/index.js";
import { startSandboxServer } from "../src/sandbox/sandboxServer.js";
import { startTestRedis } from "../src/testSupport/testRedis.js";
import {
  type LoadServersCommand,
  type LoadServersReport,
  loadBenchPin,
  raisedLimits,
  type SandboxClient,
  type SandboxCounts,
} from "./loadServersProtocol.js";
import { createMinimalProxy } from "./minimalProxy.js";

const loopback = { port: 0, host: "127.0.0.1" };

async function main() {
  const sandbox = createSandbox({ pin: loadBenchPin });
  const counts: SandboxCounts = { adapter: {}, adapterRedis: {}, adapterDefaultLimits: {}, proxy: {} };
  const redis = await startTestRedis();
  const redisStore = createRedisStore({ url: redis.url, prefix: "bench:" });
  // One sandbox, served at one URL per client: what reaches it is counted per client in its fetch wrapper.
  const sandboxServers = await Promise.all(
    (Object.keys(counts) as SandboxClient[]).map(async (client) => {
      const server = await startSandboxServer(
        {
          ...sandbox,
          fetch: (request) => {
            const path = new URL(request.url).pathname;
            counts[client][path] = (counts[client][path] ?? 0) + 1;
            return sandbox.fetch(request);
          },
        },
        { port: 0, host: "127.0.0.1" },
      );
      return [client, server] as const;
    }),
  );
  const sandboxUrl = (client: SandboxClient) =>
    sandboxServers.find(([name]) => name === client)?.[1].url ?? "http://127.0.0.1:9";

  // Logs are written as in production, to the null device, so their cost is in the figures.
  const logger = createLogger({ destination: pino.destination({ dest: devNull, sync: false }) });
  const adapter = (client: SandboxClient, limits: Partial<Limits>, store?: VerifyStore) =>
    createVerifyApi({
      ...(store ? { store } : {}),
      dqe: createDqeClient({
        server: sandboxUrl(client),
        licence: SANDBOX_LICENCE,
        clientSecret: "sandbox",
        partnerName: "verify-kit",
      }),
      sms: { company: "VerifyKit", smsText: "Your verification code:", pinDurationMin: 10 },
      limits,
      logger,
      // As the Node entry (src/main.ts) does, served the same way: each socket its own client.
      clientAddress: "socket",
    });
  const servers = [
    await listen(adapter("adapter", raisedLimits).fetch, loopback),
    await listen(adapter("adapterRedis", raisedLimits, redisStore).fetch, loopback),
    await listen(adapter("adapterDefaultLimits", {}).fetch, loopback),
    await listen(
      createMinimalProxy({ dqeServer: sandboxUrl("proxy"), licence: SANDBOX_LICENCE }).fetch,
      loopback,
    ),
  ] as const;

  const report = (message: LoadServersReport) => process.send?.(message);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled(
      [...servers, ...sandboxServers.map(([, server]) => server)].map((server) => server.close()),
    );
    await redisStore.close();
    await redis.stop();
    process.exit(0);
  };
  process.on("message", (command: LoadServersCommand) => {
    if (command.type === "counts") report({ type: "counts", counts });
    else void stop();
  });
  // The parent went away: nothing is left to measure.
  process.on("disconnect", () => void stop());
  report({
    type: "ready",
    urls: {
      adapter: servers[0].url,
      adapterRedis: servers[1].url,
      adapterDefaultLimits: servers[2].url,
      proxy: servers[3].url,
    },
  });
}

await main();
