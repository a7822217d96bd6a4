import { createVerifyApiClient, parsePhone, type VerifyApiClient } from "@verify-kit/core";
import { errorMessage } from "@verify-kit/core/messages";
import { errorWithWaitText } from "@verify-kit/core/texts";
import { fr } from "@verify-kit/core/texts/fr";

/** A number typed in France: checked in the browser, then texted a code by the backend adapter at /api. */
export async function sendCode(
  typed: string,
  api: VerifyApiClient = createVerifyApiClient({ baseUrl: "/api" }),
) {
  const phone = parsePhone(typed, { defaultCountry: "FR" });
  if (!phone.ok) return errorMessage(phone.error.code, "fr");
  const sent = await api.sendPin({
    phone: phone.value.e164,
    consent: { phone: false, post: false, sms: true, email: true },
  });
  // A limit says when it lifts: "… Vous pourrez réessayer dans 10 minutes."
  if (!sent.ok) return errorWithWaitText(sent.error, fr.messages.phoneVerificationRetryWhen, fr);
  return `Code envoyé au ${sent.value.to}, valable ${sent.value.expiresInS} s.`;
}
