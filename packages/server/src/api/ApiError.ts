import type { ApiErrorBody } from "@verify-kit/core";
import { type ErrorCode, errorCatalogue, type VerifyError } from "@verify-kit/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";

const statuses: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  request_malformed: 400,
  phone_empty: 400,
  phone_too_short: 400,
  phone_too_long: 400,
  phone_invalid: 400,
  phone_invalid_country: 400,
  phone_not_mobile: 400,
  pin_malformed: 400,
  consent_required: 400,
  consent_invalid: 400,
  origin_not_allowed: 403,
  country_not_allowed: 422,
  client_address_unknown: 500,
  store_unavailable: 503,
  verification_busy: 429,
  sms_budget_exhausted: 429,
  not_found: 404,
  verification_not_found: 404,
  check_not_found: 404,
  verification_done: 409,
  pin_expired: 410,
  sms_token_invalid: 410,
  check_expired: 410,
  body_too_large: 413,
  unsupported_media_type: 415,
  sms_undeliverable: 422,
  sms_rejected: 422,
  sms_expired: 422,
  country_not_found: 422,
  number_ineligible: 422,
  number_unknown: 422,
  number_check_failed: 422,
  operator_not_found: 422,
  operator_not_authorised: 422,
  operator_unsupported: 422,
  operator_unreachable: 422,
  operator_scope_unsupported: 422,
  number_verify_unavailable: 422,
  verification_locked: 423,
  resend_cooldown: 429,
  resend_limit: 429,
  too_many_sends: 429,
  too_many_checks: 429,
  dqe_timeout: 504,
  server_error: 500,
  aborted: 500,
};

/** What a developer must change when DQE refuses the site's set-up this way: sent as `detail`, and logged. */
const setupHints: Partial<Record<ErrorCode, { readonly detail: string; readonly setting: string }>> = {
  consent_required_by_dqe: {
    detail:
      'DQE refused a code without consent (its error 11, "at least one channel must be enabled"): this DQE ' +
      'account wants consent with every code. Ask for it: consent="required" on the component, so that the ' +
      "user picks at least one channel (or a consent with one channel in every POST /api/pin/send).",
    setting: 'consent="required"',
  },
};

/**
 * The HTTP status of an error code. What is not the user's doing nor a limit is DQE's: 502, so a
 * browser never has to tell a DQE outage from a DQE refusal of our set-up (licence, parameters).
 */
export function httpStatusFor(code: ErrorCode): ContentfulStatusCode {
  return statuses[code] ?? 502;
}

/** The `error` part of an error answer: `reason` says which limit refused, `detail` what a developer can do. */
export function errorBody(
  code: ErrorCode,
  extras: { retryAfterS?: number | undefined; reason?: string | undefined; detail?: string | undefined } = {},
): ApiErrorBody {
  const info = errorCatalogue[code];
  return {
    code,
    retryable: info.retryable,
    ...(info.fallbackToSms ? { fallbackToSms: true } : {}),
    ...(extras.retryAfterS === undefined ? {} : { retryAfterS: extras.retryAfterS }),
    ...(extras.reason === undefined ? {} : { reason: extras.reason }),
    ...(extras.detail === undefined ? {} : { detail: extras.detail }),
  };
}

/** Thrown by a handler to answer with the error envelope; the app's error handler renders it. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly retryAfterS: number | undefined;
  /** The DQE error behind it, for the log line (never sent to the browser). */
  readonly dqe: VerifyError | undefined;
  /** For a developer: what to change so that this stops happening (sent, and logged with `log`). */
  readonly detail: string | undefined;
  /** Which limit refused (`ip`, `number`, `prefix`, `global`, `country`), sent and logged. */
  readonly reason: string | undefined;
  /** Fields of a warning logged with the refusal (a set-up to change, never a secret). */
  readonly log: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: ErrorCode,
    options: {
      retryAfterS?: number;
      dqe?: VerifyError;
      detail?: string;
      reason?: string;
      log?: Readonly<Record<string, unknown>>;
    } = {},
  ) {
    super(code);
    this.code = code;
    this.status = httpStatusFor(code);
    this.retryAfterS = options.retryAfterS;
    this.dqe = options.dqe;
    this.detail = options.detail;
    this.reason = options.reason;
    this.log = options.log;
  }

  static from(error: VerifyError): ApiError {
    const hint = setupHints[error.code];
    return new ApiError(error.code, {
      ...(hint === undefined ? {} : { detail: hint.detail, log: { setting: hint.setting } }),
      // Only DQE's errors (they name their endpoint) are logged: a mistyped number is no DQE failure.
      ...(error.endpoint === undefined ? {} : { dqe: error }),
      ...(error.retryAfterS === undefined ? {} : { retryAfterS: error.retryAfterS }),
    });
  }

  get body() {
    return {
      error: errorBody(this.code, {
        retryAfterS: this.retryAfterS,
        reason: this.reason,
        detail: this.detail,
      }),
    };
  }
}
