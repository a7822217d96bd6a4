import { type ErrorCode, errorCatalogue } from "./errorCatalogue.js";

/** Where a DQE error code came from: DQE reuses the same two digits with other meanings per endpoint. */
export type DqeEndpoint = "gdprMsg" | "gdprVerif" | "accessToken" | "idmobile" | "retrieval";

export interface VerifyErrorDetails {
  /** The endpoint that answered, for errors that come from DQE. */
  readonly endpoint?: DqeEndpoint;
  /** DQE's own code, exactly as it sent it ("01" and "1" differ). */
  readonly dqeCode?: string;
  /** HTTP status of DQE's answer, when it was not a 2xx. */
  readonly httpStatus?: number;
  /** For a limit: seconds until trying again can succeed. */
  readonly retryAfterS?: number | undefined;
  /** A developer-facing detail (never a licence, PIN or token). */
  readonly detail?: string | undefined;
  readonly cause?: unknown;
}

/**
 * The one error type of the kit: a stable code with what the catalogue says about it.
 * Its `message` is the code; the user-facing text is `errorMessage(code, locale)` of
 * `@verify-kit/core/messages` (or the components' language pack).
 */
export class VerifyError extends Error {
  override readonly name = "VerifyError";
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly fallbackToSms: boolean;
  readonly endpoint: DqeEndpoint | undefined;
  readonly dqeCode: string | undefined;
  readonly httpStatus: number | undefined;
  readonly retryAfterS: number | undefined;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, details: VerifyErrorDetails = {}) {
    const info = errorCatalogue[code];
    super(code, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.retryable = info.retryable;
    this.fallbackToSms = info.fallbackToSms;
    this.endpoint = details.endpoint;
    this.dqeCode = details.dqeCode;
    this.httpStatus = details.httpStatus;
    this.retryAfterS = details.retryAfterS;
    this.detail = details.detail;
  }

  /** A plain object safe to log or send: code and flags, no cause. */
  toJSON() {
    return {
      code: this.code,
      retryable: this.retryable,
      fallbackToSms: this.fallbackToSms,
      ...(this.endpoint === undefined ? {} : { endpoint: this.endpoint }),
      ...(this.dqeCode === undefined ? {} : { dqeCode: this.dqeCode }),
      ...(this.httpStatus === undefined ? {} : { httpStatus: this.httpStatus }),
      ...(this.retryAfterS === undefined ? {} : { retryAfterS: this.retryAfterS }),
      ...(this.detail === undefined ? {} : { detail: this.detail }),
    };
  }
}
