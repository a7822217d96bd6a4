import { describe, expect, test } from "vitest";
import { clock, inTime, timeOfDay } from "./textFormat.js";

describe("inTime: a wait in words, never shorter than it is", () => {
  test.each([
    [1, "en", "in 1 second"],
    [42, "en", "in 42 seconds"],
    [59.2, "en", "in 60 seconds"],
    [60, "en", "in 1 minute"],
    [61, "en", "in 2 minutes"],
    [3540, "en", "in 59 minutes"],
    [3541, "en", "in 1 hour"],
    [3600, "en", "in 1 hour"],
    [3601, "en", "in 61 minutes"],
    [5400, "en", "in 90 minutes"],
    [7200, "en", "in 2 hours"],
    [7201, "en", "in 3 hours"],
    [42, "fr", "dans 42 secondes"],
    [3600, "fr", "dans 1 heure"],
    [300, "fr-CA", "dans 5 minutes"],
  ])("%s s in %s: %s", (seconds, locale, words) => {
    expect(inTime(seconds, locale)).toBe(words);
  });

  test("a language tag Intl refuses falls back to English", () => {
    expect(inTime(30, "not a tag!")).toBe("in 30 seconds");
  });
});

test("clock: minutes and seconds", () => {
  expect(clock(125)).toBe("2:05");
  expect(clock(-3)).toBe("0:00");
  expect(clock(59.9)).toBe("0:59");
});

test("timeOfDay: the local time in the language's way, French with its h", () => {
  // Built in the local time zone, so that the test reads the same wherever it runs.
  const at = new Date(2026, 11, 7, 14, 2).getTime();
  expect(timeOfDay(at, "fr")).toBe("14\u00a0h\u00a002");
  expect(timeOfDay(new Date(2026, 11, 7, 9, 5).getTime(), "fr-CA")).toBe("9\u00a0h\u00a005");
  expect(timeOfDay(at, "en-GB")).toBe("14:02");
  expect(timeOfDay(at, "en-US").replace(/\s/g, " ")).toBe("2:02 PM");
  expect(timeOfDay(at, "not a tag")).toBe(timeOfDay(at, "en"));
});
