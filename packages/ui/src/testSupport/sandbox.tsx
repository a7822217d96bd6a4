import { QueryClient } from "@tanstack/react-query";
import { createVerifyApiClient } from "@verify-kit/core";
import { VerificationProvider } from "@verify-kit/react";
import { createSandboxedApi, type SandboxedApiOptions } from "@verify-kit/server";
import type { ReactNode } from "react";
import { pathOf } from "./networkFaults.js";

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
  /** The operator pages of the checks started, newest last: what the QR code shows. */
  const operatorUrls: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    const answer = await sandboxed.fetch(input, init);
    const path = pathOf(input);
    if (path === "/api/number-verify/start" && answer.ok) {
      const body = (await answer.clone().json()) as { url?: string };
      if (body.url) operatorUrls.push(body.url);
    }
    return answer;
  };
  const adapter = createVerifyApiClient({ fetch: between ? between(recording) : recording });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  /** Plays the phone: opens the latest operator page over "mobile data". */
  const openOnPhone = async () => {
    const url = operatorUrls.at(-1);
    if (url === undefined) throw new Error("no operator check was started");
    await sandboxed.openOperatorUrl(url);
  };
  return { sandboxed, adapter, queryClient, operatorUrls, openOnPhone };
}

/** `VerificationProvider` with a sandbox's browser client and query client. */
export function SandboxProvider({
  sandbox,
  children,
}: {
  readonly sandbox: ReturnType<typeof createSandbox>;
  readonly children?: ReactNode;
}) {
  return (
    <VerificationProvider adapter={sandbox.adapter} queryClient={sandbox.queryClient}>
      {children}
    </VerificationProvider>
  );
}
