import type { ErrorCode } from "../errors/errorCatalogue.js";

/** What to tell the user for each error code, in one language. */
export type ErrorMessages = Readonly<Record<ErrorCode, string>>;

/** The English message of every error code. */
export const errorMessagesEn: ErrorMessages = {
  // Transport and protocol: DQE could not be reached or answered something we cannot read.
  dqe_unreachable: "The verification service cannot be reached. Please try again in a moment.",
  dqe_timeout: "The verification service is taking too long to answer. Please try again.",
  dqe_http_error: "The verification service had a problem. Please try again in a moment.",
  dqe_not_json: "The verification service sent an unreadable answer. Please try again in a moment.",
  dqe_empty_answer: "The verification service sent an empty answer. Please try again in a moment.",
  dqe_bad_answer: "The verification service sent an answer the kit does not understand.",
  dqe_unknown_status: "The verification service sent a status the kit does not know.",
  dqe_unknown_error: "The verification service reported an error the kit does not know.",
  dqe_internal_error: "The verification service had an internal error. Please try again in a moment.",
  aborted: "The request was cancelled.",

  // Set-up of the integration (licence, parameters): a developer must act, the user cannot.
  missing_parameters: "The verification request is incomplete.",
  request_invalid: "The verification request is invalid.",
  licence_invalid: "Phone verification is not available right now (invalid licence).",
  service_not_authorised: "Phone verification by SMS is not enabled for this service.",
  scope_invalid: "The operator check is not set up correctly.",
  country_invalid: "The country of this phone number is not valid.",
  country_not_found: "Phone numbers from this country cannot be verified.",
  duration_invalid: "The code lifetime is not set up correctly.",
  company_invalid: "The SMS sender name is not set up correctly.",
  sms_text_invalid: "The SMS text is not set up correctly.",
  consent_invalid: "The contact preferences are not valid.",
  consent_required: "Choose at least one way we may contact you.",
  user_infos_invalid: "The operator check request is invalid.",

  // Phone numbers (the kit's own checks and DQE's).
  phone_empty: "Enter a phone number.",
  phone_too_short: "This phone number is too short.",
  phone_too_long: "This phone number is too long.",
  phone_invalid: "This phone number is not valid.",
  phone_invalid_country: "Choose the country of this phone number.",
  phone_not_mobile: "This is not a mobile number: enter a number that can receive SMS.",

  // Sending the SMS (GDPR_MSG outcomes and errors).
  sms_undeliverable: "We could not send an SMS to this number. Check the number or use another one.",
  sms_rejected: "The SMS to this number was refused. Use another number.",
  sms_expired: "The SMS could not be delivered in time. Ask for a new code.",
  delivery_status_missing: "We do not know yet whether the SMS arrived. If it does not, ask for a new code.",

  // Checking the PIN (GDPR_VERIF errors).
  pin_malformed: "The code has 6 digits.",
  pin_expired: "This code has expired. Ask for a new one.",
  pin_invalid: "This code is not right. Check the SMS and try again.",
  sms_token_invalid: "This code can no longer be used. Ask for a new one.",

  // The operator check (IDMOBILE numVerify and its retrieval).
  number_ineligible:
    "This number cannot be checked with its operator. We will send you a code by SMS instead.",
  number_unknown: "This phone number does not exist.",
  number_check_failed: "The check with your operator failed. Try again or get a code by SMS.",
  operator_not_found:
    "We could not find the operator of this number. We will send you a code by SMS instead.",
  operator_not_authorised:
    "Your operator cannot be used for this check. We will send you a code by SMS instead.",
  operator_unsupported:
    "Your operator does not support this check yet. We will send you a code by SMS instead.",
  operator_unreachable: "Your operator cannot be reached right now. Try again or get a code by SMS.",
  operator_scope_unsupported:
    "Your operator does not offer this check. We will send you a code by SMS instead.",
  operator_no_data: "Your operator sent no answer. Try again or get a code by SMS.",
  number_mismatch:
    "The phone that opened the link does not use this number. Open it on this number's phone, over mobile data, or get a code by SMS.",
  check_declined: "The check was declined on the phone. You can get a code by SMS instead.",
  check_expired: "The check has expired. Start again or get a code by SMS.",
  access_token_invalid: "The operator check could not start. Please try again.",

  // The kit's own API (the backend adapter): requests, limits and the state of a verification.
  request_malformed: "The request could not be read.",
  unsupported_media_type: "The request must be sent as JSON.",
  body_too_large: "The request is too large.",
  origin_not_allowed: "This page is not allowed to verify phone numbers here.",
  not_found: "This address does not exist.",
  verification_not_found: "This verification no longer exists. Start again.",
  verification_done: "This number is already verified.",
  verification_locked: "Too many wrong codes. Ask for a new verification later.",
  resend_cooldown: "Please wait before asking for a new code.",
  resend_limit: "You have asked for too many codes for this verification. Start again later.",
  too_many_sends: "Too many codes were sent. Please try again later.",
  too_many_checks: "Too many operator checks for this number. Please try again later, or get a code by SMS.",
  check_not_found: "This operator check no longer exists. Start again.",
  check_timed_out: "The operator check took too long. Try again or get a code by SMS.",
  number_not_verified:
    "Your operator says this number does not belong to the phone that opened the link. You can get a code by SMS instead.",
  number_verify_unavailable: "The operator check is not available. We will send you a code by SMS instead.",
  network_error: "The connection failed. Check your network and try again.",
  server_error: "Something went wrong on our side. Please try again in a moment.",
};
