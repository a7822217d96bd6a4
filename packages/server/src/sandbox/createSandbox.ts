import { Hono } from "hono";
import { registerAccessTokenRoute } from "./accessTokenRoute.js";
import { registerGdprRoutes } from "./gdprRoutes.js";
import { serverErrorPage } from "./htmlPage.js";
import { operatorPath, registerIdmobileRoutes } from "./idmobileRoutes.js";
import { registerMessagesRoute } from "./messagesRoute.js";
import { registerOperatorPage } from "./operatorPage.js";
import type { SandboxContext, SandboxEnv } from "./sandboxContext.js";
import { resolveSandboxOptions, SANDBOX_LICENCE, type SandboxOptions } from "./sandboxOptions.js";
import { type SandboxMessage, SandboxState } from "./sandboxState.js";
import { type SandboxTestNumber, sandboxTestNumbers } from "./testNumbers.js";

/** A local DQE: answers DQE's paths, parameters and JSON, with test numbers that misbehave on purpose. */
export interface Sandbox {
  /** Web-standard handler: serve it with any server, or call it straight from tests. */
  fetch(request: Request): Promise<Response>;
  /** The SMS "sent", newest first; only those to `phone` (DQE format, digits) when given. */
  messages(phone?: string): SandboxMessage[];
  /** Forgets every SMS, PIN, access token and number check. */
  reset(): void;
  /** Its test numbers (`sandboxTestNumbers`). */
  readonly testNumbers: readonly SandboxTestNumber[];
  /** The licence it accepts (`SANDBOX_LICENCE`). */
  readonly licence: string;
  /** The path of its operator pages in the links it hands out, before the check's id. */
  readonly operatorPath: string;
}

/**
 * Creates a sandbox. Options are validated here: a bad one throws an Error naming it.
 *
 * @example
 * const sandbox = createSandbox({ pin: "123456" });
 * const answer = await sandbox.fetch(new Request("http://localhost/GDPR_MSG/?Phone=33600000001&..."));
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const context: SandboxContext = { options: resolveSandboxOptions(options), state: new SandboxState() };
  // Not strict: routes are declared without the trailing slash DQE documents, and match with or without it.
  const app = new Hono<SandboxEnv>({ strict: false });
  app.onError((error, c) => {
    // An aborted request rejects like an aborted fetch, instead of answering.
    if (c.req.raw.signal.aborted) throw error;
    console.error("DQE sandbox: unexpected error", error);
    return serverErrorPage();
  });
  registerGdprRoutes(app, context);
  registerAccessTokenRoute(app, context);
  registerIdmobileRoutes(app, context);
  registerOperatorPage(app, context);
  registerMessagesRoute(app, context);
  return {
    fetch: async (request) => app.fetch(request),
    messages: (phone) => context.state.messages(phone),
    reset: () => context.state.reset(),
    testNumbers: sandboxTestNumbers,
    licence: SANDBOX_LICENCE,
    operatorPath,
  };
}
