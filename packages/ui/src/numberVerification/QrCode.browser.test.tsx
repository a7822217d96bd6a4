import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { QrCode } from "./QrCode.js";

// The QR encoder is a chunk of its own (qrPath.ts), loaded when a code is first shown: a frame of the code's
// size stands meanwhile.

afterEach(() => {
  cleanup();
});

const label = "QR code of the page to open on your phone";
const link = "https://operator.example/check/abc123";

describe("QrCode", () => {
  test("the frame first, the same size, then the code drawn in it once the encoder has loaded", async () => {
    render(<QrCode text={link} label={label} />);
    const qr = screen.getByRole("img", { name: label });
    const frame = qr.getBoundingClientRect();
    expect(qr.getAttribute("aria-busy")).toBe("true");
    expect(frame.width).toBeGreaterThan(100);
    await expect
      .poll(() => qr.querySelector("path")?.getAttribute("d")?.length ?? 0, { timeout: 5000 })
      .toBeGreaterThan(100);
    expect(qr.hasAttribute("aria-busy")).toBe(false);
    const drawn = qr.getBoundingClientRect();
    expect([drawn.width, drawn.height]).toEqual([frame.width, frame.height]);
  });

  test("once loaded, a code is drawn in its first render", () => {
    render(<QrCode text={link} label={label} />);
    expect(screen.getByRole("img", { name: label }).querySelector("path")).not.toBeNull();
  });
});
