import { describe, expect, test } from "vitest";
import { normalizePinText } from "../index.js";

describe("normalizePinText", () => {
  test.each([
    ["123456", "123456"],
    ["123 456", "123456"],
    ["123-456", "123456"],
    [" 123456\n", "123456"],
    ["12.34.56", "123456"],
    ["\t12\u00A034\r\n56", "123456"],
    ["123\u2013456", "123456"], // en dash
    ["123\u2212456", "123456"], // minus sign
    ["١٢٣٤٥٦", "123456"], // Arabic-Indic
    ["۱۲۳۴۵۶", "123456"], // Persian
    ["१२३४५६", "123456"], // Devanagari
    ["１２３４５６", "123456"], // full-width
    ["\u200F١٢٣\u200E٤٥٦", "123456"], // direction marks from right-to-left text
    ["১২৩ ৪৫৬", "123456"], // Bengali
    ["", ""],
  ])("%j reads as %j", (text, digits) => {
    expect(normalizePinText(text)).toEqual({ ok: true, digits });
  });

  test.each([
    ["12a456", "a"],
    ["Code: 123456", "C"],
    ["12+456", "+"],
    ["١٢x", "x"],
    ["½", "½"], // a number, but not a decimal digit
  ])("%j is refused, naming %j", (text, character) => {
    expect(normalizePinText(text)).toEqual({ ok: false, reason: "invalid_character", character });
  });
});
