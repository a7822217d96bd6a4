/** What the kit knows about one stable error code. Its messages are at `@verify-kit/core/messages`. */
export interface ErrorInfo {
  /** Whether the same request may succeed if tried again (later, or with a new code). */
  readonly retryable: boolean;
  /** Whether the SMS PIN flow is the way on after this error of the operator check. */
  readonly fallbackToSms: boolean;
  /**
   * A failure of the network or of a server on the way (ours, DQE), not a verdict: the same request may work
   * in a moment without anybody doing anything, so a loop that follows something (the operator check's
   * polls) tries again by itself. Transient errors are retryable.
   */
  readonly transient: boolean;
  /**
   * The error is about the phone number itself (malformed, not a mobile, one DQE cannot send to): a UI
   * shows it on the phone field, where the user fixes it, rather than as an alert.
   */
  readonly aboutNumber: boolean;
}

// Six shapes shared by every code: the browser bundle carries each code's name once, and no text.
const none: ErrorInfo = { retryable: false, fallbackToSms: false, transient: false, aboutNumber: false };
const retry: ErrorInfo = { ...none, retryable: true };
const sms: ErrorInfo = { ...none, fallbackToSms: true };
const both: ErrorInfo = { ...retry, fallbackToSms: true };
const outage: ErrorInfo = { ...retry, transient: true };
const numberIssue: ErrorInfo = { ...none, aboutNumber: true };

/**
 * Every error the kit can report, by stable machine code, with its flags. Codes never change meaning;
 * DQE's own codes map onto them per endpoint (see dqe/dqeErrorCodes.ts). What to tell the user, in each
 * language, is in `@verify-kit/core/messages` (and, for the components, in `@verify-kit/ui`'s packs).
 */
export const errorCatalogue = {
  // Transport and protocol: DQE could not be reached or answered something we cannot read.
  dqe_unreachable: outage,
  dqe_timeout: outage,
  dqe_http_error: outage,
  dqe_not_json: outage,
  dqe_empty_answer: outage,
  dqe_bad_answer: none,
  dqe_unknown_status: none,
  dqe_unknown_error: none,
  dqe_internal_error: outage,
  aborted: none,

  // Set-up of the integration (licence, parameters): a developer must act, the user cannot.
  missing_parameters: none,
  request_invalid: none,
  licence_invalid: none,
  service_not_authorised: none,
  scope_invalid: none,
  country_invalid: numberIssue,
  country_not_found: numberIssue,
  duration_invalid: none,
  company_invalid: none,
  sms_text_invalid: none,
  consent_invalid: none,
  consent_required: none,
  consent_required_by_dqe: none,
  user_infos_invalid: none,

  // Phone numbers (the kit's own checks and DQE's).
  phone_empty: numberIssue,
  phone_too_short: numberIssue,
  phone_too_long: numberIssue,
  phone_invalid: numberIssue,
  phone_invalid_country: numberIssue,
  phone_not_mobile: numberIssue,

  // Sending the SMS (GDPR_MSG outcomes and errors).
  sms_undeliverable: numberIssue,
  sms_rejected: numberIssue,
  sms_expired: retry,
  delivery_status_missing: retry,

  // Checking the PIN (GDPR_VERIF errors).
  pin_malformed: retry,
  pin_expired: none,
  pin_invalid: retry,
  sms_token_invalid: none,

  // The operator check (IDMOBILE numVerify and its retrieval).
  number_ineligible: sms,
  number_unknown: numberIssue,
  number_check_failed: both,
  operator_not_found: sms,
  operator_not_authorised: sms,
  operator_unsupported: sms,
  operator_unreachable: both,
  operator_scope_unsupported: sms,
  operator_no_data: both,
  number_mismatch: both,
  check_declined: sms,
  check_expired: both,
  access_token_invalid: retry,

  // The kit's own API (the backend adapter): requests, limits and the state of a verification.
  request_malformed: none,
  unsupported_media_type: none,
  body_too_large: none,
  origin_not_allowed: none,
  client_address_unknown: none,
  store_unavailable: retry,
  verification_busy: retry,
  country_not_allowed: none,
  sms_budget_exhausted: retry,
  not_found: none,
  verification_not_found: none,
  verification_done: none,
  verification_locked: none,
  resend_cooldown: retry,
  resend_limit: none,
  too_many_sends: retry,
  too_many_checks: both,
  check_not_found: none,
  check_timed_out: both,
  number_not_verified: sms,
  number_verify_unavailable: sms,
  network_error: outage,
  server_error: outage,

  // The host's backend checking a verification's proof (`readVerificationProof` of the server package):
  // the user must verify the number again, sending the same form cannot help.
  proof_missing: none,
  proof_invalid: none,
  proof_expired: none,
  proof_wrong_number: none,
} as const satisfies Record<string, ErrorInfo>;

/** A stable machine code of the kit: never renamed, never reused for another meaning. */
export type ErrorCode = keyof typeof errorCatalogue;

/** Whether a string is one of the kit's error codes. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalogue, code);
}
