/** One request seen by a counting fetch. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
}

/**
 * Wraps a fetch to record every request (method and path, never bodies: they hold PINs), so that
 * tests can assert how many requests a flow made.
 */
export function countingFetch(inner: typeof fetch) {
  const seen: SeenRequest[] = [];
  const wrapped = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input), "http://localhost");
    seen.push({ method: (init?.method ?? request?.method ?? "GET").toUpperCase(), path: url.pathname });
    return inner(input, init);
  };
  return {
    fetch: wrapped as typeof fetch,
    /** Every request so far, oldest first. */
    seen,
    /** How many requests went to paths starting with `prefix` (all when omitted). */
    count: (prefix = "") => seen.filter((request) => request.path.startsWith(prefix)).length,
    reset: () => {
      seen.length = 0;
    },
  };
}
