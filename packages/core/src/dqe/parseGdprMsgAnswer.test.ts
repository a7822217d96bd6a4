import { describe, expect, test } from "vitest";
import examples from "../../../../fixtures/dqe-examples.json" with { type: "json" };
import { parseGdprMsgAnswer } from "./parseGdprMsgAnswer.js";

const sent = examples.gdpr_msg_success;

describe("parseGdprMsgAnswer", () => {
  test("reads DQE's documented example with every field", () => {
    const outcome = parseGdprMsgAnswer(sent);
    expect(outcome).toEqual({
      ok: true,
      value: {
        kind: "sent",
        status: "DELIVERED",
        smsToken: "C6hfYZIER3CVoGVYwTiZLg",
        timeout: "3",
        timeoutMinutes: 3,
        companyName: "MYCOMPANY",
        country: "FRA",
        to: "33612345678",
        channels: { phone: false, post: false, sms: true, email: true },
        dateTime: "2019-07-29 11:32:32.876709",
      },
    });
  });

  test("PENDING is sent too", () => {
    const outcome = parseGdprMsgAnswer({ ...sent, status: "PENDING" });
    expect(outcome.ok && outcome.value.kind).toBe("sent");
  });

  test.each([
    ["UNDELIVERABLE", "sms_undeliverable"],
    ["REJECTED", "sms_rejected"],
    ["EXPIRED", "sms_expired"],
  ])("%s is a typed outcome, not a success", (status, reason) => {
    const outcome = parseGdprMsgAnswer({ ...sent, status });
    expect(outcome).toEqual({
      ok: true,
      value: {
        kind: "not_delivered",
        status,
        reason,
        to: sent.to,
        smsToken: sent.smsToken,
        dateTime: sent.dateTime,
      },
    });
  });

  test("an undeliverable answer with only status and errors is still read", () => {
    const outcome = parseGdprMsgAnswer({ status: "UNDELIVERABLE", errors: { "00": "00 - No errors" } });
    expect(outcome.ok && outcome.value.kind).toBe("not_delivered");
  });

  test.each(Object.keys(examples.gdpr_msg_error_codes).filter((code) => code !== "00"))(
    "error %s is a typed error carrying DQE's code",
    (code) => {
      const outcome = parseGdprMsgAnswer({ status: "REJECTED", errors: { [code]: `${code} - text` } });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.dqeCode).toBe(code);
      expect(outcome.error.endpoint).toBe("gdprMsg");
      expect(outcome.error.code).not.toBe("dqe_unknown_error");
    },
  );

  test("a code DQE does not document stays unknown, and '3' is not '03'", () => {
    const outcome = parseGdprMsgAnswer({ errors: { "3": "3 - ?" } });
    expect(outcome.ok === false && outcome.error.code).toBe("dqe_unknown_error");
    expect(outcome.ok === false && outcome.error.dqeCode).toBe("3");
  });
});
