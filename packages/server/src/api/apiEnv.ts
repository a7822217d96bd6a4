/** What the middleware puts on the context for the handlers. */
export interface ApiEnv {
  Variables: {
    /** The client's address, for limits (see clientIp.ts). */
    clientIp: string;
  };
}
