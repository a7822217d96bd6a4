import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import examples from "../../../../fixtures/dqe-examples.json" with { type: "json" };
import { VerifyError } from "../errors/VerifyError.js";
import { callDqe, type DqeTransport } from "./callDqe.js";
import type { DqeRequest } from "./dqeRequest.js";
import { dqeSentNothing } from "./dqeSentNothing.js";

const LICENCE = "LICENCE-SECRET-123";

// A real HTTP server that misbehaves in every way DQE or a proxy in front of it can.
const behaviours: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  "/ok/": (_, response) => response.end(JSON.stringify(examples.gdpr_verif_success)),
  "/html500/": (_, response) => {
    response.writeHead(500, { "content-type": "text/html" });
    response.end("<html><body><h1>Internal Server Error</h1></body></html>");
  },
  "/html200/": (_, response) => response.end("<!DOCTYPE html><html><body>Maintenance</body></html>"),
  "/empty/": (_, response) => response.end(""),
  "/truncated/": (_, response) => response.end(JSON.stringify(examples.gdpr_msg_success).slice(0, 40)),
  "/hang/": () => {},
  "/slow-body/": (_, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write('{"status":');
  },
  "/bad-request/": (_, response) => {
    response.writeHead(400);
    response.end("Invalid Client");
  },
};

const received: { method: string; url: string; body: string; contentType: string | undefined }[] = [];
let server: Server;
let base: URL;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => {
      received.push({
        method: request.method ?? "",
        url: request.url ?? "",
        body,
        contentType: request.headers["content-type"],
      });
      const path = new URL(request.url ?? "/", "http://x").pathname;
      const behaviour = behaviours[path];
      if (behaviour) behaviour(request, response);
      else {
        response.writeHead(404);
        response.end("Not Found");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/prefix/..`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const transport = (overrides: Partial<DqeTransport> = {}): DqeTransport => ({
  server: base,
  method: "POST",
  fetch: globalThis.fetch,
  timeoutMs: 2000,
  ...overrides,
});

const request = (path: string, endpoint: DqeRequest["endpoint"] = "gdprVerif"): DqeRequest => ({
  endpoint,
  path,
  params: { Phone: "33612345678", Token: "tok en/+", Pin: "123456", Licence: LICENCE },
});

describe("callDqe over real HTTP", () => {
  test("POST sends the parameters as a form body, GET as a query, names untouched", async () => {
    received.length = 0;
    const post = await callDqe(request("/ok/"), transport());
    const get = await callDqe(request("/ok/"), transport({ method: "GET" }));
    expect(post.ok && get.ok).toBe(true);
    const [postSeen, getSeen] = received;
    expect(postSeen?.method).toBe("POST");
    expect(postSeen?.contentType).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(postSeen?.body))).toEqual(request("/ok/").params);
    expect(getSeen?.method).toBe("GET");
    const query = new URL(getSeen?.url ?? "", "http://x").searchParams;
    expect(Object.fromEntries(query)).toEqual(request("/ok/").params);
  });

  test.each([
    ["/html500/", "dqe_http_error"],
    ["/html200/", "dqe_not_json"],
    ["/empty/", "dqe_empty_answer"],
    ["/truncated/", "dqe_not_json"],
    ["/missing/", "dqe_http_error"],
  ])("%s ends in %s, retryable", async (path, code) => {
    const outcome = await callDqe(request(path), transport());
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe(code);
    expect(outcome.error.retryable).toBe(true);
    expect(JSON.stringify(outcome.error)).not.toContain(LICENCE);
  });

  test("an answer that never comes is a timeout", async () => {
    const outcome = await callDqe(request("/hang/"), transport({ timeoutMs: 150 }));
    expect(outcome.ok === false && outcome.error.code).toBe("dqe_timeout");
  });

  test("a body that stops half way is a timeout too", async () => {
    const outcome = await callDqe(request("/slow-body/"), transport(), { timeoutMs: 150 });
    expect(outcome.ok === false && outcome.error.code).toBe("dqe_timeout");
  });

  test("the caller's signal aborts the call", async () => {
    const controller = new AbortController();
    const pending = callDqe(request("/hang/"), transport(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const outcome = await pending;
    expect(outcome.ok === false && outcome.error).toMatchObject({ code: "aborted", retryable: false });
  });

  test("a server that is down is unreachable, and the error does not quote the URL", async () => {
    const down = new URL("http://127.0.0.1:9/");
    const outcome = await callDqe(request("/ok/"), transport({ server: down, method: "GET" }));
    expect(outcome.ok === false && outcome.error.code).toBe("dqe_unreachable");
    expect(JSON.stringify(outcome.ok === false && outcome.error)).not.toContain(LICENCE);
  });

  test("ACCESS_TOKEN's 400 reaches its parser with the text", async () => {
    const outcome = await callDqe(request("/bad-request/", "accessToken"), transport());
    expect(outcome).toEqual({ ok: true, value: { httpStatus: 400, body: "Invalid Client" } });
  });
});

describe("dqeSentNothing: what a failed call certainly did not do", () => {
  const failureOf = async (path: string, options: Partial<DqeTransport> = {}, timeoutMs?: number) => {
    const outcome = await callDqe(request(path), transport(options), timeoutMs ? { timeoutMs } : {});
    if (outcome.ok) throw new Error(`${path} answered`);
    return outcome.error;
  };

  test("a refused connection, an HTML page or a 5xx: nothing was sent", async () => {
    // A port that was just free: the connection is refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await failureOf("/ok/", { server: new URL(`http://127.0.0.1:${port}/`) });
    expect(refused.detail).toBe("TypeError (ECONNREFUSED)");
    expect(dqeSentNothing(refused)).toBe(true);
    expect(dqeSentNothing(await failureOf("/html500/"))).toBe(true);
    expect(dqeSentNothing(await failureOf("/html200/"))).toBe(true);
    expect(
      dqeSentNothing(new VerifyError("dqe_internal_error", { endpoint: "gdprMsg", dqeCode: "08" })),
    ).toBe(true);
  });

  test("a time-out, a body cut half way or a 404 may have been acted on: never given back", async () => {
    expect(dqeSentNothing(await failureOf("/hang/", {}, 150))).toBe(false);
    expect(dqeSentNothing(await failureOf("/slow-body/", {}, 150))).toBe(false);
    expect(dqeSentNothing(await failureOf("/missing/"))).toBe(false);
    expect(dqeSentNothing(await failureOf("/truncated/"))).toBe(false);
    expect(dqeSentNothing(new VerifyError("dqe_unreachable", { detail: "TypeError (UND_ERR_SOCKET)" }))).toBe(
      false,
    );
    expect(
      dqeSentNothing(new VerifyError("dqe_internal_error", { endpoint: "retrieval", dqeCode: "99" })),
    ).toBe(false);
  });
});
