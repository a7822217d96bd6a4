/**
 * Why an action of a verification hook was refused without a request:
 * - `not_sent`: nothing to act on yet: `check` or `resend` before a code was sent (or after
 *   `changeNumber`/`reset`), `restart` before any check was started;
 * - `busy`: another request of the flow is under way with other input (a second `send` to another number
 *   while one is sending, a different code while one is being checked...).
 */
export type VerificationUsageCode = "not_sent" | "busy";

// Bundlers replace this with the build's mode; production builds drop the long messages below.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** A refused action: a mistake in the calling code or a race in the UI, never a request that failed. */
export class VerificationUsageError extends Error {
  override readonly name = "VerificationUsageError";
  readonly code: VerificationUsageCode;
  /** The action that was refused. */
  readonly action: string;
  /** The flow's status when it was refused. */
  readonly status: string;

  constructor(code: VerificationUsageCode, action: string, status: string) {
    super(
      process.env.NODE_ENV === "production"
        ? `${action}(): ${code} (${status})`
        : code === "not_sent"
          ? `${action}() has nothing to act on yet: the flow is "${status}".`
          : `${action}() was refused: another request is under way (the flow is "${status}").`,
    );
    this.code = code;
    this.action = action;
    this.status = status;
  }
}
