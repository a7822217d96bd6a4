// DQE's labels for each code, as its API pages print them. The sandbox answers with these texts; the kit
// shows users its own message per code, never these.

/** GDPR_MSG codes, keys of its `errors` object. */
export const gdprMsgErrorTexts = {
  "00": "No errors",
  "01": "Missing parameters",
  "02": "Service not authorized for this licence",
  "03": "Invalid phone number",
  "04": "Invalid country code",
  "05": "Invalid duration",
  "06": "Country not found",
  "07": "Invalid company name",
  "08": "Internal API error",
  "09": "No delivery status received",
  "10": "Invalid consent values",
  "11": "At least one communication channel must be enabled",
  // The sandbox's own (inferred: DQE documents no code for a Custom_sms too long or with special characters).
  "12": "Invalid custom SMS text",
} as const;

/** GDPR_VERIF codes, keys of its `errors` object. */
export const gdprVerifErrorTexts = {
  "00": "No errors",
  "01": "Missing parameters",
  "02": "PIN must contain 6 digits",
  "03": "PIN expired",
  "04": "PIN invalid for this token or phone number",
  "05": "Invalid token",
} as const;

/** IDMOBILE (numVerify URL response) `error_id`s. */
export const idmobileErrorTexts = {
  "01": "invalid request",
  "02": "invalid licence key",
  "04": "invalid scope",
  "05": "missing or empty parameter",
  "06": "user_infos is not JSON",
  "07": "missing phone key in user_infos",
  "09": "ineligible phone number",
  "10": "phone number does not exist",
  "11": "phone number empty",
  "12": "phone check failed",
  "13": "operator not found",
  "14": "operator not authorised for this licence",
  "15": "operator not supported yet",
  "16": "operator unreachable",
  "17": "scope not supported by operator",
  "30": "invalid or expired token",
} as const;

/** numVerify retrieval `error_id`s. */
export const retrievalErrorTexts = {
  "01": "invalid request",
  "02": "invalid licence key",
  "04": "invalid scope",
  "18": "failed to retrieve data from operator",
  "20": "not the same phone number (OTP validation not completed)",
  "21": "access denied (OTP validation declined)",
  "30": "invalid or expired token",
  "99": "internal server error",
} as const;

export type GdprMsgCode = keyof typeof gdprMsgErrorTexts;
export type GdprVerifCode = keyof typeof gdprVerifErrorTexts;
export type IdmobileErrorId = keyof typeof idmobileErrorTexts;
export type RetrievalErrorId = keyof typeof retrievalErrorTexts;

/** The `errors` object of a GDPR answer: `{"03": "03 - Invalid phone number"}`. */
export function gdprErrors<Code extends string>(
  texts: Readonly<Record<Code, string>>,
  code: Code,
): Record<string, string> {
  return { [code]: `${code} - ${texts[code]}` };
}
