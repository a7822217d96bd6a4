// HTTP hygiene over a real socket: a 413 closes its connection; a stalled request is cut after the time-out.
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestApi } from "../testSupport/testApi.js";
import { type Listening, listen } from "./listen.js";

let server: Listening;
let port: number;

beforeAll(async () => {
  const t = createTestApi({ api: { clientAddress: "socket" } });
  server = await listen(t.api.fetch, { port: 0, host: "127.0.0.1" }, { headersMs: 400, requestMs: 600 });
  port = Number(new URL(server.url).port);
});

afterAll(() => server?.close());

/** Writes raw bytes on a new connection; resolves with what came back once the server closed it. */
function exchange(bytes: string, deadlineMs = 10_000): Promise<{ text: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket: Socket = connect(port, "127.0.0.1", () => socket.write(bytes));
    let text = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open ${deadlineMs} ms:\n${text}`));
    }, deadlineMs);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ text, closedAfterMs: Date.now() - started });
    });
  });
}

const head = (length: number) =>
  `POST /api/pin/send HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
  `Content-Length: ${length}\r\nConnection: keep-alive\r\n\r\n`;

test("a body over the limit: 413 with Connection: close, and the server closes the socket", async () => {
  const { text } = await exchange(head(100_000) + "x".repeat(2000));
  expect(text).toMatch(/^HTTP\/1\.1 413 /);
  expect(text.toLowerCase()).toContain("connection: close");
  expect(text).toContain('"code":"body_too_large"');
});

test("a request whose body stalls is cut after the request time-out, not after minutes", async () => {
  const { text, closedAfterMs } = await exchange(`${head(100)}{"phone":`);
  expect(text).toMatch(/^HTTP\/1\.1 408 /);
  expect(closedAfterMs).toBeLessThan(10_000);
});

test("headers that never end are cut too", async () => {
  const { closedAfterMs } = await exchange(`GET /api/config HTTP/1.1\r\nHost: x\r\nX-Slow: `);
  expect(closedAfterMs).toBeLessThan(10_000);
});
