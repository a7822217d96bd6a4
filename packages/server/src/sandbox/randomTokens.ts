// Web Crypto only, so the handler also runs in a browser.
const base64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** `length` random characters of the base64url alphabet (safe in a query string). */
export function randomBase64Url(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 256 is a multiple of 64, so masking keeps every character equally likely.
  return Array.from(bytes, (byte) => base64url[byte & 63]).join("");
}

/** A GDPR_MSG `smsToken`, 22 characters like DQE's `"C6hfYZIER3CVoGVYwTiZLg"`. */
export function randomSmsToken(): string {
  return randomBase64Url(22);
}

/** A random 6-digit PIN, leading zeros kept. */
export function randomPin(): string {
  const limit = 4_294_000_000; // the largest multiple of 10^6 below 2^32: no modulo bias
  const word = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(word);
    const value = word[0] ?? limit;
    if (value < limit) return String(value % 1_000_000).padStart(6, "0");
  }
}
