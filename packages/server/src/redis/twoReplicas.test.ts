// Issue: everything lived in one process's memory. Two replicas of the adapter (two processes of the
// verify-kit-server bin) on one real redis-server, talking to one DQE stand-in: caps, locks, cooldowns and
// verifications hold exactly as with one, long polls are released across them, and a restart loses nothing.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSandbox } from "../sandbox/createSandbox.js";
import { type SandboxServer, startSandboxServer } from "../sandbox/sandboxServer.js";
import { type RunningBin, requestFrom, startBin } from "../testSupport/testBin.js";
import { startTestRedis, type TestRedis } from "../testSupport/testRedis.js";

const pin = "123456";
let redis: TestRedis;
let dqe: SandboxServer;
let replicas: RunningBin[] = [];
const dqeCalls = new Map<string, number>();
const calls = (path: string) => dqeCalls.get(path) ?? 0;

const startReplicas = () =>
  Promise.all(
    [1, 2].map(() =>
      startBin({
        REDIS_URL: redis.url,
        REDIS_PREFIX: "two-replicas:",
        DQE_SANDBOX_URL: dqe.url,
        REDIS_TIMEOUT_MS: "2000",
      }),
    ),
  );
const stopReplicas = async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  replicas = [];
};
/** Replica A, B, A, B... by index. */
const at = (index: number) => replicas[index % 2]?.url ?? "";

beforeAll(async () => {
  redis = await startTestRedis();
  const sandbox = createSandbox({ pin });
  dqe = await startSandboxServer(
    {
      ...sandbox,
      fetch: (request) => {
        const path = new URL(request.url).pathname.replace(/\/+$/, "");
        dqeCalls.set(path, calls(path) + 1);
        return sandbox.fetch(request);
      },
    },
    { port: 0, host: "127.0.0.1" },
  );
  replicas = await startReplicas();
}, 60_000);

afterAll(async () => {
  await stopReplicas();
  await dqe?.close();
  await redis?.stop();
}, 30_000);

describe("two replicas on one Redis, exactly as one", () => {
  test("per number: 12 sends over both, 5 accepted", async () => {
    const statuses = [];
    for (let i = 0; i < 12; i += 1) {
      statuses.push(
        (await requestFrom("127.0.0.2", `${at(i)}/api/pin/send`, { phone: "+33611000001" })).status,
      );
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  });

  test("per client: 50 sends over both from one address, 20 accepted", async () => {
    let accepted = 0;
    for (let i = 0; i < 50; i += 1) {
      const phone = `+336120000${String(i).padStart(2, "0")}`;
      if ((await requestFrom("127.0.0.3", `${at(i)}/api/pin/send`, { phone })).status === 200) accepted += 1;
    }
    expect(accepted).toBe(20);
  });

  test("per number: 8 operator checks over both, 3 started", async () => {
    let started = 0;
    for (let i = 0; i < 8; i += 1) {
      const answer = await requestFrom("127.0.0.4", `${at(i)}/api/number-verify/start`, {
        phone: "+33611000002",
      });
      if (answer.status === 200) started += 1;
    }
    expect(started).toBe(3);
  });

  test("a verification sent on A is checked on B; B applies A's cooldown", async () => {
    const sent = await requestFrom("127.0.0.5", `${at(0)}/api/pin/send`, { phone: "+33611000003" });
    expect(sent.status).toBe(200);
    const { verificationId } = sent.body;
    const resend = await requestFrom("127.0.0.5", `${at(1)}/api/pin/resend`, { verificationId });
    expect(resend.body.error.code).toBe("resend_cooldown");
    const checked = await requestFrom("127.0.0.5", `${at(1)}/api/pin/check`, { verificationId, pin });
    expect(checked.body).toMatchObject({ verified: true });
  });

  test("100 parallel wrong codes over both reach DQE exactly 5 times, then the verification is locked", async () => {
    const { verificationId } = (
      await requestFrom("127.0.0.6", `${at(0)}/api/pin/send`, { phone: "+33611000004" })
    ).body;
    const before = calls("/GDPR_VERIF");
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        requestFrom("127.0.0.6", `${at(i)}/api/pin/check`, { verificationId, pin: String(200_000 + i) }),
      ),
    );
    expect(calls("/GDPR_VERIF") - before).toBe(5);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    const locked = await requestFrom("127.0.0.6", `${at(1)}/api/pin/check`, { verificationId, pin });
    expect(locked.body.error.code).toBe("verification_locked");
  });

  test("a long poll held on A is answered when the phone's callback lands on B", async () => {
    const started = await requestFrom("127.0.0.7", `${at(0)}/api/number-verify/start`, {
      phone: "+33611000005",
    });
    const { checkId, url } = started.body;
    const poll = requestFrom("127.0.0.7", `${at(0)}/api/number-verify/${checkId}?waitS=20`).then(
      (answer) => ({
        answer,
        at: Date.now(),
      }),
    );
    // The phone opens the operator link; a load balancer sends the callback to B.
    const operator = await fetch(url, { redirect: "manual" });
    const callback = new URL(operator.headers.get("location") ?? "");
    const landed = await requestFrom("127.0.0.8", `${at(1)}${callback.pathname}${callback.search}`);
    const landedAt = Date.now();
    expect(landed.status).toBe(200);
    const { answer, at: answeredAt } = await poll;
    // Held for 20 s otherwise: the answer came from B's settling, through Redis.
    expect(answer.body).toEqual({ status: "verified" });
    console.info(`long poll on A answered ${answeredAt - landedAt} ms after the callback landed on B`);
    expect(answeredAt - landedAt).toBeLessThan(10_000);
  });
});

describe("both replicas restarted", () => {
  test("lose nothing: a pending verification, a lock, a cap", { timeout: 60_000 }, async () => {
    const pending = (await requestFrom("127.0.0.9", `${at(0)}/api/pin/send`, { phone: "+33611000006" })).body;
    const locked = (await requestFrom("127.0.0.9", `${at(1)}/api/pin/send`, { phone: "+33611000007" })).body;
    for (let i = 0; i < 5; i += 1) {
      await requestFrom("127.0.0.9", `${at(i)}/api/pin/check`, {
        verificationId: locked.verificationId,
        pin: "000000",
      });
    }
    await stopReplicas();
    replicas = await startReplicas();
    const checked = await requestFrom("127.0.0.9", `${at(1)}/api/pin/check`, {
      verificationId: pending.verificationId,
      pin,
    });
    expect(checked.body).toMatchObject({ verified: true });
    const stillLocked = await requestFrom("127.0.0.9", `${at(0)}/api/pin/check`, {
      verificationId: locked.verificationId,
      pin,
    });
    expect(stillLocked.body.error.code).toBe("verification_locked");
    // The number that used its 5 sends before the restart still has none.
    const capped = await requestFrom("127.0.0.2", `${at(0)}/api/pin/send`, { phone: "+33611000001" });
    expect(capped.body.error).toMatchObject({ code: "too_many_sends", reason: "number" });
  });
});
