import { describe, expect, it } from "vitest";
import { fullPhoneParser } from "./fullPhoneParser.js";

// What a phone field does with what is typed, over the full metadata (a site's countries: see
// createPhoneRuntime.test.ts). Checking numbers: parsePhone.test.ts.

describe("PhoneParser: as typed in a phone field", () => {
  it("splits international numbers into country and national digits", () => {
    const { readInternational } = fullPhoneParser;
    expect(readInternational("33612345678", "US")).toEqual({ country: "FR", national: "612345678" });
    // A shared dialling code keeps the country picked when it has that code, else its main country.
    expect(readInternational("1", "CA")).toEqual({ country: "CA", national: "" });
    expect(readInternational("1", "FR")).toEqual({ country: "US", national: "" });
    expect(readInternational("447700900123", "FR")?.country).toBe("GB");
    expect(readInternational("3", "FR")).toBeUndefined();
  });

  it("formats national digits as typed", () => {
    const { formatNational } = fullPhoneParser;
    expect(formatNational("06", "FR")).toBe("06");
    expect(formatNational("0612", "FR")).toBe("06 12");
    expect(formatNational("0612345678", "FR")).toBe("06 12 34 56 78");
    expect(formatNational("612345678", "FR")).toBe("6 12 34 56 78");
    expect(formatNational("07911123456", "GB")).toBe("07911 123456");
  });

  it("gives the international form of what is typed so far, E.164 once complete", () => {
    const { typedNumber } = fullPhoneParser;
    expect(typedNumber("", "FR")).toBe("");
    expect(typedNumber("0612", "FR")).toBe("+33612");
    expect(typedNumber("0612345678", "FR")).toBe("+33612345678");
  });
});
