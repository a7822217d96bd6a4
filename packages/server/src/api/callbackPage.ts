/** The page the phone lands on after the operator: the user goes back to the first screen. */
const texts = {
  en: {
    title: "Check complete",
    done: "Your number has been checked.",
    ended: "The check is over, but it did not confirm your number.",
    pending: "Your operator has answered. The check is finishing.",
    back: "You can close this page and go back to the screen where you started.",
    unknown: "This check is unknown or has expired. Go back to the screen where you started.",
    unavailable: "The check could not be completed right now. Go back to the screen where you started.",
  },
  fr: {
    title: "Vérification terminée",
    done: "Votre numéro a été vérifié.",
    ended: "La vérification est terminée, mais elle n'a pas confirmé votre numéro.",
    pending: "Votre opérateur a répondu. La vérification se termine.",
    back: "Vous pouvez fermer cette page et revenir à l'écran où vous avez commencé.",
    unknown: "Cette vérification est inconnue ou a expiré. Revenez à l'écran où vous avez commencé.",
    unavailable:
      "La vérification n'a pas pu aboutir pour le moment. Revenez à l'écran où vous avez commencé.",
  },
};

export function callbackPage(
  acceptLanguage: string | undefined,
  outcome: "verified" | "ended" | "pending" | "unavailable" | undefined,
): string {
  const lang = /^\s*fr\b/i.test(acceptLanguage ?? "") ? "fr" : "en";
  const t = texts[lang];
  const found = outcome !== undefined && outcome !== "unavailable";
  const said = { verified: t.done, ended: t.ended, pending: t.pending }[found ? outcome : "verified"];
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;padding:2rem 1.25rem;color:#1a1a1a;background:#fff}
main{max-width:32rem;margin:auto}@media (prefers-color-scheme:dark){body{color:#f2f2f2;background:#161616}}</style>
</head>
<body><main><h1>${t.title}</h1><p role="status">${found ? said : outcome === "unavailable" ? t.unavailable : t.unknown}</p>${found ? `<p>${t.back}</p>` : ""}</main></body>
</html>`;
}
