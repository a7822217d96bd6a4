import { QueryClient } from "@tanstack/react-query";
import { createVerifyApiClient } from "@verify-kit/core";
import { VerificationProvider } from "@verify-kit/react";
import { createSandboxedApi, type SandboxedApiOptions } from "@verify-kit/server";
import type { ReactNode } from "react";

/** The PIN every sandbox SMS carries in the tests and stories. */
export const sandboxPin = "246810";

/** The sandbox's test numbers (see the server's README). */
export const sandboxNumbers = {
  ok: "+33600000001",
  undeliverable: "+33600000002",
  declined: "+33600000003",
  ineligible: "+33600000009",
  serverError: "+33600000500",
  slow: "+33600000504",
} as const;

export interface SandboxOptions extends SandboxedApiOptions {
  /** Something between the browser client and the API (a network that fails...). */
  readonly between?: ((inner: typeof fetch) => typeof fetch) | undefined;
}

/**
 * The real browser client wired through `fetch` to the real backend adapter and DQE sandbox, in this page:
 * no fake to drift. No resend cooldown unless asked; a known PIN.
 */
export function createSandbox(options: SandboxOptions = {}) {
  const { between, ...apiOptions } = options;
  const sandboxed = createSandboxedApi({
    ...apiOptions,
    sandbox: { pin: sandboxPin, ...apiOptions.sandbox },
    limits: { resendCooldownS: 0, checksPerNumber: 100, ...apiOptions.limits },
  });
  const adapter = createVerifyApiClient({ fetch: between ? between(sandboxed.fetch) : sandboxed.fetch });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  function Provider({ children }: { readonly children?: ReactNode }) {
    return (
      <VerificationProvider adapter={adapter} queryClient={queryClient}>
        {children}
      </VerificationProvider>
    );
  }
  return { sandboxed, adapter, queryClient, Provider };
}

/** A network that is down: every request fails as `fetch` does offline. */
export const offline = (): typeof fetch => async () => {
  throw new TypeError("Failed to fetch");
};
