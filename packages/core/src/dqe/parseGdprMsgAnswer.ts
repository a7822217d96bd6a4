import { z } from "zod";
import type { ConsentChannels } from "../consent/ConsentChannels.js";
import type { ErrorCode } from "../errors/errorCatalogue.js";
import { type Outcome, success } from "../errors/Outcome.js";
import {
  channelsField,
  countField,
  dqeFailure,
  errorsField,
  nonEmptyString,
  readFields,
  readObject,
  reportedErrorCode,
  unknownStatus,
} from "./dqeAnswerFields.js";

/** GDPR_MSG statuses by what they mean for the user. */
export type SmsSentStatus = "PENDING" | "DELIVERED";
export type SmsNotDeliveredStatus = "UNDELIVERABLE" | "REJECTED" | "EXPIRED";

/** The SMS is on its way or arrived: the user can type the PIN. */
export interface SmsSent {
  readonly kind: "sent";
  readonly status: SmsSentStatus;
  /** Identifies this PIN for GDPR_VERIF. A secret: never send it to a browser. */
  readonly smsToken: string;
  /** PIN lifetime in minutes, as DQE sent it (`"3"`). */
  readonly timeout: string;
  /** The same, as a number of minutes. */
  readonly timeoutMinutes: number;
  readonly companyName: string;
  readonly country: string;
  readonly to: string;
  readonly channels: ConsentChannels;
  /** DQE's date and time, kept raw: it has no zone. */
  readonly dateTime: string;
}

/** DQE answered, but the SMS will not reach the user. A typed outcome, not a success. */
export interface SmsNotDelivered {
  readonly kind: "not_delivered";
  readonly status: SmsNotDeliveredStatus;
  /** The kit's code for this outcome, for messages. */
  readonly reason: ErrorCode;
  readonly to: string | undefined;
  readonly smsToken: string | undefined;
  readonly dateTime: string | undefined;
}

export type GdprMsgAnswer = SmsSent | SmsNotDelivered;

const sentFields = z.object({
  status: z.enum(["PENDING", "DELIVERED"]),
  smsToken: nonEmptyString,
  timeout: countField,
  companyName: z.string(),
  country: z.string(),
  to: nonEmptyString,
  channels: channelsField,
  dateTime: nonEmptyString,
  errors: errorsField,
});

const notDeliveredFields = z.object({
  status: z.enum(["UNDELIVERABLE", "REJECTED", "EXPIRED"]),
  to: z.string().optional(),
  smsToken: z.string().optional(),
  dateTime: z.string().optional(),
});

const reasons: Record<SmsNotDeliveredStatus, ErrorCode> = {
  UNDELIVERABLE: "sms_undeliverable",
  REJECTED: "sms_rejected",
  EXPIRED: "sms_expired",
};

/** Reads a GDPR_MSG answer (already JSON-decoded). Never throws. */
export function parseGdprMsgAnswer(answer: unknown): Outcome<GdprMsgAnswer> {
  const endpoint = "gdprMsg";
  const object = readObject(answer, endpoint);
  if (!object.ok) return object;
  const errorCode = reportedErrorCode(object.value);
  if (errorCode !== undefined) return dqeFailure(endpoint, errorCode);

  const status = object.value.status;
  if (status === "PENDING" || status === "DELIVERED") {
    const fields = readFields(sentFields, object.value, endpoint);
    if (!fields.ok) return fields;
    const { status, smsToken, timeout, companyName, country, to, channels, dateTime } = fields.value;
    const timeoutMinutes = Number(timeout);
    return success({
      kind: "sent",
      status,
      smsToken,
      timeout,
      timeoutMinutes,
      companyName,
      country,
      to,
      channels,
      dateTime,
    });
  }
  if (status === "UNDELIVERABLE" || status === "REJECTED" || status === "EXPIRED") {
    const fields = readFields(notDeliveredFields, object.value, endpoint);
    if (!fields.ok) return fields;
    const { to, smsToken, dateTime } = fields.value;
    return success({ kind: "not_delivered", status, reason: reasons[status], to, smsToken, dateTime });
  }
  return unknownStatus(endpoint, status);
}
