import { describe, expect, it } from "vitest";
import { fullPhoneParser } from "./fullPhoneParser.js";

// What a phone field does with what is typed, over the full metadata (a site's countries: see
// createPhoneRuntime.test.ts). Checking numbers: parsePhone.test.ts.

describe("PhoneParser: as typed in a phone field", () => {
  it("splits international numbers into country and national digits", () => {
    const { readInternational } = fullPhoneParser;
    expect(readInternational("33612345678", "US")).toEqual({
      country: "FR",
      national: "612345678",
      domestic: "0612345678",
    });
    // A shared dialling code keeps the country picked when it has that code, else its main country.
    expect(readInternational("1", "CA")).toEqual({ country: "CA", national: "", domestic: "" });
    expect(readInternational("1", "FR")).toEqual({ country: "US", national: "", domestic: "" });
    expect(readInternational("447700900123", "FR")?.country).toBe("GB");
    expect(readInternational("3", "FR")).toBeUndefined();
  });

  it("gives a complete number's digits as dialled in its country, trunk prefix and all", () => {
    const domestic = (digits: string) => fullPhoneParser.readInternational(digits, "FR")?.domestic;
    expect(domestic("33611223344")).toBe("0611223344");
    expect(domestic("447400123456")).toBe("07400123456");
    expect(domestic("79123456789")).toBe("89123456789");
    // No trunk prefix: the national digits themselves.
    expect(domestic("393123456789")).toBe("3123456789");
    expect(domestic("12133734253")).toBe("2133734253");
    // Not complete yet: the national digits as they came.
    expect(domestic("33612")).toBe("612");
    expect(domestic("3361234567890")).toBe("61234567890");
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
