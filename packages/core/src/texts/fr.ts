import { errorMessagesFr } from "../messages/errorMessagesFr.js";
import type { UiLocalePack } from "./uiMessages.js";

/**
 * French: every string of the UIs and every error message. An entry point of its own
 * (`@verify-kit/core/texts/fr`, and `@verify-kit/ui/locales/fr` for `<UiMessagesProvider locale={fr}>`):
 * apps that do not import it do not load it.
 */
export const fr: UiLocalePack = {
  locale: "fr",
  messages: {
    // PinInputMessages
    pinInputLabel: "Code de vérification",
    pinInputComplete: "Code complet",
    pinInputDigitsOnly: "Chiffres uniquement",
    pinInputInvalid: "Ce code n’est pas valide",
    // PhoneFieldMessages
    phoneFieldLabel: "Numéro de mobile",
    phoneFieldCountry: "Pays",
    phoneFieldCountryOption: "{country} (+{code})",
    // ConsentChannelsMessages
    consentTitle: "Préférences de contact",
    consentPhone: "Appels téléphoniques",
    consentPost: "Courrier",
    consentSms: "SMS",
    consentEmail: "E-mail",
    consentGranted: "autorisé",
    consentNotGranted: "non autorisé",
    consentFieldLegend: "Comment pouvons-nous vous contacter ?",
    consentFieldHint: "Choisissez-en au moins un.",
    // PhoneVerificationMessages
    phoneVerificationTitle: "Vérifiez votre numéro de mobile",
    phoneVerificationIntro: "Nous allons vous envoyer un code par SMS.",
    phoneVerificationSend: "Envoyer le code",
    phoneVerificationSending: "Envoi du code…",
    phoneVerificationCodeTitle: "Saisissez le code",
    phoneVerificationSentTo: "Nous avons envoyé un code par SMS au {phone}.",
    phoneVerificationResentTo: "Nouveau code envoyé à {time} au {phone}. Seul le dernier code fonctionne.",
    phoneVerificationOnlyLatest: "Seul le dernier code fonctionne.",
    phoneVerificationLastCode: "C’était le dernier code que cette vérification peut envoyer.",
    phoneVerificationCodeLabel: "Code reçu par SMS",
    phoneVerificationChecking: "Vérification du code…",
    phoneVerificationChangeNumber: "Changer de numéro",
    phoneVerificationResend: "Renvoyer le code",
    phoneVerificationResendIn: "Renvoyer le code {when}",
    phoneVerificationNoResendLeft:
      "Plus aucun code ne peut être envoyé pour cette vérification : recommencez pour en recevoir un nouveau.",
    phoneVerificationStartAgain: "Recommencer",
    phoneVerificationNumberStep: "Vérifiez le numéro, puis envoyez un nouveau code.",
    phoneVerificationExpiresIn: "Le code expire dans {time}.",
    phoneVerificationAttemptsLeftOne: "{count} essai restant.",
    phoneVerificationAttemptsLeftOther: "{count} essais restants.",
    phoneVerificationRetry: "Réessayer",
    phoneVerificationRetryIn: "Réessayer {when}",
    phoneVerificationRetryWhen: "Vous pourrez réessayer {when}.",
    phoneVerificationVerifiedTitle: "Numéro vérifié",
    phoneVerificationVerified: "Le {phone} est vérifié.",
    phoneVerificationConsent: "Vos préférences de contact :",
    phoneVerificationRequired: "Vérifiez votre numéro de mobile pour continuer.",
    phoneVerificationConsentOptional:
      "Facultatif. Ce n’est pas le moyen d’envoi du code\u202f: il arrive toujours par SMS.",
    // NumberVerificationMessages
    numberVerificationTitle: "Vérifiez votre numéro auprès de votre opérateur",
    numberVerificationIntro:
      "Votre opérateur mobile confirme que le numéro est le vôtre : aucun code à saisir.",
    numberVerificationStart: "Vérifier mon numéro",
    numberVerificationStarting: "Démarrage de la vérification…",
    numberVerificationOpenTitle: "Confirmez sur ce téléphone",
    numberVerificationOpen: "Ouvrir la vérification",
    numberVerificationWifiHint:
      "Désactivez d’abord le Wi‑Fi : la vérification passe par les données mobiles.",
    numberVerificationScanTitle: "Scannez avec votre téléphone",
    numberVerificationScan:
      "Scannez ce code avec le téléphone du {phone}, Wi‑Fi désactivé, et ouvrez la page qu’il indique.",
    numberVerificationQrLabel: "QR code de la page à ouvrir sur votre téléphone",
    numberVerificationCopy: "Copier le lien",
    numberVerificationCopied: "Lien copié.",
    numberVerificationCopyFailed: "Le lien n’a pas pu être copié : sélectionnez-le ci-dessous et copiez-le.",
    numberVerificationLinkLabel: "Lien de la vérification",
    numberVerificationWaiting: "En attente de votre téléphone… {time}",
    numberVerificationRetrying: "Connexion perdue, nouvelle tentative…",
    numberVerificationCancel: "Annuler",
    numberVerificationCancelled: "Vérification annulée.",
    numberVerificationVerifiedTitle: "Numéro vérifié",
    numberVerificationVerified: "Votre opérateur a confirmé le {phone}.",
    numberVerificationFailedTitle: "La vérification n’a pas abouti",
    numberVerificationRetry: "Réessayer",
    numberVerificationRetryIn: "Réessayer {when}",
    numberVerificationRetryWhen: "Vous pourrez réessayer {when}.",
    numberVerificationUseSms: "Recevoir plutôt un code par SMS",
    numberVerificationSmsStep: "Envoi d’un code par SMS au {phone}.",
    numberVerificationTextInstead: "M’envoyer plutôt un code par SMS",
    numberVerificationOtherNumber: "Utiliser un autre numéro",
    numberVerificationRequired: "Vérifiez votre numéro de mobile pour continuer.",
    // Errors, by code
    ...errorMessagesFr,
  },
};
