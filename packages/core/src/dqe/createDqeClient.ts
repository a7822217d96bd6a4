import type { Outcome } from "../errors/Outcome.js";
import { callDqe, type DqeCallOptions, type DqeTransport } from "./callDqe.js";
import { type DqeProtocolOverrides, resolveDqeProtocol } from "./dqeProtocol.js";
import {
  accessTokenRequest,
  type CheckPinParams,
  type DqeRequest,
  type DqeRequestContext,
  gdprMsgRequest,
  gdprVerifRequest,
  idmobileRequest,
  retrievalRequest,
  type SendPinParams,
} from "./dqeRequest.js";
import { type AccessToken, parseAccessTokenAnswer } from "./parseAccessTokenAnswer.js";
import { type GdprMsgAnswer, parseGdprMsgAnswer } from "./parseGdprMsgAnswer.js";
import { type GdprVerifAnswer, parseGdprVerifAnswer } from "./parseGdprVerifAnswer.js";
import { type NumberCheckStarted, parseIdmobileAnswer } from "./parseIdmobileAnswer.js";
import { type NumberCheckResult, parseRetrievalAnswer } from "./parseRetrievalAnswer.js";

export interface DqeClientOptions {
  /** DQE's server address, e.g. `https://prod2.dqe-software.com`. */
  readonly server: string | URL;
  /** The licence key. It is sent to DQE only and never appears in an error. */
  readonly licence: string;
  /** The IDMobile client secret, needed for number checks. */
  readonly clientSecret?: string | undefined;
  /** The partner name IDMOBILE shows (`name`), needed for number checks. */
  readonly partnerName?: string | undefined;
  /** @default "POST" (no secrets in URLs that proxies log) */
  readonly method?: "GET" | "POST";
  /** @default 10000 */
  readonly timeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Overrides of the protocol choices DQE leaves open (see dqeProtocol.ts). */
  readonly protocol?: DqeProtocolOverrides;
}

/** A number check on its way: the phone must open `url`. */
export interface NumberCheckStart extends NumberCheckStarted {
  /**
   * The token that identifies the check for `getNumberCheck`: its own fresh access token.
   * Undefined when the protocol says only the redirect's `token` identifies it. A secret.
   */
  readonly checkToken: string | undefined;
}

/** The server-side client of DQE's phone APIs. Every method resolves, never rejects. */
export interface DqeClient {
  /** GDPR_MSG: sends a PIN by SMS. */
  sendPin(params: SendPinParams, options?: DqeCallOptions): Promise<Outcome<GdprMsgAnswer>>;
  /** GDPR_VERIF: checks a PIN. A wrong, expired or used PIN is a typed error. */
  checkPin(params: CheckPinParams, options?: DqeCallOptions): Promise<Outcome<GdprVerifAnswer>>;
  /** ACCESS_TOKEN: a new IDMobile access token. */
  getAccessToken(options?: DqeCallOptions): Promise<Outcome<AccessToken>>;
  /** ACCESS_TOKEN then IDMOBILE: starts a number check with its own fresh access token. */
  startNumberCheck(
    params: { readonly phone: string; readonly redirectUri?: string },
    options?: DqeCallOptions,
  ): Promise<Outcome<NumberCheckStart>>;
  /** The numVerify retrieval: where a number check stands. */
  getNumberCheck(
    params: { readonly token: string },
    options?: DqeCallOptions,
  ): Promise<Outcome<NumberCheckResult>>;
}

function serverUrl(server: string | URL): URL {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new Error(`DQE client: server must be an http(s) address, got ${JSON.stringify(String(server))}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`DQE client: server must be an http(s) address, got ${url.protocol}`);
  }
  return url;
}

/**
 * Creates the DQE client. For servers only: it holds the licence.
 * Misconfiguration (bad address, empty licence) throws here, at start-up, not on the first call.
 */
export function createDqeClient(options: DqeClientOptions): DqeClient {
  if (options.licence.trim() === "") throw new Error("DQE client: licence is empty");
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0))
    throw new Error("DQE client: timeoutMs must be positive");
  const transport: DqeTransport = {
    server: serverUrl(options.server),
    method: options.method ?? "POST",
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs,
  };
  const context: DqeRequestContext = {
    protocol: resolveDqeProtocol(options.protocol),
    licence: options.licence,
  };

  async function send<T>(
    request: Outcome<DqeRequest>,
    parse: (body: unknown, httpStatus: number) => Outcome<T>,
    callOptions?: DqeCallOptions,
  ): Promise<Outcome<T>> {
    if (!request.ok) return request;
    const answer = await callDqe(request.value, transport, callOptions);
    return answer.ok ? parse(answer.value.body, answer.value.httpStatus) : answer;
  }

  const getAccessToken = (callOptions?: DqeCallOptions) =>
    send(accessTokenRequest(options.clientSecret ?? "", context), parseAccessTokenAnswer, callOptions);

  return {
    sendPin: (params, callOptions) => send(gdprMsgRequest(params, context), parseGdprMsgAnswer, callOptions),
    checkPin: (params, callOptions) =>
      send(gdprVerifRequest(params, context), parseGdprVerifAnswer, callOptions),
    getAccessToken,
    async startNumberCheck(params, callOptions) {
      // Never reuse a token: under the kit's protocol rule the access token identifies the check.
      const token = await getAccessToken(callOptions);
      if (!token.ok) return token;
      const request = idmobileRequest(
        {
          phone: params.phone,
          accessToken: token.value.accessToken,
          name: options.partnerName ?? "",
          ...(params.redirectUri === undefined ? {} : { redirectUri: params.redirectUri }),
        },
        context,
      );
      const started = await send(request, parseIdmobileAnswer, callOptions);
      if (!started.ok) return started;
      const checkToken = context.protocol.checkToken === "accessToken" ? token.value.accessToken : undefined;
      return { ok: true, value: { ...started.value, checkToken } };
    },
    getNumberCheck: (params, callOptions) =>
      send(retrievalRequest(params.token, context), parseRetrievalAnswer, callOptions),
  };
}
