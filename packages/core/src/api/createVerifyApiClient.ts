import { isErrorCode } from "../errors/errorCatalogue.js";
import { failure, type Outcome, success } from "../errors/Outcome.js";
import { VerifyError } from "../errors/VerifyError.js";
import type {
  CheckPinBody,
  NumberVerifyStarted,
  NumberVerifyStatus,
  PinCheckAnswer,
  PinSent,
  ResendPinBody,
  SandboxSms,
  SandboxTestNumberInfo,
  SendPinBody,
  StartNumberVerifyBody,
  VerifyApiConfig,
} from "./verifyApiTypes.js";

export interface VerifyApiClientOptions {
  /** Where the backend adapter's API is mounted. @default "/api" */
  readonly baseUrl?: string;
  /** @default globalThis.fetch; inject one to run against an in-process server in tests and Storybook. */
  readonly fetch?: typeof fetch;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

/** The browser's client of the backend adapter. Every method resolves, never rejects. */
export interface VerifyApiClient {
  getConfig(options?: RequestOptions): Promise<Outcome<VerifyApiConfig>>;
  /** Sends a code by SMS; `locale`, the page's language, picks the SMS's language (see `SendPinBody`). */
  sendPin(body: SendPinBody, options?: RequestOptions): Promise<Outcome<PinSent>>;
  /** Sends a new code for a verification, in `locale` when given, else in the first SMS's language. */
  resendPin(body: ResendPinBody, options?: RequestOptions): Promise<Outcome<PinSent>>;
  checkPin(body: CheckPinBody, options?: RequestOptions): Promise<Outcome<PinCheckAnswer>>;
  startNumberVerify(
    body: StartNumberVerifyBody,
    options?: RequestOptions,
  ): Promise<Outcome<NumberVerifyStarted>>;
  /** With `waitS`, the server holds the answer until the status changes or the wait ends (long polling). */
  getNumberVerify(
    checkId: string,
    options?: RequestOptions & { readonly waitS?: number },
  ): Promise<Outcome<NumberVerifyStatus>>;
  /** Sandbox only: the SMS "sent" to a number. */
  getSandboxMessages(phone: string, options?: RequestOptions): Promise<Outcome<SandboxSms[]>>;
  /** Sandbox only: its test numbers and what each does. */
  getSandboxNumbers(options?: RequestOptions): Promise<Outcome<SandboxTestNumberInfo[]>>;
}

function errorFromAnswer(httpStatus: number, body: unknown): VerifyError {
  const error = (body as { error?: { code?: unknown; retryAfterS?: unknown } } | null)?.error;
  const code = typeof error?.code === "string" && isErrorCode(error.code) ? error.code : "server_error";
  const retryAfterS = typeof error?.retryAfterS === "number" ? error.retryAfterS : undefined;
  return new VerifyError(code, { httpStatus, retryAfterS });
}

/** Creates the browser client. It holds no secret: the server keeps DQE's licence and tokens. */
export function createVerifyApiClient(options: VerifyApiClientOptions = {}): VerifyApiClient {
  const baseUrl = (options.baseUrl ?? "/api").replace(/\/+$/, "");
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function call<T>(path: string, init: RequestInit, expectKey: string): Promise<Outcome<T>> {
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${baseUrl}${path}`, { ...init, credentials: "same-origin" });
      text = await response.text();
    } catch (cause) {
      if (init.signal?.aborted) return failure(new VerifyError("aborted"));
      return failure(
        new VerifyError("network_error", { detail: cause instanceof Error ? cause.name : "fetch failed" }),
      );
    }
    let body: unknown;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch {
      // An HTML page from a proxy or a captive portal, not our server.
      return failure(new VerifyError("server_error", { httpStatus: response.status, detail: "not JSON" }));
    }
    if (!response.ok) return failure(errorFromAnswer(response.status, body));
    // A 2xx without the answer's key is not our server talking (a proxy page, a captive portal).
    const isArray = expectKey === "[]" && Array.isArray(body);
    if (!isArray && (typeof body !== "object" || body === null || !(expectKey in body))) {
      return failure(
        new VerifyError("server_error", { httpStatus: response.status, detail: "unexpected answer" }),
      );
    }
    return success(body as T);
  }

  const post = <T>(path: string, body: object, expectKey: string, requestOptions?: RequestOptions) =>
    call<T>(
      path,
      {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
        ...(requestOptions?.signal ? { signal: requestOptions.signal } : {}),
      },
      expectKey,
    );
  const get = <T>(path: string, expectKey: string, requestOptions?: RequestOptions) =>
    call<T>(
      path,
      {
        headers: { accept: "application/json" },
        ...(requestOptions?.signal ? { signal: requestOptions.signal } : {}),
      },
      expectKey,
    );

  return {
    getConfig: (requestOptions) => get("/config", "sandbox", requestOptions),
    sendPin: (body, requestOptions) => post("/pin/send", body, "verificationId", requestOptions),
    resendPin: (body, requestOptions) => post("/pin/resend", body, "verificationId", requestOptions),
    checkPin: (body, requestOptions) => post("/pin/check", body, "verified", requestOptions),
    startNumberVerify: (body, requestOptions) =>
      post("/number-verify/start", body, "checkId", requestOptions),
    getNumberVerify(checkId, requestOptions) {
      const query =
        requestOptions?.waitS === undefined ? "" : `?waitS=${Math.max(0, Math.floor(requestOptions.waitS))}`;
      return get(`/number-verify/${encodeURIComponent(checkId)}${query}`, "status", requestOptions);
    },
    getSandboxMessages: (phone, requestOptions) =>
      get(`/sandbox/messages?phone=${encodeURIComponent(phone)}`, "[]", requestOptions),
    getSandboxNumbers: (requestOptions) => get("/sandbox/numbers", "[]", requestOptions),
  };
}
