/** A request seen by `controllableFetch`, with the signal the client passed. */
export interface ObservedRequest {
  readonly method: string;
  readonly path: string;
  readonly search: string;
  readonly signal: AbortSignal | undefined;
}

interface Rule {
  readonly prefix: string;
  readonly ms: number;
  times: number;
}

function abortError() {
  return new DOMException("The operation was aborted.", "AbortError");
}

/**
 * Wraps a fetch so that tests can slow chosen requests down (in fake time) and see each request's signal.
 * A delayed request whose signal aborts rejects like the browser's fetch does.
 */
export function controllableFetch(inner: typeof fetch) {
  const rules: Rule[] = [];
  const seen: ObservedRequest[] = [];
  const concurrency = { now: 0, max: 0 };
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    concurrency.now += 1;
    concurrency.max = Math.max(concurrency.max, concurrency.now);
    try {
      return await send(input, init);
    } finally {
      concurrency.now -= 1;
    }
  };
  const send = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), "http://test.local");
    const signal = init?.signal ?? undefined;
    seen.push({ method: init?.method ?? "GET", path: url.pathname, search: url.search, signal });
    const rule = rules.find((candidate) => candidate.times > 0 && url.pathname.startsWith(candidate.prefix));
    if (rule) {
      rule.times -= 1;
      await new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        const timer = setTimeout(resolve, rule.ms);
        signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(abortError());
        });
      });
    }
    if (signal?.aborted) throw abortError();
    return inner(input, init);
  };
  return {
    fetch: wrapped as typeof fetch,
    seen,
    /** Requests in flight now, and at most so far. */
    concurrency,
    /** Requests the client started to paths starting with `prefix`, aborted ones included. */
    started: (prefix = "") => seen.filter((request) => request.path.startsWith(prefix)).length,
    /** The next `times` requests to paths starting with `prefix` wait `ms` first. */
    delay(prefix: string, ms: number, times = 1) {
      rules.push({ prefix, ms, times });
    },
  };
}
