const encoder = new TextEncoder();

/**
 * Hashes client addresses for log lines (HMAC-SHA256, 16 hex digits): a line can be tied to the other lines of
 * the same client without keeping the address. Give every replica the same `key` to tie lines across them;
 * without one, a random key of this process.
 */
export function createAddressHasher(key?: string): (address: string) => Promise<string> {
  const secret = key ?? crypto.getRandomValues(new Uint8Array(32)).join(",");
  const hmacKey = crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  // The same clients come back: remember a bounded number of hashes.
  const known = new Map<string, string>();
  return async (address) => {
    const cached = known.get(address);
    if (cached !== undefined) return cached;
    const signature = new Uint8Array(
      await crypto.subtle.sign("HMAC", await hmacKey, encoder.encode(address)),
    );
    const hash = Array.from(signature.subarray(0, 8), (byte) => byte.toString(16).padStart(2, "0")).join("");
    if (known.size >= 1000) known.clear();
    known.set(address, hash);
    return hash;
  };
}
