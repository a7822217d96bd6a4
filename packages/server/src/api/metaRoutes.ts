import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { dqeToE164, e164ToDqe, parsePhone, type VerifyApiConfig } from "@verify-kit/core";
import { ApiError } from "./ApiError.js";
import type { ApiEnv } from "./apiEnv.js";
import {
  HealthSchema,
  SandboxNumberListSchema,
  SandboxSmsListSchema,
  VerifyApiConfigSchema,
} from "./apiSchemas.js";
import { errorAnswers, jsonAnswer } from "./openApiParts.js";
import type { VerifyStore } from "./store/VerifyStore.js";

/** An SMS the sandbox "sent". */
export interface SandboxSms {
  readonly to: string;
  readonly text: string;
  readonly pin: string;
  readonly sentAt: string;
}

/** A sandbox test number and what it does (`SandboxTestNumber` from `@verify-kit/server/sandbox`). */
export interface SandboxNumber {
  readonly e164: string;
  readonly sms: string;
  readonly check: string;
  readonly errorId?: string | undefined;
}

/** The sandbox's SMS and test numbers, when the backend talks to the sandbox. */
export interface SandboxInbox {
  /** SMS sent to a number in DQE's format, newest first. */
  messages(dqePhone: string): Promise<readonly SandboxSms[]>;
  /** Its test numbers, served at `GET /api/sandbox/numbers`. */
  readonly testNumbers: readonly SandboxNumber[];
}

const config = createRoute({
  method: "get",
  path: "/api/config",
  summary: "What the UI needs to know about this server",
  responses: { 200: jsonAnswer(VerifyApiConfigSchema, "Settings") },
});

const health = createRoute({
  method: "get",
  path: "/api/health",
  summary: "Whether this server can serve: its store answers (a load balancer's health check)",
  responses: {
    200: jsonAnswer(HealthSchema, "Ready"),
    503: jsonAnswer(HealthSchema, "The store does not answer: sends and checks are refused"),
  },
});

const messages = createRoute({
  method: "get",
  path: "/api/sandbox/messages",
  summary: "Sandbox only: the SMS it sent to a number (404 when talking to a real DQE)",
  request: { query: z.object({ phone: z.string().min(1).max(64) }) },
  responses: { 200: jsonAnswer(SandboxSmsListSchema, "SMS, newest first"), ...errorAnswers(400, 404) },
});

const numbers = createRoute({
  method: "get",
  path: "/api/sandbox/numbers",
  summary: "Sandbox only: its test numbers and what each does (404 when talking to a real DQE)",
  responses: { 200: jsonAnswer(SandboxNumberListSchema, "Test numbers"), ...errorAnswers(404) },
});

export function registerMetaRoutes(
  app: OpenAPIHono<ApiEnv>,
  settings: VerifyApiConfig,
  inbox: SandboxInbox | undefined,
  store: VerifyStore,
) {
  app.openapi(config, (c) => c.json(VerifyApiConfigSchema.parse(settings), 200));
  app.openapi(health, async (c) => {
    const up = await store.ping().then(
      () => true,
      () => false,
    );
    return up
      ? c.json({ status: "ok" as const, store: "ok" as const }, 200)
      : c.json({ status: "unavailable" as const, store: "unavailable" as const }, 503);
  });
  app.openapi(messages, async (c) => {
    if (!inbox) throw new ApiError("not_found");
    const raw = c.req.valid("query").phone;
    const phone = parsePhone(raw.startsWith("+") ? raw : dqeToE164(raw), { requireMobile: false });
    if (!phone.ok) throw ApiError.from(phone.error);
    const list = await inbox.messages(e164ToDqe(phone.value.e164));
    // Built field by field: DQE's smsToken must not reach the browser, even in the sandbox.
    const safe = list.map(({ to, text, pin, sentAt }) => ({ to, text, pin, sentAt }));
    return c.json(SandboxSmsListSchema.parse(safe), 200);
  });
  app.openapi(numbers, (c) => {
    if (!inbox) throw new ApiError("not_found");
    const list = inbox.testNumbers.map(({ e164, sms, check, errorId }) => ({
      phone: e164,
      sms,
      check,
      ...(errorId === undefined ? {} : { errorId }),
    }));
    return c.json(SandboxNumberListSchema.parse(list), 200);
  });
}
