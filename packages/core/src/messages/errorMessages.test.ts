import { describe, expect, test } from "vitest";
import { errorCatalogue } from "../errors/errorCatalogue.js";
import { locales } from "../errors/locale.js";
import { errorMessage, errorMessages } from "./index.js";

describe("error messages", () => {
  test.each(Object.keys(errorCatalogue))("%s has a distinct, non-empty message in every language", (code) => {
    const key = code as keyof typeof errorCatalogue;
    for (const locale of locales) expect(errorMessage(key, locale).trim().length).toBeGreaterThan(5);
    expect(errorMessage(key, "fr")).not.toBe(errorMessage(key, "en"));
  });

  test("every language has a message for every code, and none for a code the catalogue lacks", () => {
    for (const locale of locales) {
      expect(Object.keys(errorMessages[locale]).sort()).toEqual(Object.keys(errorCatalogue).sort());
    }
  });

  test("gives the text in the language asked", () => {
    expect(errorMessage("operator_unreachable", "en")).toBe(
      "Your operator cannot be reached right now. Try again or get a code by SMS.",
    );
    expect(errorMessage("operator_unreachable", "fr")).toBe(
      "Votre opérateur est injoignable pour le moment. Réessayez ou recevez un code par SMS.",
    );
  });

  test("a locked verification says what still works: starting again (the server refuses a resend once locked)", () => {
    expect(errorMessage("verification_locked", "en")).toBe(
      "Too many wrong codes were entered: this code can no longer be used. Start again to get a new one.",
    );
    expect(errorMessage("verification_locked", "fr")).toBe(
      "Trop de codes erronés ont été saisis\u202f: ce code ne peut plus être utilisé. Recommencez pour en recevoir un nouveau.",
    );
  });
});
