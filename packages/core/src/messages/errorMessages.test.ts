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
});
