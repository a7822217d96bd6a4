/** How a number was verified: a code by SMS, or the operator's check over mobile data. */
export type VerificationMethod = "sms" | "operator";

/** What a verification's proof says, once its signature and lifetime are checked. */
export interface VerificationProof {
  /** The verified number, E.164. */
  readonly phone: string;
  readonly method: VerificationMethod;
  /** When the backend adapter saw the verification succeed, ISO 8601 UTC. */
  readonly verifiedAt: string;
  /**
   * The verification's id (the SMS verification's or the operator check's), the token's `jti`: keep the ids
   * you accepted until `expiresAt` to accept each proof once.
   */
  readonly id: string;
  /** When the proof stops being accepted, ISO 8601 UTC. */
  readonly expiresAt: string;
}

/** The claims of a proof's token (a JWS, HS256): the registered ones and the kit's own two. */
export interface VerificationProofClaims {
  /** Always `"verify-kit"`: a token of another kind signed with the same secret is refused. */
  readonly iss: typeof proofIssuer;
  /** The number, E.164. */
  readonly sub: string;
  readonly jti: string;
  /** When it was verified, epoch seconds. */
  readonly iat: number;
  readonly exp: number;
  readonly method: VerificationMethod;
  readonly verifiedAt: string;
  [claim: string]: unknown;
}

export const proofIssuer = "verify-kit";
/** The one algorithm proofs are signed and read with: a token naming another (`none`) is refused. */
export const proofAlgorithm = "HS256";
/** @default 10 minutes: long enough to fill in the rest of a form, short enough to be worth little if stolen. */
export const defaultProofTtlS = 600;
export const proofTtlRangeS = { min: 10, max: 86_400 } as const;
/** HS256 wants a key as long as its hash (32 bytes); shorter ones can be guessed offline from any token. */
export const minProofSecretLength = 32;

/** What is wrong with a proof secret (none when it is fine), naming the setting `name`. */
export function proofSecretProblems(secret: unknown, name: string): string[] {
  if (typeof secret !== "string") return [`${name} must be a string`];
  if (secret.length < minProofSecretLength) {
    return [
      `${name} must be at least ${minProofSecretLength} characters (it is ${secret.length}): ` +
        "a random one, e.g. `openssl rand -base64 48`, the same on every replica and on the backend that checks proofs",
    ];
  }
  return [];
}

/** What is wrong with a proof lifetime in seconds, naming the setting `name`. */
export function proofTtlProblems(ttlS: number | undefined, name: string): string[] {
  if (ttlS === undefined) return [];
  const { min, max } = proofTtlRangeS;
  return Number.isInteger(ttlS) && ttlS >= min && ttlS <= max
    ? []
    : [`${name} must be a whole number of seconds from ${min} to ${max}, got ${ttlS}`];
}
