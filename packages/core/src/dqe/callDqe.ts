import { failure, type Outcome, success } from "../errors/Outcome.js";
import { VerifyError } from "../errors/VerifyError.js";
import type { DqeRequest } from "./dqeRequest.js";

/** How one DQE call goes over HTTP. */
export interface DqeTransport {
  /** DQE's server address, e.g. `https://prod2.dqe-software.com` (a path prefix is kept). */
  readonly server: URL;
  readonly method: "GET" | "POST";
  readonly fetch: typeof fetch;
  /** Time allowed for the whole call, answer body included. */
  readonly timeoutMs: number;
}

/** Options each call may set. */
export interface DqeCallOptions {
  /** Aborts the call; it then ends with the `aborted` error. */
  readonly signal?: AbortSignal;
  /** Overrides the client's timeout for this call. */
  readonly timeoutMs?: number;
}

/** DQE's answer before the endpoint's parser reads it. */
export interface DqeRawAnswer {
  readonly httpStatus: number;
  /** The decoded JSON, or the text for a 4xx answer that is not JSON. */
  readonly body: unknown;
}

/** `TypeError (ECONNREFUSED)`: a fetch failure's name and the system error code under it, never its message. */
function networkFailure(cause: unknown): string {
  if (!(cause instanceof Error)) return "network error";
  const inner = (cause as { cause?: { code?: unknown } }).cause?.code ?? (cause as { code?: unknown }).code;
  return typeof inner === "string" && /^[A-Z_]+$/.test(inner) ? `${cause.name} (${inner})` : cause.name;
}

function endpointUrl(server: URL, path: string): URL {
  const base = server.href.endsWith("/") ? server.href : `${server.href}/`;
  return new URL(path.replace(/^\/+/, ""), base);
}

/**
 * Sends one request to DQE and decodes its JSON. Every failure (network, timeout, abort, HTTP error,
 * empty, HTML or truncated body) is a typed error; the licence and tokens never appear in one.
 */
export async function callDqe(
  request: DqeRequest,
  transport: DqeTransport,
  options: DqeCallOptions = {},
): Promise<Outcome<DqeRawAnswer>> {
  const { endpoint } = request;
  // A controller and a timer cleared at the end, not AbortSignal.timeout/any: those cost tens of
  // microseconds each (transferable signals), a third of the adapter's own time per request.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException("DQE did not answer in time", "TimeoutError"));
  }, options.timeoutMs ?? transport.timeoutMs);
  const abort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) abort();
  else options.signal?.addEventListener("abort", abort, { once: true });
  const signal = controller.signal;
  const url = endpointUrl(transport.server, request.path);
  const params = new URLSearchParams(request.params);
  const init: RequestInit = { method: transport.method, signal, headers: { accept: "application/json" } };
  if (transport.method === "GET") url.search = params.toString();
  else {
    init.body = params;
    init.headers = { accept: "application/json", "content-type": "application/x-www-form-urlencoded" };
  }

  let httpStatus: number;
  let text: string;
  try {
    const response = await transport.fetch(url, init);
    httpStatus = response.status;
    text = await response.text();
  } catch (cause) {
    if (options.signal?.aborted) return failure(new VerifyError("aborted", { endpoint }));
    if (timedOut) return failure(new VerifyError("dqe_timeout", { endpoint }));
    // The cause of a network failure can quote the URL, and so the licence: keep only its name and the
    // system's code (ECONNREFUSED...), which says whether the request can have left at all.
    return failure(new VerifyError("dqe_unreachable", { endpoint, detail: networkFailure(cause) }));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", abort);
  }

  const isClientError = httpStatus >= 400 && httpStatus < 500;
  if (httpStatus >= 300 && !(endpoint === "accessToken" && isClientError)) {
    return failure(new VerifyError("dqe_http_error", { endpoint, httpStatus, detail: `HTTP ${httpStatus}` }));
  }
  if (text.trim() === "") {
    if (isClientError) return success({ httpStatus, body: "" });
    return failure(new VerifyError("dqe_empty_answer", { endpoint, httpStatus }));
  }
  try {
    return success({ httpStatus, body: JSON.parse(text) as unknown });
  } catch {
    if (isClientError) return success({ httpStatus, body: text.slice(0, 200) });
    const detail = text.trimStart().startsWith("<") ? "HTML instead of JSON" : "malformed or truncated JSON";
    return failure(new VerifyError("dqe_not_json", { endpoint, httpStatus, detail }));
  }
}
