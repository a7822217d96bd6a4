import { describe, expect, test } from "vitest";
import examples from "../../../../fixtures/dqe-examples.json" with { type: "json" };
import { parseRetrievalAnswer } from "./parseRetrievalAnswer.js";

describe("parseRetrievalAnswer", () => {
  test("reads the seed's answers verbatim: success, pending and error", () => {
    expect(parseRetrievalAnswer(examples.numverify_retrieval_success)).toEqual({
      ok: true,
      value: { kind: "verified" },
    });
    expect(parseRetrievalAnswer(examples.numverify_retrieval_pending)).toEqual({
      ok: true,
      value: { kind: "pending" },
    });
    const error = parseRetrievalAnswer(examples.numverify_retrieval_error);
    expect(error.ok === false && error.error).toMatchObject({
      code: "number_mismatch",
      dqeCode: "20",
      fallbackToSms: true,
    });
  });

  test("numVerify false means the operator said it is not this number", () => {
    const outcome = parseRetrievalAnswer({ ...examples.numverify_retrieval_success, numVerify: false });
    expect(outcome).toEqual({ ok: true, value: { kind: "not_verified" } });
  });

  test.each([
    ["18", "operator_no_data"],
    ["20", "number_mismatch"],
    ["21", "check_declined"],
    ["30", "check_expired"],
    ["99", "dqe_internal_error"],
  ])("error %s is %s", (id, code) => {
    const outcome = parseRetrievalAnswer({ status: "error", error_id: id, error_type: "OTP process failed" });
    expect(outcome.ok === false && outcome.error.code).toBe(code);
  });
});
