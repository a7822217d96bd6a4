import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { createSandbox, SandboxProvider } from "../testSupport/sandbox.js";
import { NumberVerification } from "./NumberVerification.js";
import "../testSupport/phoneParserLoaded.js";

// "Text me a code instead" waits for the SMS flow's chunk when it has not loaded yet (a slow network, a
// keyboard user who never hovered the button). Here the chunk arrives only when the test lets it: what
// happened meanwhile wins over the click.
const chunk = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { arrived, arrive: () => arrive() };
});

vi.mock("../phoneVerification/PhoneVerification.js", async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

afterEach(() => {
  cleanup();
});

test("the phone verifies the number while the SMS flow loads: the verification stands, and no SMS is sent", async () => {
  const sandbox = createSandbox();
  const onVerified = vi.fn();
  render(
    <SandboxProvider sandbox={sandbox}>
      <NumberVerification defaultCountry="FR" device="desktop" onVerified={onVerified} />
    </SandboxProvider>,
  );
  const flow = () => document.querySelector(".vk-number-verification");
  (document.querySelector(".vk-phone-field__input") as HTMLInputElement).focus();
  await userEvent.keyboard("0600000001{Enter}");
  await expect.poll(() => flow()?.getAttribute("data-status")).toBe("pending");
  const textInstead = screen.getByRole("button", { name: "Text me a code instead" });
  await userEvent.click(textInstead);
  // Clicked again while it waits: still one switch at most.
  await userEvent.click(textInstead);
  await sandbox.openOnPhone();
  await expect.poll(() => flow()?.getAttribute("data-status"), { timeout: 5000 }).toBe("verified");
  expect(onVerified).toHaveBeenCalledTimes(1);

  chunk.arrive();
  // The chunk's arrival changes nothing: still verified, the SMS step never shown, nothing sent.
  await import("../phoneVerification/PhoneVerification.js");
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(flow()?.getAttribute("data-status")).toBe("verified");
  expect(flow()?.getAttribute("data-step")).not.toBe("sms");
  expect(sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(0);
  expect(screen.getByRole("heading", { name: "Number verified" })).toBeDefined();
});
