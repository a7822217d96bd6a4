import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// The full phone parser, as on a server or in a bundle that uses parsePhone: displayPhone formats with it.
import "../phone/parsePhone.js";
import { displayPhone } from "./index.js";

describe("displayPhone", () => {
  it("words a number internationally, isolated and on one line", () => {
    expect(displayPhone("+33612345678")).toBe("\u2068+33\u00a06\u00a012\u00a034\u00a056\u00a078\u2069");
  });

  it("keeps what it cannot read as it was, isolated", () => {
    expect(displayPhone("hello")).toBe("\u2068hello\u2069");
  });
});

describe("textFormat", () => {
  // fill, plural, waitText, clock and errorText are imported by every UI's entry: the phone rules' metadata
  // must not come with them.
  it("imports nothing from the phone rules", () => {
    const source = readFileSync(new URL("./textFormat.ts", import.meta.url), "utf8");
    const imports = [...source.matchAll(/from\s*["']([^"']+)["']/g)].map((match) => match[1]);
    expect(imports.filter((path) => path?.includes("phone/") || path?.includes("libphonenumber"))).toEqual(
      [],
    );
  });
});
