import type { ClientAddressResult } from "./clientAddress.js";

/** What the middleware puts on the context for the handlers. */
export interface ApiEnv {
  Variables: {
    /** The request's client, or why it has none (see clientAddress.ts); routes that count per client need it. */
    client: ClientAddressResult;
  };
}
