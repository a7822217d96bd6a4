import { z } from "@hono/zod-openapi";
import {
  type ApiErrorEnvelope,
  type CheckPinBody,
  type ErrorCode,
  errorCatalogue,
  type NumberVerifyStarted,
  type NumberVerifyStatus,
  type PinCheckAnswer,
  type PinSent,
  type ResendPinBody,
  type SandboxSms,
  type SandboxTestNumberInfo,
  type SendPinBody,
  type StartNumberVerifyBody,
  type VerifyApiConfig,
} from "@verify-kit/core";

// One set of schemas validates requests, checks answers before they leave and writes the OpenAPI
// document. Each is checked against the type the browser client uses (`satisfies`), so they cannot drift.

const errorCodes = Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]];

const Phone = z.string().max(64).openapi({ description: "Phone number, E.164", example: "+33612345678" });
const Id = z.string().min(1).max(64);

export const ConsentSchema = z
  .object({ phone: z.boolean(), post: z.boolean(), sms: z.boolean(), email: z.boolean() })
  .openapi("Consent", { description: "Consent per channel, as DQE records it" });

const Locale = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/)
  .openapi({ description: "The page's language (BCP 47), for the SMS's language", example: "fr" });

export const SendPinBodySchema = z
  .object({ phone: Phone, consent: ConsentSchema.optional(), locale: Locale.optional() })
  .openapi("SendPinBody") satisfies z.ZodType<SendPinBody>;

export const ResendPinBodySchema = z
  .object({ verificationId: Id, locale: Locale.optional() })
  .openapi("ResendPinBody") satisfies z.ZodType<ResendPinBody>;

export const CheckPinBodySchema = z
  .object({ verificationId: Id, pin: z.string().max(64).openapi({ example: "123456" }) })
  .openapi("CheckPinBody") satisfies z.ZodType<CheckPinBody>;

export const StartNumberVerifyBodySchema = z
  .object({ phone: Phone })
  .openapi("StartNumberVerifyBody") satisfies z.ZodType<StartNumberVerifyBody>;

const Seconds = z.number().int().nonnegative();

const Proof = z
  .string()
  .min(1)
  .openapi({
    description:
      "A signed token (JWS, HS256) of the verified number (sub, E.164), the method, verifiedAt, the " +
      "verification's id (jti) and an expiry (exp): the page's form posts it beside the number, and the " +
      "host's backend checks it with readVerificationProof. Only when the server has a proof secret.",
  });

export const PinSentSchema = z
  .object({
    verificationId: Id,
    to: z.string(),
    expiresInS: Seconds,
    resendInS: Seconds,
    resendsLeft: Seconds,
    attemptsLeft: Seconds,
  })
  .openapi("PinSent") satisfies z.ZodType<PinSent>;

export const PinCheckAnswerSchema = z
  .discriminatedUnion("verified", [
    z.object({
      verified: z.literal(true),
      channels: ConsentSchema,
      dqeDateTime: z.string().openapi({ description: "DQE's date and time, raw (no zone)" }),
      verifiedAt: z.string().openapi({ format: "date-time" }),
      proof: Proof.optional(),
    }),
    z.object({
      verified: z.literal(false),
      reason: z.enum(["pin_invalid", "verification_locked"]),
      attemptsLeft: Seconds,
    }),
  ])
  .openapi("PinCheckAnswer") satisfies z.ZodType<PinCheckAnswer>;

export const NumberVerifyStartedSchema = z
  .object({ checkId: Id, url: z.url(), operator: z.string(), expiresInS: Seconds })
  .openapi("NumberVerifyStarted") satisfies z.ZodType<NumberVerifyStarted>;

export const ApiErrorBodySchema = z
  .object({
    code: z.enum(errorCodes),
    retryable: z.boolean(),
    fallbackToSms: z.boolean().optional(),
    retryAfterS: Seconds.optional(),
    reason: z.string().optional().openapi({
      description: "Which limit refused: ip, number, prefix (caps), global, country (SMS budgets)",
    }),
    detail: z
      .string()
      .optional()
      .openapi({ description: "For the developer: what to change on the server (never shown to users)" }),
  })
  .openapi("ApiError");

export const ApiErrorEnvelopeSchema = z
  .object({ error: ApiErrorBodySchema })
  .openapi("ApiErrorEnvelope") satisfies z.ZodType<ApiErrorEnvelope>;

export const NumberVerifyStatusSchema = z
  .discriminatedUnion("status", [
    z.object({ status: z.literal("pending"), elapsedS: Seconds }),
    z.object({ status: z.literal("verified"), proof: Proof.optional() }),
    z.object({ status: z.literal("not_verified") }),
    z.object({ status: z.literal("failed"), error: ApiErrorBodySchema }),
  ])
  .openapi("NumberVerifyStatus") satisfies z.ZodType<NumberVerifyStatus>;

export const VerifyApiConfigSchema = z
  .object({
    sandbox: z.boolean(),
    codeLength: z.literal(6),
    pinLifetimeS: Seconds,
    resendCooldownS: Seconds,
    maxAttempts: Seconds,
    maxResends: Seconds,
    numberVerify: z.boolean(),
    maxWaitS: Seconds,
    allowedCountries: z.array(z.string().length(2)).optional(),
    limits: z
      .object({
        sendsPerNumber: Seconds,
        sendsPerIp: Seconds,
        sendsPerPrefix: Seconds,
        prefixDigits: Seconds,
        checksPerNumber: Seconds,
        checksPerIp: Seconds,
        windowS: Seconds,
        smsPerDay: Seconds.optional(),
        smsPerDayByCountry: z.record(z.string(), Seconds).optional(),
      })
      .optional(),
  })
  .openapi("VerifyApiConfig") satisfies z.ZodType<VerifyApiConfig>;

export const HealthSchema = z
  .object({ status: z.enum(["ok", "unavailable"]), store: z.enum(["ok", "unavailable"]) })
  .openapi("Health");

export const SandboxSmsListSchema = z
  .array(z.object({ to: z.string(), text: z.string(), pin: z.string(), sentAt: z.string() }))
  .openapi("SandboxSmsList") satisfies z.ZodType<SandboxSms[]>;

export const SandboxNumberListSchema = z
  .array(
    z.object({
      phone: z.string(),
      sms: z.enum(["delivered", "undeliverable", "rejected", "serverError", "slow"]),
      check: z.enum([
        "numVerifyTrue",
        "numVerifyFalse",
        "startError",
        "retrievalError",
        "serverError",
        "slow",
      ]),
      errorId: z.string().optional(),
    }),
  )
  .openapi("SandboxNumberList") satisfies z.ZodType<SandboxTestNumberInfo[]>;
