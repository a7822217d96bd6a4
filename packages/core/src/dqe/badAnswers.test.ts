import { describe, expect, test } from "vitest";
import examples from "../../../../fixtures/dqe-examples.json" with { type: "json" };
import type { Outcome } from "../errors/Outcome.js";
import { parseAccessTokenAnswer } from "./parseAccessTokenAnswer.js";
import { parseGdprMsgAnswer } from "./parseGdprMsgAnswer.js";
import { parseGdprVerifAnswer } from "./parseGdprVerifAnswer.js";
import { parseIdmobileAnswer } from "./parseIdmobileAnswer.js";
import { parseRetrievalAnswer } from "./parseRetrievalAnswer.js";

// Every parser, fed every kind of wrong answer, ends with a typed error and never throws.
const parsers: Record<
  string,
  { parse: (answer: unknown) => Outcome<unknown>; good: Record<string, unknown> }
> = {
  gdprMsg: { parse: parseGdprMsgAnswer, good: examples.gdpr_msg_success },
  gdprVerif: { parse: parseGdprVerifAnswer, good: examples.gdpr_verif_success },
  accessToken: { parse: (answer) => parseAccessTokenAnswer(answer), good: examples.access_token_success },
  idmobile: { parse: parseIdmobileAnswer, good: examples.idmobile_numverify_url_success },
  retrieval: { parse: parseRetrievalAnswer, good: examples.numverify_retrieval_success },
};

const without = (object: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));

describe.each(Object.entries(parsers))("%s answers", (endpoint, { parse, good }) => {
  test("the good answer with extra unknown keys is still read", () => {
    expect(parse({ ...good, extra: { nested: [1, 2] }, another: null }).ok).toBe(true);
  });

  test.each([
    ["null", null],
    ["a string", "<html><body>500</body></html>"],
    ["an array", [good]],
    ["a number", 42],
  ])("%s is a bad answer", (_, answer) => {
    const outcome = parse(answer);
    expect(outcome.ok === false && outcome.error.code).toBe("dqe_bad_answer");
    expect(outcome.ok === false && outcome.error.endpoint).toBe(endpoint);
  });

  // refresh_token is the one documented key a client can do without.
  test.each(Object.keys(good).filter((key) => key !== "refresh_token"))(
    "missing %s is a typed error",
    (key) => {
      const outcome = parse(without(good, key));
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(["dqe_bad_answer", "dqe_unknown_status"]).toContain(outcome.error.code);
    },
  );

  test.each(Object.keys(good))("%s of the wrong type is a typed error", (key) => {
    const outcome = parse({ ...good, [key]: { wrong: true } });
    expect(outcome.ok).toBe(false);
  });

  test("an unknown status is dqe_unknown_status", () => {
    if (!("status" in good)) return expect(parse({ ...good, access_token: 7 }).ok).toBe(false);
    const outcome = parse({ ...good, status: "MAYBE" });
    expect(outcome.ok === false && outcome.error.code).toBe("dqe_unknown_status");
  });
});

describe("field types DQE is loose about", () => {
  test("channels as 0/1 strings or booleans read the same; other values do not", () => {
    const channels = { phone: "0", post: false, sms: "1", email: true };
    const outcome = parseGdprVerifAnswer({ ...examples.gdpr_verif_success, channels });
    expect(outcome.ok && outcome.value.channels).toEqual({
      phone: false,
      post: false,
      sms: true,
      email: true,
    });
    const wrong = parseGdprVerifAnswer({ ...examples.gdpr_verif_success, channels: { ...channels, sms: 2 } });
    expect(wrong.ok === false && wrong.error.detail).toContain("channels.sms");
  });

  test("timeout as a number is kept as DQE's string", () => {
    const outcome = parseGdprMsgAnswer({ ...examples.gdpr_msg_success, timeout: 5 });
    expect(outcome.ok && outcome.value.kind === "sent" && outcome.value.timeout).toBe("5");
  });

  test("a bad answer's detail names fields, never their values", () => {
    const secret = "C6hfYZIER3CVoGVYwTiZLg";
    const outcome = parseGdprMsgAnswer({ ...examples.gdpr_msg_success, smsToken: secret, to: 33612345678 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.detail).toBe("missing or ill-typed: to");
    expect(JSON.stringify(outcome.error)).not.toContain(secret);
  });
});
