import { describe, expect, test } from "vitest";
import examples from "../../../../fixtures/dqe-examples.json" with { type: "json" };
import { dqeErrorCodes, errorCodeForDqe } from "../dqe/dqeErrorCodes.js";
import { type ErrorCode, errorCatalogue, isErrorCode } from "./errorCatalogue.js";
import { VerifyError } from "./VerifyError.js";

const documented = {
  gdprMsg: examples.gdpr_msg_error_codes,
  gdprVerif: examples.gdpr_verif_error_codes,
  idmobile: examples.idmobile_numverify_error_ids,
  retrieval: examples.numverify_retrieval_error_ids,
} as const;

describe("error catalogue", () => {
  test.each(
    Object.entries(documented).flatMap(([endpoint, codes]) =>
      Object.keys(codes)
        .filter((code) => code !== "00")
        .map((code) => [endpoint as keyof typeof documented, code] as const),
    ),
  )("%s code %s maps to a catalogue entry", (endpoint, code) => {
    const mapped = errorCodeForDqe(endpoint, code);
    expect(mapped).not.toBe("dqe_unknown_error");
    expect(isErrorCode(mapped)).toBe(true);
  });

  test("the tables map no code DQE does not document", () => {
    for (const [endpoint, codes] of Object.entries(documented)) {
      const mapped = Object.keys(dqeErrorCodes[endpoint as keyof typeof documented]);
      expect(mapped.every((code) => code in codes)).toBe(true);
    }
  });

  test("the sandbox's own code for a refused SMS text (inferred) reads as sms_text_invalid, apart from DQE's", () => {
    expect(errorCodeForDqe("gdprMsg", "12")).toBe("sms_text_invalid");
    expect("12" in documented.gdprMsg).toBe(false);
    expect(errorCodeForDqe("gdprVerif", "12")).toBe("dqe_unknown_error");
  });

  test("error ids are strings of two characters: '1' is not '01'", () => {
    expect(errorCodeForDqe("idmobile", "01")).toBe("request_invalid");
    expect(errorCodeForDqe("idmobile", "1")).toBe("dqe_unknown_error");
    expect(errorCodeForDqe("retrieval", "constructor")).toBe("dqe_unknown_error");
  });

  test("the same DQE code means different things per endpoint", () => {
    expect(errorCodeForDqe("idmobile", "30")).toBe("access_token_invalid");
    expect(errorCodeForDqe("retrieval", "30")).toBe("check_expired");
    expect(errorCodeForDqe("gdprMsg", "02")).toBe("service_not_authorised");
    expect(errorCodeForDqe("gdprVerif", "02")).toBe("pin_malformed");
  });

  test("the number check says where an SMS PIN is the way on", () => {
    const fallback = Object.entries(errorCatalogue)
      .filter(([, info]) => info.fallbackToSms)
      .map(([code]) => code);
    for (const code of [
      "number_ineligible",
      "operator_unsupported",
      "operator_unreachable",
      "check_declined",
    ]) {
      expect(fallback).toContain(code);
    }
    expect(fallback).not.toContain("pin_invalid");
  });

  const flagged = (flag: "transient" | "aboutNumber") =>
    Object.entries(errorCatalogue)
      .filter(([, info]) => info[flag])
      .map(([code]) => code)
      .sort();

  test("transient: the network and the servers on the way failing, never a verdict; all retryable", () => {
    expect(flagged("transient")).toEqual([
      "dqe_empty_answer",
      "dqe_http_error",
      "dqe_internal_error",
      "dqe_not_json",
      "dqe_timeout",
      "dqe_unreachable",
      "network_error",
      "server_error",
    ]);
    for (const code of flagged("transient")) expect(errorCatalogue[code as ErrorCode].retryable).toBe(true);
  });

  test("aboutNumber: the errors a user fixes in the phone field", () => {
    expect(flagged("aboutNumber")).toEqual([
      "country_invalid",
      "country_not_found",
      "number_unknown",
      "phone_empty",
      "phone_invalid",
      "phone_invalid_country",
      "phone_not_mobile",
      "phone_too_long",
      "phone_too_short",
      "sms_rejected",
      "sms_undeliverable",
    ]);
  });
});

describe("VerifyError", () => {
  test("carries the catalogue's flags and its code as message, and serialises without its cause", () => {
    const error = new VerifyError("operator_unreachable", {
      endpoint: "idmobile",
      dqeCode: "16",
      cause: new Error("socket"),
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("operator_unreachable");
    expect(error.toJSON()).toEqual({
      code: "operator_unreachable",
      retryable: true,
      fallbackToSms: true,
      endpoint: "idmobile",
      dqeCode: "16",
    });
  });
});
