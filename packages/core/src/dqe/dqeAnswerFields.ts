import { z } from "zod";
import type { ErrorCode } from "../errors/errorCatalogue.js";
import { failure, type Outcome, success } from "../errors/Outcome.js";
import { type DqeEndpoint, VerifyError } from "../errors/VerifyError.js";
import { errorCodeForDqe } from "./dqeErrorCodes.js";

// Pieces shared by the answer parsers. DQE is loose with types (numbers as strings), so each field
// accepts the documented type and its obvious string twin, and nothing else.

/** A consent flag: DQE sends 0/1; "0"/"1" and booleans are read the same. */
const consentFlag = z
  .union([z.literal(0), z.literal(1), z.literal("0"), z.literal("1"), z.boolean()])
  .transform((value) => value === 1 || value === "1" || value === true);

/** `channels` as four booleans. */
export const channelsField = z.object({
  phone: consentFlag,
  post: consentFlag,
  sms: consentFlag,
  email: consentFlag,
});

/** A whole number sent as a string (`"3"`, `"300"`) or a number; kept raw beside its value. */
export const countField = z
  .union([z.string().regex(/^\d+$/), z.number().int().nonnegative()])
  .transform(String);

export const nonEmptyString = z.string().min(1);

/** An answer must be a JSON object to be read at all. */
export const answerObject = z.record(z.string(), z.unknown());

/** The `errors` object: DQE codes as keys ("00" means none). */
export const errorsField = z.record(z.string(), z.unknown());

export function badAnswer<T>(
  endpoint: DqeEndpoint,
  detail: string,
  code: ErrorCode = "dqe_bad_answer",
): Outcome<T> {
  return failure(new VerifyError(code, { endpoint, detail }));
}

/** A DQE-level error for a documented (or unknown) code of an endpoint. */
export function dqeFailure<T>(endpoint: DqeEndpoint, dqeCode: string): Outcome<T> {
  return failure(new VerifyError(errorCodeForDqe(endpoint, dqeCode), { endpoint, dqeCode }));
}

/** The first error code other than "00" in an `errors` object, if the answer reports one. */
export function reportedErrorCode(answer: Record<string, unknown>): string | undefined {
  const errors = errorsField.safeParse(answer.errors);
  if (!errors.success) return undefined;
  return Object.keys(errors.data).find((code) => code !== "00");
}

/**
 * Reads an answer with a schema, or says which fields were missing or ill-typed.
 * The detail names fields only, never values: they may hold tokens.
 */
export function readFields<S extends z.ZodType>(
  schema: S,
  answer: unknown,
  endpoint: DqeEndpoint,
): Outcome<z.output<S>> {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return success(parsed.data);
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "(answer)"))];
  return badAnswer(endpoint, `missing or ill-typed: ${fields.join(", ")}`);
}

/** `error_id` must be DQE's two-character string: a number would lose "01" vs "1". */
export const errorIdFields = z.object({ status: z.literal("error"), error_id: nonEmptyString });

/** A status the endpoint does not document, or none at all. */
export function unknownStatus<T>(endpoint: DqeEndpoint, status: unknown): Outcome<T> {
  if (typeof status !== "string") return badAnswer(endpoint, "missing or ill-typed: status");
  return badAnswer(endpoint, `status ${JSON.stringify(status.slice(0, 20))}`, "dqe_unknown_status");
}

/** The answer as an object, or a typed error for JSON that is not one (array, string, null). */
export function readObject(answer: unknown, endpoint: DqeEndpoint): Outcome<Record<string, unknown>> {
  const parsed = answerObject.safeParse(answer);
  return parsed.success ? success(parsed.data) : badAnswer(endpoint, "answer is not a JSON object");
}
