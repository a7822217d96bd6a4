import { sign } from "hono/jwt";
import {
  defaultProofTtlS,
  proofAlgorithm,
  proofIssuer,
  type VerificationMethod,
  type VerificationProofClaims,
} from "./verificationProof.js";

/** The `proof` option of `createVerifyApi`: answers of a successful verification carry a signed proof. */
export interface ProofSettings {
  /**
   * The HS256 key, at least 32 characters (`VERIFY_PROOF_SECRET`). Every replica and the backend that reads
   * the proofs (`readVerificationProof`) use the same one. Never logged.
   */
  readonly secret: string;
  /** How long a proof is accepted after the verification, in seconds. @default 600 */
  readonly ttlS?: number | undefined;
}

/** What a successful verification hands the issuer. */
export interface ProofSubject {
  readonly phone: string;
  readonly method: VerificationMethod;
  /** Epoch ms. */
  readonly verifiedAt: number;
  readonly id: string;
}

/**
 * Signs proofs. A proof's times follow the verification, not the request: the same verification polled
 * twice gets the same token, and polling again never extends its life.
 */
export function createProofIssuer(settings: ProofSettings) {
  const ttlS = settings.ttlS ?? defaultProofTtlS;
  return (subject: ProofSubject): Promise<string> => {
    const iat = Math.floor(subject.verifiedAt / 1000);
    const claims: VerificationProofClaims = {
      iss: proofIssuer,
      sub: subject.phone,
      jti: subject.id,
      iat,
      exp: iat + ttlS,
      method: subject.method,
      verifiedAt: new Date(subject.verifiedAt).toISOString(),
    };
    return sign(claims, settings.secret, proofAlgorithm);
  };
}

export type ProofIssuer = ReturnType<typeof createProofIssuer>;
