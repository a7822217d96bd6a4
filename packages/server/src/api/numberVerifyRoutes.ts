import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ApiEnv } from "./apiEnv.js";
import {
  NumberVerifyStartedSchema,
  NumberVerifyStatusSchema,
  StartNumberVerifyBodySchema,
} from "./apiSchemas.js";
import { type CallbackOutcome, callbackPage } from "./callbackPage.js";
import { requireClient } from "./clientAddress.js";
import { type EmbeddedSandbox, publicOperatorLink } from "./embeddedSandbox.js";
import type { NumberChecks } from "./numberChecks.js";
import { errorAnswers, jsonAnswer, jsonBody } from "./openApiParts.js";

const start = createRoute({
  method: "post",
  path: "/api/number-verify/start",
  summary: "Start an operator check; the phone must open the answer's url over mobile data",
  request: jsonBody(StartNumberVerifyBodySchema),
  responses: {
    200: jsonAnswer(NumberVerifyStartedSchema, "The check is waiting for the phone"),
    ...errorAnswers(400, 403, 413, 415, 422, 429, 500, 502, 503, 504),
  },
});

const callback = createRoute({
  method: "get",
  path: "/api/number-verify/callback",
  summary: "Where DQE sends the phone back: settles the check at once",
  request: {
    query: z.object({
      check: z.string().max(64).optional(),
      token: z.string().max(512).optional(),
      status: z.string().max(32).optional(),
    }),
  },
  responses: {
    200: {
      content: { "text/html": { schema: z.string() } },
      description: "A page telling the user to go back",
    },
    400: { content: { "text/html": { schema: z.string() } }, description: "Not a callback DQE sends" },
    404: { content: { "text/html": { schema: z.string() } }, description: "Unknown or expired check" },
    503: {
      content: { "text/html": { schema: z.string() } },
      description: "The check could not be looked up",
    },
  },
});

export function numberVerifyStatusRoute(maxWaitS: number) {
  return createRoute({
    method: "get",
    path: "/api/number-verify/{checkId}",
    summary: "Where a check stands; with waitS, held until it changes (long polling)",
    request: {
      params: z.object({ checkId: z.string().min(1).max(64) }),
      query: z.object({ waitS: z.coerce.number().int().min(0).max(maxWaitS).optional() }),
    },
    responses: {
      200: jsonAnswer(NumberVerifyStatusSchema, "The check's status"),
      ...errorAnswers(400, 404, 503),
    },
  });
}

export function registerNumberVerifyRoutes(
  app: OpenAPIHono<ApiEnv>,
  checks: NumberChecks,
  options: {
    maxWaitS: number;
    /** Where phones and browsers reach this API; the request's origin when undefined. */
    publicUrl: string | undefined;
    /** The sandbox in this process, when there is one: it hands out the operator links, which this API serves. */
    embeddedSandbox: EmbeddedSandbox | undefined;
    /** The name the phone's page carries; the public host when undefined. */
    siteName: string | undefined;
  },
) {
  const page = (c: Context<ApiEnv>, outcome: CallbackOutcome) =>
    callbackPage({
      acceptLanguage: c.req.header("accept-language"),
      outcome,
      siteName: options.siteName ?? new URL(options.publicUrl ?? c.req.url).hostname,
    });
  app.openapi(start, async (c) => {
    const base = options.publicUrl ?? new URL(c.req.url).origin;
    const answer = await checks.start(c.req.valid("json").phone, base, requireClient(c.get("client")));
    const sandbox = options.embeddedSandbox;
    const url = sandbox ? publicOperatorLink(answer.url, base, sandbox.operatorPath) : answer.url;
    return c.json(NumberVerifyStartedSchema.parse({ ...answer, url }), 200);
  });
  // Declared before /{checkId} so that "callback" is not taken for an id. A phone lands here: it gets a page,
  // never JSON, whatever the query or the store's state.
  app.openapi(
    callback,
    async (c) => {
      const query = c.req.valid("query");
      let outcome: CallbackOutcome;
      try {
        outcome = await checks.callback({ check: query.check, token: query.token });
      } catch {
        return c.html(page(c, "unavailable"), 503);
      }
      return c.html(page(c, outcome), outcome === "unknown" ? 404 : 200);
    },
    (result, c) => {
      if (!result.success) return c.html(page(c, "unknown"), 400);
    },
  );
  app.openapi(numberVerifyStatusRoute(options.maxWaitS), async (c) => {
    const { checkId } = c.req.valid("param");
    const client = c.get("client");
    const waitS = c.req.valid("query").waitS ?? 0;
    const answer = await checks.status(
      checkId,
      waitS,
      client.ok ? client.client : undefined,
      c.req.raw.signal,
    );
    return c.json(NumberVerifyStatusSchema.parse(answer), 200);
  });
}
