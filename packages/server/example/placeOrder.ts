import { readVerificationProof } from "@verify-kit/server";

// The adapter's secret: createVerifyApi({ ..., proof: { secret } }), or VERIFY_PROOF_SECRET for the Node entry.
// Missing, the shop refuses to start rather than fail every order.
const secret = process.env.VERIFY_PROOF_SECRET ?? "";
if (secret === "") throw new Error("VERIFY_PROOF_SECRET is not set: orders cannot be checked");
// Proofs already used, until they expire: one verification, one order (with replicas: in your database).
const used = new Map<string, number>();

/** The shop's order route, behind a page whose form holds <verify-phone name="phone"> or the components. */
export async function placeOrder(request: Request): Promise<Response> {
  const form = await request.formData();
  const phone = String(form.get("phone") ?? "");
  const proof = await readVerificationProof(form.get("phone_proof"), { secret, phone });
  // proof_missing, proof_invalid, proof_expired or proof_wrong_number: the number was not verified here.
  if (!proof.ok) return Response.json({ error: proof.error.code }, { status: 400 });
  if (used.has(proof.value.id)) return Response.json({ error: "proof_used" }, { status: 409 });
  used.set(proof.value.id, Date.parse(proof.value.expiresAt));
  return Response.json({ phone: proof.value.phone, method: proof.value.method });
}
