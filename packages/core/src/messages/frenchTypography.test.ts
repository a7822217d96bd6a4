import { describe, expect, test } from "vitest";
import { frenchTypographyProblems } from "./frenchTypography.js";
import { errorMessagesFr } from "./index.js";

describe("French typography", () => {
  test.each(Object.entries(errorMessagesFr))("%s: ’ apostrophes, U+202F before : ; ? !", (_, message) => {
    expect(frenchTypographyProblems(message)).toEqual([]);
  });

  test("the check finds straight apostrophes and missing or wrong spaces", () => {
    expect(frenchTypographyProblems("Ce n’est pas un numéro\u202f: saisissez-en un autre\u202f!")).toEqual(
      [],
    );
    expect(frenchTypographyProblems("Ce n'est pas")).toHaveLength(1);
    // A plain space, a no-break space (U+00A0) and no space at all are each one problem.
    expect(frenchTypographyProblems("Numéro : 1 ; code\u00a0? fini!")).toHaveLength(4);
  });
});
