import { describe, expect, test } from "vitest";
import { createLogger } from "../api/logger.js";
import { nodeBindings } from "../testSupport/testApi.js";
import { apiSetupFromEnv } from "./apiSetupFromEnv.js";
import { createVerifyServerApp } from "./createVerifyServerApp.js";

const silent = createLogger({ level: "silent" });
const origin = "http://127.0.0.1:8787";
type App = { fetch: (request: Request, env?: unknown) => Response | Promise<Response> };
const socket = nodeBindings("192.0.2.1");

async function startCheck(app: App, from = origin) {
  const answer = await app.fetch(
    new Request(`${from}/api/number-verify/start`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: from },
      body: '{"phone":"+33600000001"}',
    }),
    socket,
  );
  expect(answer.status).toBe(200);
  return (await answer.json()) as { checkId: string; url: string };
}

describe("createVerifyServerApp", () => {
  test("with the embedded sandbox, the operator link is under /api on this server, which serves it", async () => {
    const { app } = createVerifyServerApp(apiSetupFromEnv({}), silent);
    const { checkId, url } = await startCheck(app);
    expect(url.startsWith(`${origin}/api/sandbox/operator/`)).toBe(true);

    // The phone opens the link: the sandbox settles the check and sends it to the API's callback.
    const operator = await app.fetch(new Request(url, { redirect: "manual" }), socket);
    expect(operator.status).toBe(302);
    const callback = new URL(operator.headers.get("location") ?? "");
    expect(callback.pathname).toBe("/api/number-verify/callback");
    const done = await app.fetch(new Request(callback), socket);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Your number has been verified.");

    const status = await app.fetch(new Request(`${origin}/api/number-verify/${checkId}`), socket);
    expect(await status.json()).toMatchObject({ status: "verified" });
    // Nothing outside /api: a catch-all Route Handler or a dev proxy on /api reaches everything.
    expect((await app.fetch(new Request(`${origin}/__sandbox/operator/x`), socket)).status).toBe(404);
  });

  test("the operator link follows the address the request came to, unless PUBLIC_URL says otherwise", async () => {
    const { app } = createVerifyServerApp(apiSetupFromEnv({}), silent);
    expect((await startCheck(app, "http://192.168.1.20:3000")).url).toMatch(
      /^http:\/\/192\.168\.1\.20:3000\/api\/sandbox\/operator\//,
    );
  });

  test("PUBLIC_URL, then SANDBOX_PUBLIC_URL, set where the operator link points", async () => {
    const byPublic = createVerifyServerApp(apiSetupFromEnv({ PUBLIC_URL: "https://shop.example/" }), silent);
    expect((await startCheck(byPublic.app)).url).toMatch(
      /^https:\/\/shop\.example\/api\/sandbox\/operator\//,
    );
    const bySandbox = createVerifyServerApp(
      apiSetupFromEnv({ PUBLIC_URL: "https://shop.example", SANDBOX_PUBLIC_URL: "http://192.168.1.20:8787" }),
      silent,
    );
    expect((await startCheck(bySandbox.app)).url).toMatch(
      /^http:\/\/192\.168\.1\.20:8787\/api\/sandbox\/operator\//,
    );
  });

  test("talking to DQE, no sandbox page is served and the licence stays out of every answer", async () => {
    const setup = apiSetupFromEnv({ DQE_SERVER: "https://dqe.example", DQE_LICENCE: "LICENCE-42" });
    const { app } = createVerifyServerApp(setup, silent);
    for (const path of [
      "/__sandbox/operator/abc",
      "/api/sandbox/operator/abc",
      "/api/sandbox/numbers",
      "/api/sandbox/messages?phone=1",
    ]) {
      const answer = await app.fetch(new Request(`${origin}${path}`), socket);
      expect(answer.status).toBe(404);
      expect(await answer.text()).not.toContain("LICENCE-42");
    }
  });
});
