import type { ErrorCode } from "../errors/errorCatalogue.js";
import type { DqeEndpoint } from "../errors/VerifyError.js";

/**
 * DQE's documented error codes per endpoint, mapped to the kit's stable codes.
 * Keys are DQE's two-character strings: "01" is listed, "1" is not and stays unknown.
 */
export const dqeErrorCodes = {
  gdprMsg: {
    "01": "missing_parameters",
    "02": "service_not_authorised",
    "03": "phone_invalid",
    "04": "country_invalid",
    "05": "duration_invalid",
    "06": "country_not_found",
    "07": "company_invalid",
    "08": "dqe_internal_error",
    "09": "delivery_status_missing",
    "10": "consent_invalid",
    "11": "consent_required_by_dqe",
  },
  gdprVerif: {
    "01": "missing_parameters",
    "02": "pin_malformed",
    "03": "pin_expired",
    "04": "pin_invalid",
    "05": "sms_token_invalid",
  },
  // ACCESS_TOKEN answers HTTP 400 with a reason rather than a code; see dqe/parseAccessToken.ts.
  accessToken: {},
  idmobile: {
    "01": "request_invalid",
    "02": "licence_invalid",
    "04": "scope_invalid",
    "05": "missing_parameters",
    "06": "user_infos_invalid",
    "07": "user_infos_invalid",
    "09": "number_ineligible",
    "10": "number_unknown",
    "11": "phone_empty",
    "12": "number_check_failed",
    "13": "operator_not_found",
    "14": "operator_not_authorised",
    "15": "operator_unsupported",
    "16": "operator_unreachable",
    "17": "operator_scope_unsupported",
    "30": "access_token_invalid",
  },
  retrieval: {
    "01": "request_invalid",
    "02": "licence_invalid",
    "04": "scope_invalid",
    "18": "operator_no_data",
    "20": "number_mismatch",
    "21": "check_declined",
    "30": "check_expired",
    "99": "dqe_internal_error",
  },
} as const satisfies Record<DqeEndpoint, Readonly<Record<string, ErrorCode>>>;

/**
 * Codes DQE does not document, as the kit's sandbox answers them (**inferred**, docs/dqe-protocol-choices.md):
 * GDPR_MSG refusing a `Custom_sms` longer than 125 characters or with special characters. Kept apart from
 * DQE's own tables, so that a real DQE account showing otherwise changes one line.
 */
export const inferredDqeErrorCodes: Readonly<
  Partial<Record<DqeEndpoint, Readonly<Record<string, ErrorCode>>>>
> = {
  gdprMsg: { "12": "sms_text_invalid" },
};

/** The kit's code for a DQE code of an endpoint; `dqe_unknown_error` for one the kit does not know. */
export function errorCodeForDqe(endpoint: DqeEndpoint, dqeCode: string): ErrorCode {
  const tables: Readonly<Record<string, ErrorCode>>[] = [
    dqeErrorCodes[endpoint],
    inferredDqeErrorCodes[endpoint] ?? {},
  ];
  for (const table of tables) if (Object.hasOwn(table, dqeCode)) return table[dqeCode] as ErrorCode;
  return "dqe_unknown_error";
}
