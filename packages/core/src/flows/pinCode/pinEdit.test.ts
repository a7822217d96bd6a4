import { describe, expect, test } from "vitest";
import { applyPinEdit, findTextChange } from "../index.js";
import { activeSlot, slotSelection } from "./pinEdit.js";

describe("findTextChange", () => {
  test("typing at the caret", () => {
    expect(findTextChange("12", { start: 2, end: 2 }, "123")).toEqual({ start: 2, end: 2, text: "3" });
  });
  test("typing over a selected slot", () => {
    expect(findTextChange("123456", { start: 2, end: 3 }, "129456")).toEqual({ start: 2, end: 3, text: "9" });
  });
  test("Backspace at the caret, without a selection that explains it", () => {
    expect(findTextChange("1234", { start: 4, end: 4 }, "123")).toEqual({ start: 3, end: 4, text: "" });
  });
  test("Backspace on a selected slot", () => {
    expect(findTextChange("123456", { start: 2, end: 3 }, "12456")).toEqual({ start: 2, end: 3, text: "" });
  });
  test("a whole code inserted in a half-typed field, selection unknown", () => {
    expect(findTextChange("12", undefined, "12654321")).toEqual({ start: 2, end: 2, text: "654321" });
  });
});

describe("applyPinEdit", () => {
  test("a digit at the caret moves it on", () => {
    expect(applyPinEdit("12", { start: 2, end: 2, text: "3" }, 6)).toEqual({
      ok: true,
      value: "123",
      selection: { start: 3, end: 3 },
      clamped: false,
      wholeCode: false,
    });
  });

  test("typing over a slot selects the next filled one", () => {
    const result = applyPinEdit("123456", { start: 2, end: 3, text: "9" }, 6);
    expect(result).toMatchObject({ ok: true, value: "129456", selection: { start: 3, end: 4 } });
  });

  test("a whole code replaces the value wherever it lands (iOS autofill into a half-typed field)", () => {
    expect(applyPinEdit("12", { start: 2, end: 2, text: "654321" }, 6)).toMatchObject({
      ok: true,
      value: "654321",
      wholeCode: true,
      selection: { start: 6, end: 6 },
    });
    expect(applyPinEdit("111111", { start: 3, end: 4, text: "123 456" }, 6)).toMatchObject({
      value: "123456",
      wholeCode: true,
    });
  });

  test("longer text is clamped to the length", () => {
    expect(applyPinEdit("", { start: 0, end: 0, text: "12345678" }, 6)).toMatchObject({
      value: "123456",
      clamped: true,
    });
    // An extra digit typed into a full code changes nothing.
    expect(applyPinEdit("123456", { start: 6, end: 6, text: "7" }, 6)).toMatchObject({
      value: "123456",
      clamped: true,
    });
  });

  test("a deletion leaves the caret where the digit was", () => {
    expect(applyPinEdit("123456", { start: 2, end: 3, text: "" }, 6)).toMatchObject({
      value: "12456",
      selection: { start: 2, end: 2 },
    });
  });

  test("anything but digits and separators is refused, the value untouched", () => {
    expect(applyPinEdit("12", { start: 2, end: 2, text: "a" }, 6)).toEqual({
      ok: false,
      reason: "invalid_character",
      character: "a",
    });
  });

  test("digits of any script, with separators, go through the same pipeline", () => {
    expect(applyPinEdit("", { start: 0, end: 0, text: "٣ ٤" }, 6)).toMatchObject({ value: "34" });
  });
});

describe("slots", () => {
  test("a slot with a digit is selected; past the digits, the caret goes after the last one", () => {
    expect(slotSelection("1234", 1)).toEqual({ start: 1, end: 2 });
    expect(slotSelection("1234", 5)).toEqual({ start: 4, end: 4 });
    expect(slotSelection("123456", 9)).toEqual({ start: 6, end: 6 });
    expect(slotSelection("", -1)).toEqual({ start: 0, end: 0 });
  });

  test("the active slot is the selected digit, or the caret's slot, the last one when full", () => {
    expect(activeSlot({ start: 2, end: 3 }, 6)).toBe(2);
    expect(activeSlot({ start: 4, end: 4 }, 6)).toBe(4);
    expect(activeSlot({ start: 6, end: 6 }, 6)).toBe(5);
  });
});
