import type { ResolvedSandboxOptions } from "./sandboxOptions.js";
import type { SandboxState } from "./sandboxState.js";

/** What every route of one sandbox shares. */
export interface SandboxContext {
  readonly options: ResolvedSandboxOptions;
  readonly state: SandboxState;
}

/** Hono variables the DQE routes read: the request's parameters, query and form body merged. */
export interface SandboxEnv {
  Variables: { params: URLSearchParams };
}
