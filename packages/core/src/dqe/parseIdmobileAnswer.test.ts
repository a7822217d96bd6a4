import { describe, expect, test } from "vitest";
import examples from "../../../../fixtures/dqe-examples.json" with { type: "json" };
import { parseIdmobileAnswer } from "./parseIdmobileAnswer.js";

describe("parseIdmobileAnswer", () => {
  test("reads DQE's documented URL answer", () => {
    expect(parseIdmobileAnswer(examples.idmobile_numverify_url_success)).toEqual({
      ok: true,
      value: { operator: "SFR", url: "https://operator.example/api/authorize?session=abc" },
    });
  });

  test.each(Object.keys(examples.idmobile_numverify_error_ids))("error_id %s is a typed error", (id) => {
    const outcome = parseIdmobileAnswer({ status: "error", error_id: id, error_type: "x" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ endpoint: "idmobile", dqeCode: id });
    expect(outcome.error.code).not.toBe("dqe_unknown_error");
  });

  test.each([
    ["09", "number_ineligible", true],
    ["15", "operator_unsupported", true],
    ["16", "operator_unreachable", true],
    ["02", "licence_invalid", false],
  ])("error %s is %s and says whether SMS is the way on (%s)", (id, code, fallbackToSms) => {
    const outcome = parseIdmobileAnswer({ status: "error", error_id: id, error_type: "x" });
    expect(outcome.ok === false && outcome.error).toMatchObject({ code, fallbackToSms });
  });

  test("a numeric error_id is ill-typed: 9 would lose the difference with 09", () => {
    const outcome = parseIdmobileAnswer({ status: "error", error_id: 9 });
    expect(outcome.ok === false && outcome.error.code).toBe("dqe_bad_answer");
  });

  test("a url that is not http(s) is a bad answer", () => {
    const outcome = parseIdmobileAnswer({ status: "success", operator: "SFR", url: "javascript:alert(1)" });
    expect(outcome.ok === false && outcome.error.code).toBe("dqe_bad_answer");
  });
});
