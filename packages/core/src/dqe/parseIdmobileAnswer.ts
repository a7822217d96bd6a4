import { z } from "zod";
import { type Outcome, success } from "../errors/Outcome.js";
import {
  dqeFailure,
  errorIdFields,
  nonEmptyString,
  readFields,
  readObject,
  unknownStatus,
} from "./dqeAnswerFields.js";

/** IDMOBILE started a number check: the user opens `url` on the phone, over mobile data. */
export interface NumberCheckStarted {
  readonly operator: string;
  /** The operator's page to open on the phone. */
  readonly url: string;
}

const startedFields = z.object({
  status: z.literal("success"),
  operator: nonEmptyString,
  url: z.url({ protocol: /^https?$/ }),
});

/** Reads an IDMOBILE (scope numVerify) answer. Never throws. */
export function parseIdmobileAnswer(answer: unknown): Outcome<NumberCheckStarted> {
  const endpoint = "idmobile";
  const object = readObject(answer, endpoint);
  if (!object.ok) return object;
  const status = object.value.status;
  if (status === "success") {
    const fields = readFields(startedFields, object.value, endpoint);
    if (!fields.ok) return fields;
    return success({ operator: fields.value.operator, url: fields.value.url });
  }
  if (status === "error") {
    const fields = readFields(errorIdFields, object.value, endpoint);
    return fields.ok ? dqeFailure(endpoint, fields.value.error_id) : fields;
  }
  return unknownStatus(endpoint, status);
}
