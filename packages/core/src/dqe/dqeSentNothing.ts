import type { VerifyError } from "../errors/VerifyError.js";

// Failures to connect at all: the request never left this machine.
const notConnected =
  /\((ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR_CONNECT_TIMEOUT)\)$/;

/**
 * Whether a failed DQE call certainly made DQE do nothing (send no SMS, start no check), so that what the user
 * was charged for it can be given back: the connection was refused, or DQE answered an HTML page, a 5xx or its
 * internal error 08 instead of accepting. Never after a time-out or a connection lost mid-way: the SMS may have
 * gone.
 */
export function dqeSentNothing(error: VerifyError): boolean {
  switch (error.code) {
    case "dqe_unreachable":
      return notConnected.test(error.detail ?? "");
    case "dqe_http_error":
      return (error.httpStatus ?? 0) >= 500;
    case "dqe_not_json":
      // An HTML page (a proxy's, a maintenance page) is no answer from DQE; a JSON answer cut short may be.
      return error.detail === "HTML instead of JSON";
    case "dqe_internal_error":
      return error.endpoint === "gdprMsg" && error.dqeCode === "08";
    default:
      return false;
  }
}
