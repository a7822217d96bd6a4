import { describe, expect, it } from "vitest";
import { randomBase64Url, randomPin, randomSmsToken } from "./randomTokens.js";

describe("random tokens", () => {
  it("make smsTokens of 22 base64url characters, like DQE's", () => {
    expect(randomSmsToken()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(randomSmsToken()).not.toBe(randomSmsToken());
    expect(randomBase64Url(40)).toMatch(/^[A-Za-z0-9_-]{40}$/);
  });

  it("make 6-digit PINs, leading zeros kept, spread over the digits", () => {
    const pins = Array.from({ length: 2000 }, () => randomPin());
    for (const pin of pins) expect(pin).toMatch(/^\d{6}$/);
    expect(new Set(pins.map((pin) => pin[0])).size).toBe(10);
  });
});
