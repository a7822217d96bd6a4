import { z } from "zod";
import { type Outcome, success } from "../errors/Outcome.js";
import { dqeFailure, errorIdFields, readFields, readObject, unknownStatus } from "./dqeAnswerFields.js";

/**
 * Where a number check stands. `verified`: the operator confirmed the user holds the number;
 * `not_verified`: the operator answered that it is not this number; `pending`: ask again later.
 * DQE's final errors (declined, not the same number...) are typed errors instead.
 */
export type NumberCheckResult = { readonly kind: "verified" | "not_verified" } | { readonly kind: "pending" };

const answeredFields = z.object({
  status: z.literal("success"),
  scope: z.literal("numVerify"),
  numVerify: z.boolean(),
});

const pendingFields = z.object({ status: z.literal("pending"), scope: z.literal("numVerify") });

/** Reads a numVerify retrieval answer. Never throws. */
export function parseRetrievalAnswer(answer: unknown): Outcome<NumberCheckResult> {
  const endpoint = "retrieval";
  const object = readObject(answer, endpoint);
  if (!object.ok) return object;
  switch (object.value.status) {
    case "success": {
      const fields = readFields(answeredFields, object.value, endpoint);
      if (!fields.ok) return fields;
      return success({ kind: fields.value.numVerify ? "verified" : "not_verified" });
    }
    case "pending": {
      const fields = readFields(pendingFields, object.value, endpoint);
      return fields.ok ? success({ kind: "pending" }) : fields;
    }
    case "error": {
      const fields = readFields(errorIdFields, object.value, endpoint);
      return fields.ok ? dqeFailure(endpoint, fields.value.error_id) : fields;
    }
    default:
      return unknownStatus(endpoint, object.value.status);
  }
}
