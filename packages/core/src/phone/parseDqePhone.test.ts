import { describe, expect, it } from "vitest";
import { parseDqePhone } from "./parseDqePhone.js";

describe("parseDqePhone", () => {
  it("reads a number in DQE's form", () => {
    expect(parseDqePhone("33612345678")).toEqual({
      ok: true,
      value: {
        e164: "+33612345678",
        dqe: "33612345678",
        country: "FR",
        national: "06 12 34 56 78",
        international: "+33 6 12 34 56 78",
        type: "MOBILE",
      },
    });
  });

  it("reads numbers of any country, with no default country to give", () => {
    const result = parseDqePhone("447400123456");
    expect(result.ok && result.value).toMatchObject({ e164: "+447400123456", country: "GB" });
  });

  it("tolerates surrounding spaces, a leading plus and non-ASCII digits", () => {
    for (const input of [" 33612345678\n", "+33612345678", "٣٣٦١٢٣٤٥٦٧٨"]) {
      const result = parseDqePhone(input);
      expect(result.ok && result.value.e164, input).toBe("+33612345678");
    }
  });

  it("reads the sandbox test numbers 33600000001 to 33600000504 as valid French mobiles", () => {
    for (let n = 1; n <= 504; n += 1) {
      const dqe = `33600000${String(n).padStart(3, "0")}`;
      const result = parseDqePhone(dqe);
      expect(result.ok && result.value, dqe).toMatchObject({
        dqe,
        e164: `+${dqe}`,
        country: "FR",
        type: "MOBILE",
      });
    }
  });

  it.each([
    ["", "phone_empty"],
    ["  ", "phone_empty"],
    ["0612345678", "phone_invalid_country"],
    ["0033612345678", "phone_invalid_country"],
    ["33 6 12 34 56 78", "phone_invalid"],
    ["+33 6 12 34 56 78", "phone_invalid"],
    ["33.612345678", "phone_invalid"],
    ["tel:33612345678", "phone_invalid"],
    ["3361234567", "phone_too_short"],
    ["336123456789", "phone_too_long"],
    ["33142685300", "phone_not_mobile"],
  ])("refuses %j with %s", (input, code) => {
    const result = parseDqePhone(input);
    expect(result.ok || result.error.code).toBe(code);
  });

  it("accepts a landline with requireMobile false", () => {
    const result = parseDqePhone("33142685300", { requireMobile: false });
    expect(result.ok && result.value).toMatchObject({ e164: "+33142685300", type: "FIXED_LINE" });
  });

  it("does not throw on a value that is not a string", () => {
    expect(parseDqePhone(undefined as unknown as string)).toMatchObject({ ok: false });
  });
});
