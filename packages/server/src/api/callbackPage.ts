import { matchLanguage, preferredLanguages } from "./preferredLanguages.js";

/**
 * What the phone's page tells the user after the operator: the check's outcome as the first screen will show
 * it, or why there is none. The reason in detail is for the first screen; this page says what happened and
 * where to go on.
 */
export type CallbackOutcome =
  | "verified"
  | "declined"
  | "expired"
  | "not_confirmed"
  | "failed"
  | "pending"
  | "unknown"
  | "unavailable";

interface PageText {
  readonly title: string;
  readonly said: string;
  readonly next: string;
}

type Texts = Readonly<Record<CallbackOutcome, PageText>> & { readonly tagline: string };

const texts: Readonly<Record<"en" | "fr", Texts>> = {
  en: {
    tagline: "Phone number check",
    verified: {
      title: "Number verified",
      said: "Your number has been verified.",
      next: "You can close this page and go back to the screen where you started.",
    },
    declined: {
      title: "Check declined",
      said: "You declined the check on this phone, so your number was not verified.",
      next: "Go back to the screen where you started to get a code by SMS instead.",
    },
    expired: {
      title: "Check expired",
      said: "This check expired before it was completed, so your number was not verified.",
      next: "Go back to the screen where you started to try again or get a code by SMS.",
    },
    not_confirmed: {
      title: "Number not confirmed",
      said: "Your operator did not confirm that this phone uses the number you entered.",
      next: "Go back to the screen where you started to get a code by SMS instead.",
    },
    failed: {
      title: "Check not completed",
      said: "The check could not be completed, so your number was not verified.",
      next: "Go back to the screen where you started to try again or get a code by SMS.",
    },
    pending: {
      title: "Almost done",
      said: "Your operator has answered. The check is finishing.",
      next: "You can close this page and go back to the screen where you started.",
    },
    unknown: {
      title: "Check not found",
      said: "This check is unknown or has expired.",
      next: "Go back to the screen where you started.",
    },
    unavailable: {
      title: "Check not completed",
      said: "The check could not be completed right now.",
      next: "Go back to the screen where you started.",
    },
  },
  fr: {
    tagline: "Vérification du numéro de téléphone",
    verified: {
      title: "Numéro vérifié",
      said: "Votre numéro a été vérifié.",
      next: "Vous pouvez fermer cette page et revenir à l’écran où vous avez commencé.",
    },
    declined: {
      title: "Vérification refusée",
      said: "Vous avez refusé la vérification sur ce téléphone\u202f: votre numéro n’a pas été vérifié.",
      next: "Revenez à l’écran où vous avez commencé pour recevoir plutôt un code par SMS.",
    },
    expired: {
      title: "Vérification expirée",
      said: "Cette vérification a expiré avant d’aboutir\u202f: votre numéro n’a pas été vérifié.",
      next: "Revenez à l’écran où vous avez commencé pour réessayer ou recevoir un code par SMS.",
    },
    not_confirmed: {
      title: "Numéro non confirmé",
      said: "Votre opérateur n’a pas confirmé que ce téléphone utilise le numéro saisi.",
      next: "Revenez à l’écran où vous avez commencé pour recevoir plutôt un code par SMS.",
    },
    failed: {
      title: "Vérification inachevée",
      said: "La vérification n’a pas pu aboutir\u202f: votre numéro n’a pas été vérifié.",
      next: "Revenez à l’écran où vous avez commencé pour réessayer ou recevoir un code par SMS.",
    },
    pending: {
      title: "C’est presque fini",
      said: "Votre opérateur a répondu. La vérification se termine.",
      next: "Vous pouvez fermer cette page et revenir à l’écran où vous avez commencé.",
    },
    unknown: {
      title: "Vérification introuvable",
      said: "Cette vérification est inconnue ou a expiré.",
      next: "Revenez à l’écran où vous avez commencé.",
    },
    unavailable: {
      title: "Vérification inachevée",
      said: "La vérification n’a pas pu aboutir pour le moment.",
      next: "Revenez à l’écran où vous avez commencé.",
    },
  },
};

const languages = new Set(Object.keys(texts));

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);

/**
 * The page the phone lands on after the operator, in the phone's language (`Accept-Language`, English
 * otherwise), under the site's name, so that the user knows whose check it was and what happened.
 */
export function callbackPage(options: {
  readonly acceptLanguage: string | undefined;
  readonly outcome: CallbackOutcome;
  /** The site's name (`siteName`, `SITE_NAME`), shown above the outcome and in the tab's title. */
  readonly siteName: string;
}): string {
  const lang = (matchLanguage(preferredLanguages(undefined, options.acceptLanguage), languages) ??
    "en") as keyof typeof texts;
  const t = texts[lang];
  const { title, said, next } = t[options.outcome];
  const site = escapeHtml(options.siteName);
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="robots" content="noindex">
<title>${title} · ${site}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;padding:2rem 1.25rem;color:#1a1a1a;background:#fff}
main{max-width:32rem;margin:auto}header{border-bottom:1px solid #767676;padding-bottom:.75rem;margin-bottom:1.5rem}
header p{margin:0}.site{font-weight:700;font-size:1.25rem}.tagline{color:#555}h1{font-size:1.5rem;margin:0 0 1rem}
p{margin:0 0 1rem}@media (prefers-color-scheme:dark){body{color:#f2f2f2;background:#161616}.tagline{color:#bbb}}</style>
</head>
<body><main data-outcome="${options.outcome}">
<header><p class="site">${site}</p><p class="tagline">${t.tagline}</p></header>
<h1>${title}</h1><p role="status">${said}</p><p>${next}</p>
</main></body>
</html>`;
}
