import { describe, expect, test } from "vitest";
import { apiSetupFromEnv } from "./apiSetupFromEnv.js";
import { createVerifyServerApp } from "./createVerifyServerApp.js";
import { createLogger } from "./logger.js";

const silent = createLogger({ level: "silent" });
const origin = "http://127.0.0.1:8787";

async function startCheck(app: { fetch: (request: Request) => Response | Promise<Response> }) {
  const answer = await app.fetch(
    new Request(`${origin}/api/number-verify/start`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: '{"phone":"+33600000001"}',
    }),
  );
  expect(answer.status).toBe(200);
  return (await answer.json()) as { checkId: string; url: string };
}

describe("createVerifyServerApp", () => {
  test("with the embedded sandbox, the operator link points at this server, which serves it", async () => {
    const { app } = createVerifyServerApp(apiSetupFromEnv({}), silent);
    const { checkId, url } = await startCheck(app);
    expect(url.startsWith(`${origin}/__sandbox/operator/`)).toBe(true);

    // The phone opens the link: the sandbox settles the check and sends it to the API's callback.
    const operator = await app.fetch(new Request(url, { redirect: "manual" }));
    expect(operator.status).toBe(302);
    const callback = new URL(operator.headers.get("location") ?? "");
    expect(callback.pathname).toBe("/api/number-verify/callback");
    const done = await app.fetch(new Request(callback));
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Your number has been checked.");

    const status = await app.fetch(new Request(`${origin}/api/number-verify/${checkId}`));
    expect(await status.json()).toMatchObject({ status: "verified" });
  });

  test("PUBLIC_URL, then SANDBOX_PUBLIC_URL, set where the operator link points", async () => {
    const byPublic = createVerifyServerApp(apiSetupFromEnv({ PUBLIC_URL: "https://shop.example/" }), silent);
    expect((await startCheck(byPublic.app)).url).toMatch(/^https:\/\/shop\.example\/__sandbox\/operator\//);
    const bySandbox = createVerifyServerApp(
      apiSetupFromEnv({ PUBLIC_URL: "https://shop.example", SANDBOX_PUBLIC_URL: "http://192.168.1.20:8787" }),
      silent,
    );
    expect((await startCheck(bySandbox.app)).url).toMatch(/^http:\/\/192\.168\.1\.20:8787\/__sandbox\//);
  });

  test("talking to DQE, no sandbox page is served and the licence stays out of every answer", async () => {
    const setup = apiSetupFromEnv({ DQE_SERVER: "https://dqe.example", DQE_LICENCE: "LICENCE-42" });
    const { app } = createVerifyServerApp(setup, silent);
    for (const path of ["/__sandbox/operator/abc", "/api/sandbox/numbers", "/api/sandbox/messages?phone=1"]) {
      const answer = await app.fetch(new Request(`${origin}${path}`));
      expect(answer.status).toBe(404);
      expect(await answer.text()).not.toContain("LICENCE-42");
    }
  });
});
