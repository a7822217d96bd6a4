import { failure, type Outcome, parsePhone, success, VerifyError } from "@verify-kit/core";
import { verify } from "hono/jwt";
import {
  proofAlgorithm,
  proofIssuer,
  proofSecretProblems,
  type VerificationProof,
} from "./verificationProof.js";

export interface ReadVerificationProofOptions {
  /** The adapter's proof secret (`VERIFY_PROOF_SECRET`), at least 32 characters. */
  readonly secret: string;
  /**
   * The number the form posted: the proof must be for it (`proof_wrong_number` otherwise). E.164, as the
   * kit's form value is, or any international format (`+33 6 12 34 56 78`); without it, check `value.phone`
   * yourself.
   */
  readonly phone?: string | undefined;
  /** @default Date.now */
  readonly now?: () => number;
}

const refused = (code: "proof_missing" | "proof_invalid" | "proof_expired" | "proof_wrong_number") =>
  failure<VerificationProof>(new VerifyError(code));

const e164 = (phone: string) => {
  const parsed = parsePhone(phone);
  return parsed.ok ? parsed.value.e164 : phone.trim();
};

/**
 * Checks, on the host's backend, the proof a form posted beside a verified number (`<name>_proof`): that
 * the backend adapter signed it with this secret, that it has not expired, and (with `phone`) that it is
 * for the posted number. Never throws on what a client posts (nothing, junk, a truncated or re-signed token,
 * `alg: none`): `proof_missing`, `proof_invalid`, `proof_expired` or `proof_wrong_number`. A proof stays
 * valid until it expires: to accept each verification once, keep the `id`s you accepted until `expiresAt`.
 * Throws only for a secret shorter than 32 characters, a set-up mistake.
 */
export async function readVerificationProof(
  token: unknown,
  options: ReadVerificationProofOptions,
): Promise<Outcome<VerificationProof>> {
  const problems = proofSecretProblems(options.secret, "readVerificationProof: secret");
  if (problems.length > 0) throw new TypeError(problems.join("; "));
  if (typeof token !== "string" || token.trim() === "") return refused("proof_missing");
  // The signature and the issuer first; the lifetime is checked below, against the injectable clock.
  let claims: Record<string, unknown>;
  try {
    claims = await verify(token.trim(), options.secret, {
      alg: proofAlgorithm,
      iss: proofIssuer,
      exp: false,
      nbf: false,
      iat: false,
    });
  } catch {
    return refused("proof_invalid");
  }
  const { sub, jti, exp, method, verifiedAt } = claims;
  if (
    typeof sub !== "string" ||
    typeof jti !== "string" ||
    typeof exp !== "number" ||
    !Number.isFinite(exp) ||
    (method !== "sms" && method !== "operator") ||
    typeof verifiedAt !== "string"
  ) {
    return refused("proof_invalid");
  }
  const nowS = Math.floor((options.now ?? Date.now)() / 1000);
  if (exp <= nowS) return refused("proof_expired");
  if (options.phone !== undefined && e164(options.phone) !== sub) return refused("proof_wrong_number");
  return success({ phone: sub, method, verifiedAt, id: jti, expiresAt: new Date(exp * 1000).toISOString() });
}
