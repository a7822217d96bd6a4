/**
 * Asks the browser for the code of an incoming SMS with the WebOTP API (`navigator.credentials?.get({ otp })`,
 * Chrome on Android), and hands it to `onCode`; returns what aborts the request. Nothing happens when the API
 * is missing, the user dismissed the prompt or the request was aborted. The SMS must end with the
 * origin-bound line `@your.domain #123456` for the browser to offer it.
 */
export function requestWebOtp(onCode: (code: string) => void): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  if ("OTPCredential" in globalThis) {
    // The DOM typings have no `otp` member yet.
    navigator.credentials?.get({ otp: { transport: ["sms"] }, signal } as CredentialRequestOptions).then(
      (credential) => {
        const code = (credential as { code?: string } | null)?.code;
        if (code && !signal.aborted) onCode(code);
      },
      () => {
        // A dismissed prompt, an aborted request: no code.
      },
    );
  }
  return () => controller.abort();
}
