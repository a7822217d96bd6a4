import type { ErrorCode } from "@verify-kit/core";
import type { ClientAddressResult } from "./clientAddress.js";

/** What the middleware puts on the context for the handlers. */
export interface ApiEnv {
  Variables: {
    /** The request's client, or why it has none (see clientAddress.ts); routes that count per client need it. */
    client: ClientAddressResult;
    /** Why the request was refused, for its log line. */
    refusal: { readonly code: ErrorCode; readonly reason: string | undefined };
  };
}
