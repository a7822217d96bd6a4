// Test support: the backend adapter wired in-process to the real DQE client and the real sandbox, with a
// clock to move, a count of the requests that reach "DQE", the captured log, and every answer checked as
// it is read: against the API's own OpenAPI document, and for DQE's secrets (none may appear).
import { Writable } from "node:stream";
import type { NumberVerifyStarted, PinSent, SandboxSms } from "@verify-kit/core";
import { createDqeClient, type DqeClientOptions } from "@verify-kit/core/dqe";
import { createVerifyApi, type VerifyApi, type VerifyApiOptions } from "../api/createVerifyApi.js";
import { createLogger } from "../api/logger.js";
import type { SmsSettings } from "../api/smsSettings.js";
import { createSandbox, type Sandbox } from "../sandbox/createSandbox.js";
import { SANDBOX_LICENCE, type SandboxOptions } from "../sandbox/sandboxOptions.js";
import {
  createOpenApiValidator,
  type OpenApiDocument,
  type OpenApiValidator,
  type RecordedAnswer,
} from "./testOpenApi.js";

// What tests of the API use of the sandbox: the API itself never imports it (the caller hands it in).
export { createSandbox } from "../sandbox/createSandbox.js";
export { SANDBOX_LICENCE } from "../sandbox/sandboxOptions.js";
export { sandboxTestNumbers } from "../sandbox/testNumbers.js";

/** Where the tests reach the API. */
export const appOrigin = "http://app.test";
/** A proof secret for the tests that set one (`api: { proof: { secret: testProofSecret } }`). */
export const testProofSecret = "proof-secret-for-the-tests-0123456789abcdef";

/** The PIN of every SMS unless a test asks for random ones. */
export const fixedPin = "123456";

/** The sandbox's test numbers in E.164, and two ordinary numbers. */
export const numbers = {
  delivered: "+33600000001",
  undeliverable: "+33600000002",
  declined: "+33600000003",
  noData: "+33600000004",
  mismatch: "+33600000005",
  ineligible: "+33600000009",
  unsupported: "+33600000015",
  unreachable: "+33600000016",
  internalError: "+33600000099",
  serverError: "+33600000500",
  slow: "+33600000504",
  /** Any other mobile: SMS delivered, check confirmed. */
  mobile: "+33612345678",
  /** A Paris landline: no SMS. */
  landline: "+33140000000",
} as const;

/** The DQE format of an E.164 number. */
export const dqeDigits = (e164: string) => e164.replace(/^\+/, "");

export interface TestApiOptions {
  /** The PIN of every SMS; `null` for a random PIN per SMS. @default fixedPin */
  readonly pin?: string | null;
  readonly sandbox?: Omit<SandboxOptions, "pin" | "now">;
  readonly dqe?: Partial<Pick<DqeClientOptions, "licence" | "timeoutMs" | "method" | "clientSecret">>;
  /** Whether the API knows it talks to the sandbox (`/api/sandbox/messages`). @default true */
  readonly inbox?: boolean;
  readonly sms?: Partial<SmsSettings>;
  readonly api?: Omit<VerifyApiOptions, "dqe" | "sms" | "logger" | "now" | "sandboxInbox">;
  /** Check every JSON answer against the OpenAPI document. @default true */
  readonly conformance?: boolean;
  /**
   * Stands between the DQE client and the sandbox, to make "DQE" fail: answer a Response of its own, throw
   * as a refused connection does, or return undefined to let the sandbox answer. Failed requests are counted.
   */
  readonly dqeFault?: (
    endpoint: string,
    request: Request,
  ) => Response | Error | Promise<Response> | undefined;
  /**
   * The address of the socket every request arrives on, handed over as Node's bindings are.
   * @default "192.0.2.10" (behind one trusted proxy, so that `X-Forwarded-For` gives each test client its own)
   */
  readonly socketAddress?: string;
}

/** The bindings `@hono/node-server` hands a fetch handler, reduced to the socket's address. */
export const nodeBindings = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert the fields they expect
type Loose = any;

/** An answer read by a test. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or undefined when the answer is not JSON. */
  readonly body: Loose;
  readonly text: string;
}

export interface DqeRequestSeen {
  readonly endpoint: string;
  readonly params: URLSearchParams;
}

export interface TestApi {
  readonly api: VerifyApi;
  readonly sandbox: Sandbox;
  /** The path's first segment of each request that reached the sandbox, in order (`GDPR_VERIF`, `GET`…). */
  readonly dqeCalls: string[];
  /** The same requests with their parameters (query and form body merged). */
  readonly dqeRequests: DqeRequestSeen[];
  dqeCount(endpoint: string): number;
  /** Every answer the API gave through this helper. */
  readonly answers: RecordedAnswer[];
  /** The log lines the API wrote (JSON text). */
  readonly logLines: string[];
  /** The log lines parsed, without those of the helper's own reads of the OpenAPI document. */
  logEntries(): Loose[];
  /** The injected clock: real time plus what `advance` added. */
  now(): number;
  advance(seconds: number): void;
  /** A Web `fetch` onto the API (answers recorded and checked too). */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  request(path: string, init?: RequestInit): Promise<Answer>;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  /** POSTs `json` as JSON. */
  post(path: string, json: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** POSTs a raw body, JSON content type unless `headers` say otherwise. */
  postRaw(path: string, body: string, headers?: Record<string, string>): Promise<Answer>;
  /** Sends a PIN; fails the test unless it is sent. */
  sendPin(
    phone?: string,
    extra?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<PinSent>;
  /** The newest SMS to `phone`, read through `GET /api/sandbox/messages`. */
  latestSms(phone?: string): Promise<SandboxSms>;
  checkPin(verificationId: string, pin: string): Promise<Answer>;
  /** Starts a number check; fails the test unless it starts. */
  startCheck(phone?: string): Promise<NumberVerifyStarted>;
  /**
   * Opens the operator URL as the phone would, then follows DQE's redirect into the API's callback.
   * Returns the operator's answer and the callback's.
   */
  completeOperator(
    url: string,
    headers?: Record<string, string>,
  ): Promise<{ operator: Response; callback: Answer }>;
}

// One validator for every API of the test file: options change the document's request limits (waitS),
// never the answers' schemas, and compiling the document is the slow part.
let sharedValidator: Promise<OpenApiValidator> | undefined;

function validatorFor(api: VerifyApi): Promise<OpenApiValidator> {
  sharedValidator ??= (async () => {
    const response = await api.fetch(new Request(`${appOrigin}/api/openapi.json`));
    return createOpenApiValidator((await response.json()) as OpenApiDocument);
  })();
  return sharedValidator;
}

/** A Writable that keeps each line written to it: the real pino output, captured. */
export function lineCollector(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
}

export function createTestApi(options: TestApiOptions = {}): TestApi {
  let offsetMs = 0;
  const now = () => Date.now() + offsetMs;
  const pin = options.pin === undefined ? fixedPin : options.pin;
  const sandbox = createSandbox({ ...(pin === null ? {} : { pin }), now, ...options.sandbox });
  const dqeCalls: string[] = [];
  const dqeRequests: DqeRequestSeen[] = [];
  const dqe = createDqeClient({
    server: "http://sandbox.test",
    licence: SANDBOX_LICENCE,
    clientSecret: "s",
    partnerName: "Shop",
    ...options.dqe,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const endpoint = url.pathname.split("/")[1] ?? "";
      dqeCalls.push(endpoint);
      const params = new URLSearchParams(url.search);
      if (request.method === "POST") {
        for (const [name, value] of new URLSearchParams(await request.clone().text()))
          params.set(name, value);
      }
      dqeRequests.push({ endpoint, params });
      const fault = options.dqeFault?.(endpoint, request);
      if (fault instanceof Error) throw fault;
      if (fault) return fault;
      return sandbox.fetch(request);
    }) as typeof fetch,
  });
  const logLines: string[] = [];
  const api = createVerifyApi({
    dqe,
    sms: { company: "SHOP", smsText: "Your code:", pinDurationMin: 3, ...options.sms },
    ...(options.inbox === false
      ? {}
      : {
          sandboxInbox: {
            messages: async (phone: string) => sandbox.messages(phone),
            testNumbers: sandbox.testNumbers,
          },
        }),
    logger: createLogger({ destination: lineCollector(logLines) }),
    now,
    limits: {},
    clientAddress: { forwardedFor: 1 },
    ...options.api,
  });
  const answers: RecordedAnswer[] = [];
  const conformance = options.conformance ?? true;

  async function fetchApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const response = await api.fetch(request, nodeBindings(options.socketAddress ?? "192.0.2.10"));
    const text = await response.clone().text();
    const contentType = response.headers.get("content-type") ?? "";
    let body: unknown = text;
    if (contentType.startsWith("application/json")) body = JSON.parse(text);
    const answer: RecordedAnswer = {
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
      contentType,
      body,
    };
    answers.push(answer);
    // DQE's tokens (SMS tokens, access tokens) and the licence never reach the browser, in any answer.
    const secrets = [
      ...sandbox.messages().map((message) => message.smsToken),
      ...dqeRequests.flatMap(({ params }) => [params.get("token"), params.get("Token")]),
      options.dqe?.licence ?? SANDBOX_LICENCE,
    ].filter((secret): secret is string => typeof secret === "string" && secret.length >= 6);
    const leaked = secrets.find((secret) => text.includes(secret));
    if (leaked !== undefined)
      throw new Error(`a DQE secret reached the browser in ${answer.method} ${answer.path}`);
    if (conformance) {
      const problems = (await validatorFor(api)).problems(answer);
      if (problems.length > 0)
        throw new Error(`answer does not match the OpenAPI document:\n${problems.join("\n")}`);
    }
    return response;
  }

  async function request(path: string, init?: RequestInit): Promise<Answer> {
    const url = /^https?:/.test(path) ? path : `${appOrigin}${path}`;
    const response = await fetchApi(url, init);
    const text = await response.text();
    const json = (response.headers.get("content-type") ?? "").startsWith("application/json");
    return {
      status: response.status,
      headers: response.headers,
      body: json ? JSON.parse(text) : undefined,
      text,
    };
  }

  const postRaw = (path: string, body: string, headers: Record<string, string> = {}) =>
    request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const post = (path: string, json: unknown, headers: Record<string, string> = {}) =>
    postRaw(path, JSON.stringify(json), headers);

  async function expectOk(answer: Answer, what: string): Promise<Loose> {
    if (answer.status !== 200) throw new Error(`${what} answered ${answer.status}: ${answer.text}`);
    return answer.body;
  }

  return {
    api,
    sandbox,
    dqeCalls,
    dqeRequests,
    dqeCount: (endpoint) => dqeCalls.filter((call) => call === endpoint).length,
    answers,
    logLines,
    logEntries: () =>
      logLines.map((line) => JSON.parse(line)).filter((entry) => entry.path !== "/api/openapi.json"),
    now,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
    fetch: fetchApi,
    request,
    get: (path, headers = {}) => request(path, { headers }),
    post,
    postRaw,
    async sendPin(phone = numbers.delivered, extra = {}, headers = {}) {
      return expectOk(await post("/api/pin/send", { phone, ...extra }, headers), "send");
    },
    async latestSms(phone = numbers.delivered) {
      const list = await expectOk(
        await request(`/api/sandbox/messages?phone=${encodeURIComponent(phone)}`),
        "messages",
      );
      if (list.length === 0) throw new Error(`no SMS to ${phone}`);
      return list[0];
    },
    checkPin: (verificationId, pinText) => post("/api/pin/check", { verificationId, pin: pinText }),
    async startCheck(phone = numbers.delivered) {
      return expectOk(await post("/api/number-verify/start", { phone }), "start");
    },
    async completeOperator(url, headers = {}) {
      const operator = await sandbox.fetch(new Request(url, { redirect: "manual" }));
      const location = operator.headers.get("location");
      if (operator.status !== 302 || location === null) {
        throw new Error(`the operator page answered ${operator.status} without a redirect`);
      }
      return { operator, callback: await request(location, { headers }) };
    },
  };
}

/** The error fetch throws when nothing listens where DQE should be (Node's, reduced to what is read). */
export function connectionRefused(): Error {
  return new TypeError("fetch failed", {
    cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
  });
}

/** The HTML page a proxy answers when DQE is down. */
export function htmlError(status = 502): Response {
  return new Response("<html><body><h1>Bad Gateway</h1></body></html>", {
    status,
    headers: { "content-type": "text/html" },
  });
}
