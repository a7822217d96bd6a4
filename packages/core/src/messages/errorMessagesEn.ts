import type { ErrorCode } from "../errors/errorCatalogue.js";

/** What to tell the user for each error code, in one language. */
export type ErrorMessages = Readonly<Record<ErrorCode, string>>;

// Codes that call for the same thing from the user share one text (each stays true of every code using it).
const serviceProblem = "The verification service had a problem. Please try again in a moment.";
const serviceNotUnderstood = "The verification service sent an answer the kit does not understand.";
const notSetUp = "Phone verification is not available: it is not set up correctly on this site.";
const smsInstead = "This number cannot be checked with its operator. Get a code by SMS instead.";
const notVerified = "This number's verification cannot be accepted: verify it again.";
const checkFailed = "The check with your operator failed. Try again or get a code by SMS.";

/** The English message of every error code. */
export const errorMessagesEn: ErrorMessages = {
  // Transport and protocol: DQE could not be reached or answered something we cannot read.
  dqe_unreachable: serviceProblem,
  dqe_timeout: "The verification service is taking too long to answer. Please try again.",
  dqe_http_error: serviceProblem,
  dqe_not_json: serviceProblem,
  dqe_empty_answer: serviceProblem,
  dqe_bad_answer: serviceNotUnderstood,
  dqe_unknown_status: serviceNotUnderstood,
  dqe_unknown_error: serviceNotUnderstood,
  dqe_internal_error: serviceProblem,
  aborted: "The request was cancelled.",

  // Set-up of the integration (licence, parameters): a developer must act, the user cannot.
  missing_parameters: notSetUp,
  request_invalid: notSetUp,
  licence_invalid: notSetUp,
  service_not_authorised: notSetUp,
  scope_invalid: notSetUp,
  country_invalid: "The country of this phone number is not valid.",
  country_not_found: "Phone numbers from this country cannot be verified.",
  duration_invalid: notSetUp,
  company_invalid: notSetUp,
  sms_text_invalid: notSetUp,
  consent_invalid: "The contact preferences are not valid.",
  consent_required: "Choose at least one way we may contact you.",
  consent_required_by_dqe:
    'No code can be sent without a contact preference here: the site must ask for one (consent="required").',
  user_infos_invalid: notSetUp,

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
  number_ineligible: smsInstead,
  number_unknown: "This phone number does not exist.",
  number_check_failed: checkFailed,
  operator_not_found: smsInstead,
  operator_not_authorised: smsInstead,
  operator_unsupported: smsInstead,
  operator_unreachable: "Your operator cannot be reached right now. Try again or get a code by SMS.",
  operator_scope_unsupported: smsInstead,
  operator_no_data: checkFailed,
  number_mismatch:
    "The phone that opened the link does not use this number. Open it on this number's phone, over mobile data, or get a code by SMS.",
  check_declined: "The check was declined on the phone. You can get a code by SMS instead.",
  check_expired: "The check has expired. Start again or get a code by SMS.",
  access_token_invalid: "The operator check could not start. Please try again.",

  // The kit's own API (the backend adapter): requests, limits and the state of a verification.
  request_malformed: notSetUp,
  unsupported_media_type: notSetUp,
  body_too_large: notSetUp,
  origin_not_allowed: "This page is not allowed to verify phone numbers here.",
  client_address_unknown: notSetUp,
  // The codes that come with a wait (`retryAfterS`) say what happened; the UIs add when to try again.
  store_unavailable: "The verification service had a problem.",
  verification_busy: "This code is still being checked.",
  country_not_allowed: "Phone numbers from this country cannot be verified here.",
  sms_budget_exhausted: "No more codes can be sent for now.",
  not_found: notSetUp,
  verification_not_found: "This verification no longer exists. Start again.",
  verification_done: "This number is already verified.",
  verification_locked:
    "Too many wrong codes were entered: this code can no longer be used. Start again to get a new one.",
  resend_cooldown: "A code was sent a moment ago.",
  resend_limit: "You have asked for too many codes for this verification. Start again later.",
  too_many_sends: "Too many codes were sent.",
  too_many_checks: "Too many operator checks for this number. You can get a code by SMS instead.",
  check_not_found: "This operator check no longer exists. Start again.",
  check_timed_out: "The operator check took too long. Try again or get a code by SMS.",
  number_not_verified:
    "Your operator says this number does not belong to the phone that opened the link. You can get a code by SMS instead.",
  number_verify_unavailable: "The operator check is not available. Get a code by SMS instead.",
  network_error: "The connection failed. Check your network and try again.",
  server_error: "Something went wrong on our side. Please try again in a moment.",

  // The host's backend checking a verification's proof (its code says which check failed).
  proof_missing: notVerified,
  proof_invalid: notVerified,
  proof_expired: notVerified,
  proof_wrong_number: notVerified,
};
