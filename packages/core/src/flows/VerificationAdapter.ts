import type { VerifyApiClient } from "../api/createVerifyApiClient.js";

/**
 * What the flows need from the backend adapter's API: the subset of the browser client
 * (`createVerifyApiClient` from `@verify-kit/core`) they call. Every method resolves to an `Outcome`, never
 * rejects, and takes an `AbortSignal` that the flows abort when an answer is no longer wanted.
 *
 * In tests and Storybook, hand it the same client wired to the in-process API and sandbox through `fetch`
 * (see the README), rather than a hand-written fake.
 */
export type VerificationAdapter = Pick<
  VerifyApiClient,
  "sendPin" | "resendPin" | "checkPin" | "startNumberVerify" | "getNumberVerify"
>;
