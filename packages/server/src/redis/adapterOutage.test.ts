// Outage policy: with Redis stopped mid-run, sends and checks are refused (store_unavailable, retryable),
// never let through to DQE and never hanging; the health route says so; service resumes once Redis is back.
import { afterAll, beforeAll, expect, test } from "vitest";
import { eventually } from "../api/store/storeContract.js";
import type { VerifyStore } from "../api/store/VerifyStore.js";
import { createTestApi, fixedPin, numbers } from "../testSupport/testApi.js";
import { startTestRedis, type TestRedis } from "../testSupport/testRedis.js";
import { createRedisStore } from "./RedisStore.js";

let redis: TestRedis;
let store: VerifyStore;

beforeAll(async () => {
  redis = await startTestRedis();
  store = createRedisStore({ url: redis.url, prefix: "outage:", timeoutMs: 300 });
}, 30_000);

afterAll(async () => {
  await store?.close();
  await redis?.stop();
});

test("Redis down: refused and retryable, DQE never asked; Redis back: it works again by itself", {
  timeout: 30_000,
}, async () => {
  const t = createTestApi({ api: { store } });
  const { verificationId } = await t.sendPin();
  const callsBefore = t.dqeCalls.length;

  await redis.stop();
  const send = await t.post("/api/pin/send", { phone: numbers.mobile });
  expect(send.status).toBe(503);
  expect(send.body.error).toEqual({ code: "store_unavailable", retryable: true, retryAfterS: 1 });
  expect(send.headers.get("retry-after")).toBe("1");
  expect((await t.checkPin(verificationId, fixedPin)).body.error.code).toBe("store_unavailable");
  expect((await t.post("/api/number-verify/start", { phone: numbers.mobile })).status).toBe(503);
  expect(await t.get("/api/health")).toMatchObject({ status: 503, body: { status: "unavailable" } });
  expect(t.dqeCalls.length).toBe(callsBefore);

  await redis.start();
  await eventually(async () => (await t.get("/api/health")).status === 200, 10_000);
  expect((await t.post("/api/pin/send", { phone: numbers.mobile })).status).toBe(200);
});

test("SMS budgets are shared by every adapter on the store", async () => {
  const fraud = { smsPerDayByCountry: { FR: 3 } };
  const [a, b] = [createTestApi({ api: { store, fraud } }), createTestApi({ api: { store, fraud } })];
  const statuses = [];
  for (let i = 0; i < 5; i += 1) {
    const api = i % 2 ? b : a;
    statuses.push(
      (await api.post("/api/pin/send", { phone: `+3361400000${i}` }, { "x-forwarded-for": `203.0.113.${i}` }))
        .status,
    );
  }
  expect(statuses).toEqual([200, 200, 200, 429, 429]);
});
