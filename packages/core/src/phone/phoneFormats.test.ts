import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { dqeToE164, e164ToDqe } from "./phoneFormats.js";

const e164 = fc.stringMatching(/^\+[1-9]\d{1,14}$/);
const dqe = fc.stringMatching(/^[1-9]\d{1,14}$/);

describe("e164ToDqe", () => {
  it("drops the plus", () => {
    expect(e164ToDqe("+33612345678")).toBe("33612345678");
  });

  it("leaves a number already in DQE's form alone", () => {
    expect(e164ToDqe("33612345678")).toBe("33612345678");
  });
});

describe("dqeToE164", () => {
  it("adds the plus", () => {
    expect(dqeToE164("33612345678")).toBe("+33612345678");
  });

  it("leaves a number already in E.164 form alone", () => {
    expect(dqeToE164("+33612345678")).toBe("+33612345678");
  });
});

describe("round trips", () => {
  test.prop([e164])("dqeToE164(e164ToDqe(x)) is x", (number) => {
    expect(dqeToE164(e164ToDqe(number))).toBe(number);
  });

  test.prop([dqe])("e164ToDqe(dqeToE164(x)) is x", (number) => {
    expect(e164ToDqe(dqeToE164(number))).toBe(number);
  });

  test.prop([e164])("DQE's form is the E.164 digits", (number) => {
    expect(e164ToDqe(number)).toMatch(/^\d+$/);
    expect(`+${e164ToDqe(number)}`).toBe(number);
  });
});
