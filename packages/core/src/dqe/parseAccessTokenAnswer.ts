import { z } from "zod";
import { type Outcome, success } from "../errors/Outcome.js";
import { badAnswer, countField, nonEmptyString, readFields, readObject } from "./dqeAnswerFields.js";

/** An IDMobile access token. A secret: never send it to a browser. */
export interface AccessToken {
  readonly accessToken: string;
  readonly tokenType: string;
  /** Lifetime in seconds. */
  readonly expiresInS: number;
  readonly refreshToken: string | undefined;
}

const tokenFields = z.object({
  access_token: nonEmptyString,
  token_type: z.string(),
  expires_in: countField,
  refresh_token: z.string().optional(),
});

/**
 * Reads an ACCESS_TOKEN answer. DQE refuses with HTTP 400 ("Invalid Request" for a missing parameter,
 * "Invalid Client" for a wrong licence or secret), so the status comes in too. Never throws.
 */
export function parseAccessTokenAnswer(answer: unknown, httpStatus = 200): Outcome<AccessToken> {
  const endpoint = "accessToken";
  if (httpStatus === 400 || httpStatus === 401) {
    const reason = JSON.stringify(answer ?? "").toLowerCase();
    const code = reason.includes("client") || httpStatus === 401 ? "licence_invalid" : "request_invalid";
    return badAnswer(endpoint, `HTTP ${httpStatus}`, code);
  }
  const object = readObject(answer, endpoint);
  if (!object.ok) return object;
  const fields = readFields(tokenFields, object.value, endpoint);
  if (!fields.ok) return fields;
  return success({
    accessToken: fields.value.access_token,
    tokenType: fields.value.token_type,
    expiresInS: Number(fields.value.expires_in),
    refreshToken: fields.value.refresh_token,
  });
}
