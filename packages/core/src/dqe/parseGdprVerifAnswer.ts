import { z } from "zod";
import type { ConsentChannels } from "../consent/ConsentChannels.js";
import { type Outcome, success } from "../errors/Outcome.js";
import {
  channelsField,
  dqeFailure,
  errorsField,
  nonEmptyString,
  readFields,
  readObject,
  reportedErrorCode,
  unknownStatus,
} from "./dqeAnswerFields.js";

/** GDPR_VERIF said OK: the PIN was right. */
export interface PinVerified {
  readonly kind: "verified";
  readonly phone: string;
  /** DQE's date and time, kept raw: it has no zone. */
  readonly dateTime: string;
  /** The consent recorded with the PIN's GDPR_MSG. */
  readonly channels: ConsentChannels;
}

export type GdprVerifAnswer = PinVerified;

const verifiedFields = z.object({
  status: z.literal("OK"),
  phone: nonEmptyString,
  dateTime: nonEmptyString,
  channels: channelsField,
  errors: errorsField,
});

/** Reads a GDPR_VERIF answer (already JSON-decoded). A KO is a typed error. Never throws. */
export function parseGdprVerifAnswer(answer: unknown): Outcome<GdprVerifAnswer> {
  const endpoint = "gdprVerif";
  const object = readObject(answer, endpoint);
  if (!object.ok) return object;
  const errorCode = reportedErrorCode(object.value);
  if (errorCode !== undefined) return dqeFailure(endpoint, errorCode);

  const status = object.value.status;
  if (status === "OK") {
    const fields = readFields(verifiedFields, object.value, endpoint);
    if (!fields.ok) return fields;
    const { phone, dateTime, channels } = fields.value;
    return success({ kind: "verified", phone, dateTime, channels });
  }
  // A KO without an error code can only mean the PIN did not match.
  if (status === "KO") return dqeFailure(endpoint, "04");
  return unknownStatus(endpoint, status);
}
