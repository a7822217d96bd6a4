import type { ErrorMessages } from "./errorMessagesEn.js";

// The host's backend refusing a proof (its code says which check failed): the user does the same whatever it is.
const notVerified = "La vérification de ce numéro ne peut pas être acceptée\u202f: vérifiez-le à nouveau.";

/** The French message of every error code. */
export const errorMessagesFr: ErrorMessages = {
  // Transport and protocol: DQE could not be reached or answered something we cannot read.
  dqe_unreachable: "Le service de vérification est injoignable. Veuillez réessayer dans un instant.",
  dqe_timeout: "Le service de vérification met trop de temps à répondre. Veuillez réessayer.",
  dqe_http_error: "Le service de vérification a rencontré un problème. Veuillez réessayer dans un instant.",
  dqe_not_json:
    "Le service de vérification a envoyé une réponse illisible. Veuillez réessayer dans un instant.",
  dqe_empty_answer:
    "Le service de vérification a envoyé une réponse vide. Veuillez réessayer dans un instant.",
  dqe_bad_answer: "Le service de vérification a envoyé une réponse que le kit ne comprend pas.",
  dqe_unknown_status: "Le service de vérification a envoyé un statut que le kit ne connaît pas.",
  dqe_unknown_error: "Le service de vérification a signalé une erreur que le kit ne connaît pas.",
  dqe_internal_error:
    "Le service de vérification a eu une erreur interne. Veuillez réessayer dans un instant.",
  aborted: "La demande a été annulée.",

  // Set-up of the integration (licence, parameters): a developer must act, the user cannot.
  missing_parameters: "La demande de vérification est incomplète.",
  request_invalid: "La demande de vérification est invalide.",
  licence_invalid: "La vérification du téléphone n’est pas disponible pour le moment (licence invalide).",
  service_not_authorised: "La vérification par SMS n’est pas activée pour ce service.",
  scope_invalid: "La vérification par l’opérateur n’est pas correctement configurée.",
  country_invalid: "Le pays de ce numéro de téléphone n’est pas valide.",
  country_not_found: "Les numéros de ce pays ne peuvent pas être vérifiés.",
  duration_invalid: "La durée de validité du code n’est pas correctement configurée.",
  company_invalid: "Le nom d’expéditeur du SMS n’est pas correctement configuré.",
  sms_text_invalid: "Le texte du SMS n’est pas correctement configuré.",
  consent_invalid: "Les préférences de contact ne sont pas valides.",
  consent_required: "Choisissez au moins un moyen par lequel nous pouvons vous contacter.",
  consent_required_by_dqe:
    'Aucun code ne peut être envoyé ici sans préférence de contact\u202f: le site doit en demander une (consent="required").',
  user_infos_invalid: "La demande de vérification par l’opérateur est invalide.",

  // Phone numbers (the kit's own checks and DQE's).
  phone_empty: "Saisissez un numéro de téléphone.",
  phone_too_short: "Ce numéro de téléphone est trop court.",
  phone_too_long: "Ce numéro de téléphone est trop long.",
  phone_invalid: "Ce numéro de téléphone n’est pas valide.",
  phone_invalid_country: "Choisissez le pays de ce numéro de téléphone.",
  phone_not_mobile: "Ce n’est pas un numéro de mobile\u202f: saisissez un numéro qui peut recevoir des SMS.",

  // Sending the SMS (GDPR_MSG outcomes and errors).
  sms_undeliverable: "Nous n’avons pas pu envoyer de SMS à ce numéro. Vérifiez-le ou utilisez-en un autre.",
  sms_rejected: "L’envoi du SMS à ce numéro a été refusé. Utilisez un autre numéro.",
  sms_expired: "Le SMS n’a pas pu être remis à temps. Demandez un nouveau code.",
  delivery_status_missing:
    "Nous ne savons pas encore si le SMS est arrivé. S’il n’arrive pas, demandez un nouveau code.",

  // Checking the PIN (GDPR_VERIF errors).
  pin_malformed: "Le code comporte 6 chiffres.",
  pin_expired: "Ce code a expiré. Demandez-en un nouveau.",
  pin_invalid: "Ce code n’est pas le bon. Vérifiez le SMS et réessayez.",
  sms_token_invalid: "Ce code ne peut plus être utilisé. Demandez-en un nouveau.",

  // The operator check (IDMOBILE numVerify and its retrieval).
  number_ineligible:
    "Ce numéro ne peut pas être vérifié auprès de son opérateur. Recevez plutôt un code par SMS.",
  number_unknown: "Ce numéro de téléphone n’existe pas.",
  number_check_failed:
    "La vérification auprès de votre opérateur a échoué. Réessayez ou recevez un code par SMS.",
  operator_not_found: "Nous n’avons pas trouvé l’opérateur de ce numéro. Recevez plutôt un code par SMS.",
  operator_not_authorised:
    "Votre opérateur ne peut pas être utilisé pour cette vérification. Recevez plutôt un code par SMS.",
  operator_unsupported:
    "Votre opérateur ne prend pas encore en charge cette vérification. Recevez plutôt un code par SMS.",
  operator_unreachable:
    "Votre opérateur est injoignable pour le moment. Réessayez ou recevez un code par SMS.",
  operator_scope_unsupported:
    "Votre opérateur ne propose pas cette vérification. Recevez plutôt un code par SMS.",
  operator_no_data: "Votre opérateur n’a envoyé aucune réponse. Réessayez ou recevez un code par SMS.",
  number_mismatch:
    "Le téléphone qui a ouvert le lien n’utilise pas ce numéro. Ouvrez-le sur le téléphone de ce numéro, en données mobiles, ou recevez un code par SMS.",
  check_declined:
    "La vérification a été refusée sur le téléphone. Vous pouvez plutôt recevoir un code par SMS.",
  check_expired: "La vérification a expiré. Recommencez ou recevez un code par SMS.",
  access_token_invalid: "La vérification par l’opérateur n’a pas pu démarrer. Veuillez réessayer.",

  // The kit's own API (the backend adapter): requests, limits and the state of a verification.
  request_malformed: "La demande n’a pas pu être lue.",
  unsupported_media_type: "La demande doit être envoyée en JSON.",
  body_too_large: "La demande est trop volumineuse.",
  origin_not_allowed: "Cette page n’est pas autorisée à vérifier des numéros de téléphone ici.",
  client_address_unknown:
    "La vérification du téléphone n’est pas disponible\u202f: elle n’est pas correctement configurée sur ce site.",
  store_unavailable: "Le service de vérification a rencontré un problème.",
  verification_busy: "Ce code est encore en cours de vérification.",
  country_not_allowed: "Les numéros de ce pays ne peuvent pas être vérifiés ici.",
  sms_budget_exhausted: "Plus aucun code ne peut être envoyé pour le moment.",
  not_found: "Cette adresse n’existe pas.",
  verification_not_found: "Cette vérification n’existe plus. Recommencez.",
  verification_done: "Ce numéro est déjà vérifié.",
  verification_locked:
    "Trop de codes erronés ont été saisis\u202f: ce code ne peut plus être utilisé. Recommencez pour en recevoir un nouveau.",
  resend_cooldown: "Un code vient d’être envoyé.",
  resend_limit: "Vous avez demandé trop de codes pour cette vérification. Recommencez plus tard.",
  too_many_sends: "Trop de codes ont été envoyés.",
  too_many_checks:
    "Trop de vérifications par l’opérateur pour ce numéro. Vous pouvez recevoir un code par SMS à la place.",
  check_not_found: "Cette vérification par l’opérateur n’existe plus. Recommencez.",
  check_timed_out:
    "La vérification par l’opérateur a pris trop de temps. Réessayez ou recevez un code par SMS.",
  number_not_verified:
    "Votre opérateur indique que ce numéro n’appartient pas au téléphone qui a ouvert le lien. Vous pouvez plutôt recevoir un code par SMS.",
  number_verify_unavailable:
    "La vérification par l’opérateur n’est pas disponible. Recevez plutôt un code par SMS.",
  network_error: "La connexion a échoué. Vérifiez votre réseau et réessayez.",
  server_error: "Un problème est survenu de notre côté. Veuillez réessayer dans un instant.",

  // The host's backend checking a verification's proof (its code says which check failed).
  proof_missing: notVerified,
  proof_invalid: notVerified,
  proof_expired: notVerified,
  proof_wrong_number: notVerified,
};
