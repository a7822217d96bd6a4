import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { ApiEnv } from "./apiEnv.js";
import {
  CheckPinBodySchema,
  PinCheckAnswerSchema,
  PinSentSchema,
  ResendPinBodySchema,
  SendPinBodySchema,
} from "./apiSchemas.js";
import { requireClient } from "./clientAddress.js";
import { errorAnswers, jsonAnswer, jsonBody } from "./openApiParts.js";
import type { PinVerifications } from "./pinVerifications.js";
import { preferredLanguages } from "./preferredLanguages.js";

const send = createRoute({
  method: "post",
  path: "/api/pin/send",
  summary: "Send a code by SMS",
  request: jsonBody(SendPinBodySchema),
  responses: {
    200: jsonAnswer(PinSentSchema, "The code is on its way"),
    ...errorAnswers(400, 403, 413, 415, 422, 429, 500, 502, 503, 504),
  },
});

const resend = createRoute({
  method: "post",
  path: "/api/pin/resend",
  summary: "Send a new code; the previous one stops working",
  request: jsonBody(ResendPinBodySchema),
  responses: {
    200: jsonAnswer(PinSentSchema, "The new code is on its way"),
    ...errorAnswers(400, 403, 404, 409, 413, 415, 422, 423, 429, 500, 502, 503, 504),
  },
});

const check = createRoute({
  method: "post",
  path: "/api/pin/check",
  summary: "Check a code",
  request: jsonBody(CheckPinBodySchema),
  responses: {
    200: jsonAnswer(PinCheckAnswerSchema, "Verified, or a wrong code with the attempts left"),
    ...errorAnswers(400, 403, 404, 409, 410, 413, 415, 423, 429, 502, 503, 504),
  },
});

export function registerPinRoutes(app: OpenAPIHono<ApiEnv>, pins: PinVerifications) {
  app.openapi(send, async (c) => {
    const body = c.req.valid("json");
    const languages = preferredLanguages(body.locale, c.req.header("accept-language"));
    const answer = await pins.send(body, requireClient(c.get("client")), languages);
    return c.json(PinSentSchema.parse(answer), 200);
  });
  app.openapi(resend, async (c) => {
    const { verificationId, locale } = c.req.valid("json");
    const answer = await pins.resend(verificationId, requireClient(c.get("client")), locale);
    return c.json(PinSentSchema.parse(answer), 200);
  });
  app.openapi(check, async (c) => {
    const { verificationId, pin } = c.req.valid("json");
    const answer = await pins.check(verificationId, pin);
    return c.json(PinCheckAnswerSchema.parse(answer), 200);
  });
}
