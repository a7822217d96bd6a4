import type { Localized } from "./locale.js";

/** What the kit knows about one stable error code. */
export interface ErrorInfo {
  /** Whether the same request may succeed if tried again (later, or with a new code). */
  readonly retryable: boolean;
  /** Whether the SMS PIN flow is the way on after this error of the operator check. */
  readonly fallbackToSms: boolean;
  /** What to tell the user, in every language of the kit. */
  readonly message: Localized;
}

const entry = (retryable: boolean, fallbackToSms: boolean, en: string, fr: string): ErrorInfo => ({
  retryable,
  fallbackToSms,
  message: { en, fr },
});

/**
 * Every error the kit can report, by stable machine code. Codes never change meaning;
 * DQE's own codes map onto them per endpoint (see dqe/dqeErrorCodes.ts).
 */
export const errorCatalogue = {
  // Transport and protocol: DQE could not be reached or answered something we cannot read.
  dqe_unreachable: entry(
    true,
    false,
    "The verification service cannot be reached. Please try again in a moment.",
    "Le service de vérification est injoignable. Veuillez réessayer dans un instant.",
  ),
  dqe_timeout: entry(
    true,
    false,
    "The verification service is taking too long to answer. Please try again.",
    "Le service de vérification met trop de temps à répondre. Veuillez réessayer.",
  ),
  dqe_http_error: entry(
    true,
    false,
    "The verification service had a problem. Please try again in a moment.",
    "Le service de vérification a rencontré un problème. Veuillez réessayer dans un instant.",
  ),
  dqe_not_json: entry(
    true,
    false,
    "The verification service sent an unreadable answer. Please try again in a moment.",
    "Le service de vérification a envoyé une réponse illisible. Veuillez réessayer dans un instant.",
  ),
  dqe_empty_answer: entry(
    true,
    false,
    "The verification service sent an empty answer. Please try again in a moment.",
    "Le service de vérification a envoyé une réponse vide. Veuillez réessayer dans un instant.",
  ),
  dqe_bad_answer: entry(
    false,
    false,
    "The verification service sent an answer the kit does not understand.",
    "Le service de vérification a envoyé une réponse que le kit ne comprend pas.",
  ),
  dqe_unknown_status: entry(
    false,
    false,
    "The verification service sent a status the kit does not know.",
    "Le service de vérification a envoyé un statut que le kit ne connaît pas.",
  ),
  dqe_unknown_error: entry(
    false,
    false,
    "The verification service reported an error the kit does not know.",
    "Le service de vérification a signalé une erreur que le kit ne connaît pas.",
  ),
  dqe_internal_error: entry(
    true,
    false,
    "The verification service had an internal error. Please try again in a moment.",
    "Le service de vérification a eu une erreur interne. Veuillez réessayer dans un instant.",
  ),
  aborted: entry(false, false, "The request was cancelled.", "La demande a été annulée."),

  // Set-up of the integration (licence, parameters): a developer must act, the user cannot.
  missing_parameters: entry(
    false,
    false,
    "The verification request is incomplete.",
    "La demande de vérification est incomplète.",
  ),
  request_invalid: entry(
    false,
    false,
    "The verification request is invalid.",
    "La demande de vérification est invalide.",
  ),
  licence_invalid: entry(
    false,
    false,
    "Phone verification is not available right now (invalid licence).",
    "La vérification du téléphone n'est pas disponible pour le moment (licence invalide).",
  ),
  service_not_authorised: entry(
    false,
    false,
    "Phone verification by SMS is not enabled for this service.",
    "La vérification par SMS n'est pas activée pour ce service.",
  ),
  scope_invalid: entry(
    false,
    false,
    "The operator check is not set up correctly.",
    "La vérification par l'opérateur n'est pas correctement configurée.",
  ),
  country_invalid: entry(
    false,
    false,
    "The country of this phone number is not valid.",
    "Le pays de ce numéro de téléphone n'est pas valide.",
  ),
  country_not_found: entry(
    false,
    false,
    "Phone numbers from this country cannot be verified.",
    "Les numéros de ce pays ne peuvent pas être vérifiés.",
  ),
  duration_invalid: entry(
    false,
    false,
    "The code lifetime is not set up correctly.",
    "La durée de validité du code n'est pas correctement configurée.",
  ),
  company_invalid: entry(
    false,
    false,
    "The SMS sender name is not set up correctly.",
    "Le nom d'expéditeur du SMS n'est pas correctement configuré.",
  ),
  sms_text_invalid: entry(
    false,
    false,
    "The SMS text is not set up correctly.",
    "Le texte du SMS n'est pas correctement configuré.",
  ),
  consent_invalid: entry(
    false,
    false,
    "The contact preferences are not valid.",
    "Les préférences de contact ne sont pas valides.",
  ),
  consent_required: entry(
    false,
    false,
    "Choose at least one way we may contact you.",
    "Choisissez au moins un moyen par lequel nous pouvons vous contacter.",
  ),
  user_infos_invalid: entry(
    false,
    false,
    "The operator check request is invalid.",
    "La demande de vérification par l'opérateur est invalide.",
  ),

  // Phone numbers (the kit's own checks and DQE's).
  phone_empty: entry(false, false, "Enter a phone number.", "Saisissez un numéro de téléphone."),
  phone_too_short: entry(
    false,
    false,
    "This phone number is too short.",
    "Ce numéro de téléphone est trop court.",
  ),
  phone_too_long: entry(
    false,
    false,
    "This phone number is too long.",
    "Ce numéro de téléphone est trop long.",
  ),
  phone_invalid: entry(
    false,
    false,
    "This phone number is not valid.",
    "Ce numéro de téléphone n'est pas valide.",
  ),
  phone_invalid_country: entry(
    false,
    false,
    "Choose the country of this phone number.",
    "Choisissez le pays de ce numéro de téléphone.",
  ),
  phone_not_mobile: entry(
    false,
    false,
    "This is not a mobile number: enter a number that can receive SMS.",
    "Ce n'est pas un numéro de mobile : saisissez un numéro qui peut recevoir des SMS.",
  ),

  // Sending the SMS (GDPR_MSG outcomes and errors).
  sms_undeliverable: entry(
    false,
    false,
    "We could not send an SMS to this number. Check the number or use another one.",
    "Nous n'avons pas pu envoyer de SMS à ce numéro. Vérifiez-le ou utilisez-en un autre.",
  ),
  sms_rejected: entry(
    false,
    false,
    "The SMS to this number was refused. Use another number.",
    "L'envoi du SMS à ce numéro a été refusé. Utilisez un autre numéro.",
  ),
  sms_expired: entry(
    true,
    false,
    "The SMS could not be delivered in time. Ask for a new code.",
    "Le SMS n'a pas pu être remis à temps. Demandez un nouveau code.",
  ),
  delivery_status_missing: entry(
    true,
    false,
    "We do not know yet whether the SMS arrived. If it does not, ask for a new code.",
    "Nous ne savons pas encore si le SMS est arrivé. S'il n'arrive pas, demandez un nouveau code.",
  ),

  // Checking the PIN (GDPR_VERIF errors).
  pin_malformed: entry(true, false, "The code has 6 digits.", "Le code comporte 6 chiffres."),
  pin_expired: entry(
    false,
    false,
    "This code has expired. Ask for a new one.",
    "Ce code a expiré. Demandez-en un nouveau.",
  ),
  pin_invalid: entry(
    true,
    false,
    "This code is not right. Check the SMS and try again.",
    "Ce code n'est pas le bon. Vérifiez le SMS et réessayez.",
  ),
  sms_token_invalid: entry(
    false,
    false,
    "This code can no longer be used. Ask for a new one.",
    "Ce code ne peut plus être utilisé. Demandez-en un nouveau.",
  ),

  // The operator check (IDMOBILE numVerify and its retrieval).
  number_ineligible: entry(
    false,
    true,
    "This number cannot be checked with its operator. We will send you a code by SMS instead.",
    "Ce numéro ne peut pas être vérifié auprès de son opérateur. Nous allons plutôt vous envoyer un code par SMS.",
  ),
  number_unknown: entry(
    false,
    false,
    "This phone number does not exist.",
    "Ce numéro de téléphone n'existe pas.",
  ),
  number_check_failed: entry(
    true,
    true,
    "The check with your operator failed. Try again or get a code by SMS.",
    "La vérification auprès de votre opérateur a échoué. Réessayez ou recevez un code par SMS.",
  ),
  operator_not_found: entry(
    false,
    true,
    "We could not find the operator of this number. We will send you a code by SMS instead.",
    "Nous n'avons pas trouvé l'opérateur de ce numéro. Nous allons plutôt vous envoyer un code par SMS.",
  ),
  operator_not_authorised: entry(
    false,
    true,
    "Your operator cannot be used for this check. We will send you a code by SMS instead.",
    "Votre opérateur ne peut pas être utilisé pour cette vérification. Nous allons plutôt vous envoyer un code par SMS.",
  ),
  operator_unsupported: entry(
    false,
    true,
    "Your operator does not support this check yet. We will send you a code by SMS instead.",
    "Votre opérateur ne prend pas encore en charge cette vérification. Nous allons plutôt vous envoyer un code par SMS.",
  ),
  operator_unreachable: entry(
    true,
    true,
    "Your operator cannot be reached right now. Try again or get a code by SMS.",
    "Votre opérateur est injoignable pour le moment. Réessayez ou recevez un code par SMS.",
  ),
  operator_scope_unsupported: entry(
    false,
    true,
    "Your operator does not offer this check. We will send you a code by SMS instead.",
    "Votre opérateur ne propose pas cette vérification. Nous allons plutôt vous envoyer un code par SMS.",
  ),
  operator_no_data: entry(
    true,
    true,
    "Your operator sent no answer. Try again or get a code by SMS.",
    "Votre opérateur n'a envoyé aucune réponse. Réessayez ou recevez un code par SMS.",
  ),
  number_mismatch: entry(
    true,
    true,
    "The phone that opened the link does not use this number. Open it on this number's phone, over mobile data, or get a code by SMS.",
    "Le téléphone qui a ouvert le lien n'utilise pas ce numéro. Ouvrez-le sur le téléphone de ce numéro, en données mobiles, ou recevez un code par SMS.",
  ),
  check_declined: entry(
    false,
    true,
    "The check was declined on the phone. You can get a code by SMS instead.",
    "La vérification a été refusée sur le téléphone. Vous pouvez plutôt recevoir un code par SMS.",
  ),
  check_expired: entry(
    true,
    true,
    "The check has expired. Start again or get a code by SMS.",
    "La vérification a expiré. Recommencez ou recevez un code par SMS.",
  ),
  access_token_invalid: entry(
    true,
    false,
    "The operator check could not start. Please try again.",
    "La vérification par l'opérateur n'a pas pu démarrer. Veuillez réessayer.",
  ),

  // The kit's own API (the backend adapter): requests, limits and the state of a verification.
  request_malformed: entry(false, false, "The request could not be read.", "La demande n'a pas pu être lue."),
  unsupported_media_type: entry(
    false,
    false,
    "The request must be sent as JSON.",
    "La demande doit être envoyée en JSON.",
  ),
  body_too_large: entry(false, false, "The request is too large.", "La demande est trop volumineuse."),
  origin_not_allowed: entry(
    false,
    false,
    "This page is not allowed to verify phone numbers here.",
    "Cette page n'est pas autorisée à vérifier des numéros de téléphone ici.",
  ),
  not_found: entry(false, false, "This address does not exist.", "Cette adresse n'existe pas."),
  verification_not_found: entry(
    false,
    false,
    "This verification no longer exists. Start again.",
    "Cette vérification n'existe plus. Recommencez.",
  ),
  verification_done: entry(false, false, "This number is already verified.", "Ce numéro est déjà vérifié."),
  verification_locked: entry(
    false,
    false,
    "Too many wrong codes. Ask for a new verification later.",
    "Trop de codes erronés. Demandez une nouvelle vérification plus tard.",
  ),
  resend_cooldown: entry(
    true,
    false,
    "Please wait before asking for a new code.",
    "Veuillez patienter avant de demander un nouveau code.",
  ),
  resend_limit: entry(
    false,
    false,
    "You have asked for too many codes for this verification. Start again later.",
    "Vous avez demandé trop de codes pour cette vérification. Recommencez plus tard.",
  ),
  too_many_sends: entry(
    true,
    false,
    "Too many codes were sent. Please try again later.",
    "Trop de codes ont été envoyés. Veuillez réessayer plus tard.",
  ),
  too_many_checks: entry(
    true,
    true,
    "Too many operator checks for this number. Please try again later, or get a code by SMS.",
    "Trop de vérifications par l'opérateur pour ce numéro. Réessayez plus tard ou recevez un code par SMS.",
  ),
  check_not_found: entry(
    false,
    false,
    "This operator check no longer exists. Start again.",
    "Cette vérification par l'opérateur n'existe plus. Recommencez.",
  ),
  check_timed_out: entry(
    true,
    true,
    "The operator check took too long. Try again or get a code by SMS.",
    "La vérification par l'opérateur a pris trop de temps. Réessayez ou recevez un code par SMS.",
  ),
  number_not_verified: entry(
    false,
    true,
    "Your operator says this number does not belong to the phone that opened the link. You can get a code by SMS instead.",
    "Votre opérateur indique que ce numéro n'appartient pas au téléphone qui a ouvert le lien. Vous pouvez plutôt recevoir un code par SMS.",
  ),
  number_verify_unavailable: entry(
    false,
    true,
    "The operator check is not available. We will send you a code by SMS instead.",
    "La vérification par l'opérateur n'est pas disponible. Nous allons plutôt vous envoyer un code par SMS.",
  ),
  network_error: entry(
    true,
    false,
    "The connection failed. Check your network and try again.",
    "La connexion a échoué. Vérifiez votre réseau et réessayez.",
  ),
  server_error: entry(
    true,
    false,
    "Something went wrong on our side. Please try again in a moment.",
    "Un problème est survenu de notre côté. Veuillez réessayer dans un instant.",
  ),
} as const satisfies Record<string, ErrorInfo>;

/** A stable machine code of the kit: never renamed, never reused for another meaning. */
export type ErrorCode = keyof typeof errorCatalogue;

/** Whether a string is one of the kit's error codes. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalogue, code);
}
