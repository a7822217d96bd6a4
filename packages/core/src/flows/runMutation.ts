import { MutationObserver, type QueryClient } from "@tanstack/query-core";
import { failure, type Outcome } from "../errors/Outcome.js";
import { VerifyError } from "../errors/VerifyError.js";

/**
 * Runs one request as a TanStack Query mutation in `client` (so it shows in the app's mutation cache,
 * `useIsMutating` and devtools), without subscribing: the hooks keep their own state and render only when
 * it changes. Adapter calls resolve to an `Outcome`; one that throws anyway becomes a `network_error`.
 */
export async function runMutation<TVariables, TValue>(
  client: QueryClient,
  mutationKey: readonly unknown[],
  call: (variables: TVariables) => Promise<Outcome<TValue>>,
  variables: TVariables,
): Promise<Outcome<TValue>> {
  const observer = new MutationObserver<Outcome<TValue>, Error, TVariables>(client, {
    mutationKey,
    mutationFn: call,
    // The adapter reports failures as outcomes: nothing to retry, and no pausing while "offline".
    retry: false,
    networkMode: "always",
  });
  try {
    return await observer.mutate(variables);
  } catch (cause) {
    return failure(new VerifyError("network_error", { cause, detail: "the adapter threw" }));
  }
}
