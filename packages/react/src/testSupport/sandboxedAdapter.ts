import { QueryClient } from "@tanstack/react-query";
import { createVerifyApiClient } from "@verify-kit/core";
import { createSandboxedApi, type SandboxedApiOptions } from "@verify-kit/server";
import { controllableFetch } from "./controllableFetch.js";

/** The PIN every sandbox SMS carries in these tests. */
export const testPin = "246810";

/**
 * The real browser client, wired through `fetch` to the real backend adapter and DQE sandbox in this
 * process: no fake to drift. No resend cooldown by default; requests counted by the sandboxed API.
 */
export function sandboxedAdapter(
  options: SandboxedApiOptions & {
    /** Something between the browser and the API (a proxy that cuts long requests...). */
    readonly between?: (inner: typeof fetch) => typeof fetch;
  } = {},
) {
  const { between, ...apiOptions } = options;
  const sandboxed = createSandboxedApi({
    ...apiOptions,
    sandbox: { pin: testPin, ...apiOptions.sandbox },
    limits: { resendCooldownS: 0, checksPerNumber: 100, ...apiOptions.limits },
  });
  const requests = controllableFetch(between ? between(sandboxed.fetch) : sandboxed.fetch);
  const adapter = createVerifyApiClient({ fetch: requests.fetch });
  return { sandboxed, requests, adapter };
}

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}
