import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { axeViolations } from "../testSupport/axe.js";
import { createSandbox, SandboxProvider } from "../testSupport/sandbox.js";
import { NumberVerification } from "./NumberVerification.js";
import { qrEncoder } from "./QrCode.js";
import "../testSupport/phoneParserLoaded.js";

// The QR encoder is a chunk of its own: here its import fails (the network, a blocked path). The check still
// waits, and the link it would encode is there to select by hand.
beforeEach(() => {
  vi.spyOn(qrEncoder, "load").mockRejectedValue(
    new TypeError("Failed to fetch dynamically imported module: qrPath.js"),
  );
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

test("a QR encoder that cannot load: the check waits, its link shown beside the empty frame, the focus left where it was", async () => {
  const sandbox = createSandbox();
  render(
    <SandboxProvider sandbox={sandbox}>
      <NumberVerification defaultCountry="FR" device="desktop" />
    </SandboxProvider>,
  );
  (document.querySelector(".vk-phone-field__input") as HTMLInputElement).focus();
  await userEvent.keyboard("0600000001{Enter}");
  const link = await screen.findByRole("textbox", { name: "Link to the check" }, { timeout: 5000 });
  expect((link as HTMLInputElement).value).toMatch(/^https?:\/\//);
  // Shown, not focused: the step's title keeps the focus it took (and a field the user went on to keeps it).
  expect(document.activeElement?.textContent).toBe("Scan with your phone");
  expect(document.querySelector(".vk-number-verification")?.getAttribute("data-status")).toBe("pending");
  const qr = screen.getByRole("img", { name: "QR code of the page to open on your phone" });
  expect(qr.querySelector("path")).toBeNull();
  expect(qrEncoder.load).toHaveBeenCalled();
  expect(await axeViolations(document.body)).toEqual([]);
});
