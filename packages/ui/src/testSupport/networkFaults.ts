// Networks that misbehave on purpose, wrapped around a sandbox's `fetch` (the `between` option of
// `createSandbox`, the `sandbox.between` parameter of stories).

/** The path a request goes to (`/api/pin/check`), whether the client sent a URL or a `Request`. */
export const pathOf = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : String(input), "http://x").pathname;

/** A network that is down: every request fails as `fetch` does offline. */
export const offline = (): typeof fetch => async () => {
  throw new TypeError("Failed to fetch");
};

/** A network that loses the first request to `path` (as `fetch` fails offline), then works. */
export const losesFirst =
  (path: string) =>
  (inner: typeof fetch): typeof fetch => {
    let lost = false;
    return async (input, init) => {
      if (!lost && pathOf(input) === path) {
        lost = true;
        throw new TypeError("Failed to fetch");
      }
      return inner(input, init);
    };
  };

/** Requests to `path` stay in flight: no answer until they are cancelled. */
export const holds =
  (path: string) =>
  (inner: typeof fetch): typeof fetch =>
  async (input, init) => {
    if (pathOf(input) !== path) return inner(input, init);
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener("abort", () => reject(init.signal?.reason), { once: true });
    });
  };
