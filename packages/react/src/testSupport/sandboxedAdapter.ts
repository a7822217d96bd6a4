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
export function sandboxedAdapter(options: SandboxedApiOptions = {}) {
  const sandboxed = createSandboxedApi({
    ...options,
    sandbox: { pin: testPin, ...options.sandbox },
    limits: { resendCooldownS: 0, ...options.limits },
  });
  const requests = controllableFetch(sandboxed.fetch);
  const adapter = createVerifyApiClient({ fetch: requests.fetch });
  return { sandboxed, requests, adapter };
}

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}
