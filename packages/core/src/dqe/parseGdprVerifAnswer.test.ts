import { describe, expect, test } from "vitest";
import examples from "../../../../fixtures/dqe-examples.json" with { type: "json" };
import { parseGdprVerifAnswer } from "./parseGdprVerifAnswer.js";

const ok = examples.gdpr_verif_success;

describe("parseGdprVerifAnswer", () => {
  test("reads DQE's documented example (the seed's answer, verbatim)", () => {
    expect(parseGdprVerifAnswer(ok)).toEqual({
      ok: true,
      value: {
        kind: "verified",
        phone: "33631525429",
        dateTime: "2019-07-29 11:34:48.998397",
        channels: { phone: false, post: false, sms: true, email: true },
      },
    });
  });

  test.each([
    ["01", "missing_parameters", false],
    ["02", "pin_malformed", true],
    ["03", "pin_expired", false],
    ["04", "pin_invalid", true],
    ["05", "sms_token_invalid", false],
  ])("KO with error %s is %s (retryable %s)", (dqeCode, code, retryable) => {
    const outcome = parseGdprVerifAnswer({ ...ok, status: "KO", errors: { [dqeCode]: `${dqeCode} - x` } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ code, dqeCode, retryable, endpoint: "gdprVerif" });
  });

  test("KO without an error code reads as a wrong PIN", () => {
    const outcome = parseGdprVerifAnswer({ status: "KO", errors: { "00": "00 - No errors" } });
    expect(outcome.ok === false && outcome.error.code).toBe("pin_invalid");
  });

  test("an error code wins over an OK status", () => {
    const outcome = parseGdprVerifAnswer({ ...ok, errors: { "03": "03 - PIN expired" } });
    expect(outcome.ok === false && outcome.error.code).toBe("pin_expired");
  });
});
