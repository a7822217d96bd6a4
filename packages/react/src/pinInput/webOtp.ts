/**
 * Asks the browser for the code of an incoming SMS with the WebOTP API (`navigator.credentials.get({ otp })`,
 * Chrome on Android). Resolves with the code, or `undefined` when the API is missing, the user dismissed the
 * prompt or `signal` aborted. The SMS must end with the origin-bound line `@your.domain #123456` for the
 * browser to offer it.
 */
export async function requestWebOtp(signal: AbortSignal): Promise<string | undefined> {
  try {
    if (!("OTPCredential" in globalThis)) return;
    // The DOM typings have no `otp` member yet.
    const options = { otp: { transport: ["sms"] }, signal } as CredentialRequestOptions;
    const code = ((await navigator.credentials.get(options)) as { code?: unknown } | null)?.code;
    return typeof code === "string" && !signal.aborted ? code : undefined;
  } catch {
    // No `navigator.credentials`, a dismissed prompt, an aborted request: no code.
  }
}
