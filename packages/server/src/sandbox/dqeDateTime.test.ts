import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dqeDateTime } from "./dqeDateTime.js";

describe("dqeDateTime", () => {
  it("writes DQE's format, in UTC with microseconds", () => {
    expect(dqeDateTime(Date.UTC(2019, 6, 29, 11, 34, 48, 998) + 0.397)).toBe("2019-07-29 11:34:48.998397");
    expect(dqeDateTime(Date.UTC(2025, 0, 1, 0, 0, 0, 5))).toBe("2025-01-01 00:00:00.005000");
  });

  it("always matches the documented example's pattern", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(9999, 11, 31) }), (ms) => {
        expect(dqeDateTime(ms)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$/);
      }),
    );
  });
});
