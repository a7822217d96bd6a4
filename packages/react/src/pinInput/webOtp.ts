/** Whether the browser offers the WebOTP API (`navigator.credentials.get({ otp })`). */
export function hasWebOtp(): boolean {
  return (
    typeof window !== "undefined" &&
    "OTPCredential" in window &&
    typeof navigator !== "undefined" &&
    typeof navigator.credentials?.get === "function"
  );
}

/**
 * Asks the browser for the code of an incoming SMS (WebOTP). Resolves with the code, or `undefined` when
 * the API is missing, the user dismissed the prompt or `signal` aborted. The SMS must end with the
 * origin-bound line `@your.domain #123456` for the browser to offer it.
 */
export async function requestWebOtp(signal: AbortSignal): Promise<string | undefined> {
  if (!hasWebOtp()) return undefined;
  try {
    // The DOM typings have no `otp` member yet.
    const options = { otp: { transport: ["sms"] }, signal } as CredentialRequestOptions;
    const credential = (await navigator.credentials.get(options)) as { code?: unknown } | null;
    return typeof credential?.code === "string" && !signal.aborted ? credential.code : undefined;
  } catch {
    return undefined;
  }
}
