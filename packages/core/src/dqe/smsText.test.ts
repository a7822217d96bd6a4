import { describe, expect, test } from "vitest";
import { smsTextCharacters, smsTextMaxLength, smsTextProblems } from "./smsText.js";

describe("smsTextProblems: DQE's 125 characters and no special characters", () => {
  test("plain English and French without accents pass, up to 125 characters", () => {
    expect(smsTextProblems("Your verification code:")).toEqual([]);
    expect(smsTextProblems("Votre code de confirmation :")).toEqual([]);
    expect(smsTextProblems("Code for shop.example @shop.example #")).toEqual([]);
    expect(smsTextProblems("x".repeat(smsTextMaxLength))).toEqual([]);
  });

  test("too long, empty, and each refused character named once", () => {
    expect(smsTextProblems("x".repeat(126))).toEqual(["is 126 characters long: DQE takes 125 at most"]);
    expect(smsTextProblems("")).toEqual(["is empty"]);
    expect(smsTextProblems("Votre clé d’accès : é")).toEqual([expect.stringContaining('("é", "’", "è")')]);
  });

  test("every allowed character is ASCII and one character of the GSM 7-bit default alphabet", () => {
    // The GSM 03.38 default alphabet's printable ASCII, outside its escape table ([ ] { } \\ ^ ~ | €).
    const gsmBasic = new Set(
      " !\"#%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz$",
    );
    for (let code = 0; code < 0x3000; code++) {
      const character = String.fromCharCode(code);
      if (smsTextCharacters.test(character)) expect(gsmBasic.has(character), character).toBe(true);
    }
  });
});
