// Helpers for the sandbox's own tests: raw requests and raw JSON, never a kit client, so that the sandbox is
// checked against DQE's documented answers and cannot drift into the client's shape.
import fixtures from "../../../../fixtures/dqe-examples.json";
import { createSandbox, type Sandbox } from "../sandbox/createSandbox.js";
import { SANDBOX_LICENCE, type SandboxOptions } from "../sandbox/sandboxOptions.js";

export { fixtures };

/** The injected clock starts here: 2025-01-15 09:30:00.123 UTC. */
export const startMs = Date.UTC(2025, 0, 15, 9, 30, 0, 123);

export const origin = "http://sandbox.test";

export type Method = "GET" | "POST";
export type Params = Record<string, string>;

/** A DQE request as a server would send it: a query string, or a form body. */
export function dqeRequest(method: Method, path: string, params: Params, init: RequestInit = {}): Request {
  const form = new URLSearchParams(params);
  return method === "GET"
    ? new Request(`${origin}${path}?${form}`, init)
    : new Request(`${origin}${path}`, { ...init, method: "POST", body: form });
}

/** A DQE answer, status and parsed body. */
export interface RawAnswer {
  status: number;
  contentType: string | null;
  body: Record<string, unknown>;
}

export interface SandboxTestBed {
  sandbox: Sandbox;
  /** Moves the injected clock forward. */
  advance(seconds: number): void;
  send(method: Method, path: string, params: Params): Promise<Response>;
  /** Sends and parses the JSON answer. */
  call(method: Method, path: string, params: Params): Promise<RawAnswer>;
  /** GDPR_MSG to `phone` with valid parameters, plus `extra`. */
  sendPin(phone: string, extra?: Params, method?: Method): Promise<RawAnswer>;
  /** A fresh access token. */
  accessToken(): Promise<string>;
  /** ACCESS_TOKEN then IDMOBILE for `number`; returns the access token (the check's id) and the answer. */
  startCheck(number: string, extra?: Params): Promise<{ token: string; answer: RawAnswer }>;
  /** The retrieval answer for a check's token. */
  retrieve(token: string, method?: Method): Promise<RawAnswer>;
}

export function pinParams(phone: string, extra: Params = {}): Params {
  return {
    Phone: phone,
    Country: "FRA",
    Company: "MYCOMPANY",
    Custom_sms: "Your code",
    Licence: SANDBOX_LICENCE,
    ...extra,
  };
}

export function idmobileParams(number: string, token: string, extra: Params = {}): Params {
  return { number, token, name: "verify-kit", licence: SANDBOX_LICENCE, scope: "numVerify", ...extra };
}

/** A sandbox on an injected clock. */
export function testBed(options: SandboxOptions = {}): SandboxTestBed {
  let now = startMs;
  const sandbox = createSandbox({ now: () => now, ...options });
  const send = (method: Method, path: string, params: Params) =>
    sandbox.fetch(dqeRequest(method, path, params));
  const call = async (method: Method, path: string, params: Params): Promise<RawAnswer> => {
    const response = await send(method, path, params);
    const contentType = response.headers.get("content-type");
    return { status: response.status, contentType, body: (await response.json()) as Record<string, unknown> };
  };
  const accessToken = async () => {
    const answer = await call("POST", "/ACCESS_TOKEN/", {
      client_secret: "secret",
      grant_type: "client_idmobile",
      licence: SANDBOX_LICENCE,
    });
    return String(answer.body.access_token);
  };
  return {
    sandbox,
    advance: (seconds) => {
      now += seconds * 1000;
    },
    send,
    call,
    sendPin: (phone, extra = {}, method = "POST") => call(method, "/GDPR_MSG/", pinParams(phone, extra)),
    accessToken,
    startCheck: async (number, extra = {}) => {
      const token = await accessToken();
      return { token, answer: await call("POST", "/IDMOBILE/", idmobileParams(number, token, extra)) };
    },
    retrieve: (token, method = "POST") =>
      call(method, "/GET/", { token, Licence: SANDBOX_LICENCE, scope: "numVerify" }),
  };
}

/** The shape of a JSON value: each key with the type of its value, recursively. */
export function shapeOf(value: unknown): unknown {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
  }
  return value === null ? "null" : typeof value;
}

/** `{"03": "03 - Invalid phone number"}`, from the fixture's code table. */
export function fixtureErrors(table: Record<string, string>, code: string): Record<string, string> {
  return { [code]: `${code} - ${table[code]}` };
}

/** The operator URL's path, from an IDMOBILE answer. */
export function operatorPathOf(answer: RawAnswer): string {
  return new URL(String(answer.body.url)).pathname;
}

/** Opens an operator URL as the phone would. */
export function openOperator(sandbox: Sandbox, answer: RawAnswer): Promise<Response> {
  return sandbox.fetch(new Request(String(answer.body.url)));
}
