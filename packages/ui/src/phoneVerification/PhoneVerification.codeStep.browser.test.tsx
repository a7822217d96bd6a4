import { cleanup, render, screen } from "@testing-library/react";
import { createSandboxedApi } from "@verify-kit/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { losesFirst, pathOf } from "../testSupport/networkFaults.js";
import { plainText } from "../testSupport/plainText.js";
import { createSandbox, type SandboxOptions, SandboxProvider, sandboxPin } from "../testSupport/sandbox.js";
import { PhoneVerification } from "./PhoneVerification.js";
import "../testSupport/phoneParserLoaded.js";

// The code step when a request goes wrong: a check or a resend lost on the way, and a verification the
// server or DQE no longer knows. Each gives its message, in the live region, and the way on.

afterEach(() => {
  cleanup();
});

function setup(options: SandboxOptions = {}) {
  const sandbox = createSandbox(options);
  const onVerified = vi.fn();
  render(
    <SandboxProvider sandbox={sandbox}>
      <PhoneVerification defaultCountry="FR" onVerified={onVerified} />
    </SandboxProvider>,
  );
  const live = () => plainText(document.querySelector(".vk-live-region")?.textContent);
  const phoneInput = () => document.querySelector(".vk-phone-field__input") as HTMLInputElement | null;
  const codeInput = () => document.querySelector(".vk-pin-input__input") as HTMLInputElement | null;
  const alert = () => document.querySelector(".vk-flow__alert");
  const status = () => document.querySelector(".vk-phone-verification")?.getAttribute("data-status");
  return { sandbox, onVerified, live, phoneInput, codeInput, alert, status };
}

type Setup = ReturnType<typeof setup>;

/** Sends a code to the number that verifies and waits for the code step. */
async function toCodeStep(flow: Setup) {
  (flow.phoneInput() as HTMLInputElement).focus();
  await userEvent.keyboard("0600000001{Enter}");
  await expect.poll(flow.status).toBe("sent");
}

const networkMessage = "The connection failed. Check your network and try again.";

describe("PhoneVerification: the code step when a request fails", () => {
  test("a check lost on the way: the alert is focused and announced, and Try again verifies", async () => {
    const flow = setup({ between: losesFirst("/api/pin/check") });
    await toCodeStep(flow);
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("error");
    await expect.poll(flow.live).toBe(networkMessage);
    expect(flow.alert()?.textContent).toBe(networkMessage);
    expect(document.activeElement).toBe(flow.alert());
    // Still the code step: the code already sent can be checked again.
    expect(screen.getByRole("heading", { name: "Enter the code" })).toBeDefined();
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/check")).toBe(0);
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await expect.poll(flow.status).toBe("verified");
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/check")).toBe(1);
    expect(flow.onVerified).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Number verified" }));
  });

  test("while Try again's check runs, focus stays in the step, on the code", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let checks = 0;
    const flow = setup({
      between: (inner) => async (input, init) => {
        if (pathOf(input) === "/api/pin/check") {
          checks += 1;
          if (checks === 1) throw new TypeError("Failed to fetch");
          await held;
        }
        return inner(input, init);
      },
    });
    await toCodeStep(flow);
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("error");
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await expect.poll(flow.status).toBe("checking");
    // The button is gone while the code is checked: focus must not fall back to the page.
    expect(document.activeElement).toBe(flow.codeInput());
    release();
    await expect.poll(flow.status).toBe("verified");
  });

  test("a resend lost on the way: the reason, then Resend works and the new code verifies", async () => {
    const flow = setup({ between: losesFirst("/api/pin/resend") });
    await toCodeStep(flow);
    await userEvent.click(screen.getByRole("button", { name: "Resend code" }));
    await expect.poll(flow.status).toBe("error");
    await expect.poll(flow.live).toBe(networkMessage);
    expect(document.activeElement).toBe(flow.alert());
    expect(flow.alert()?.textContent).toBe(networkMessage);
    // The resend is its own retry: no check to try again, and Resend is ready at once.
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    const resend = screen.getByRole("button", { name: "Resend code" });
    expect(resend).not.toHaveAttribute("aria-disabled");
    await userEvent.click(resend);
    await expect
      .poll(flow.live)
      .toMatch(/^New code sent at .+ to \+33 6 00 00 00 01\. Only the latest code works\.$/);
    expect(flow.status()).toBe("sent");
    expect(flow.alert()).toBeNull();
    expect(document.activeElement).toBe(flow.codeInput());
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/resend")).toBe(1);
    expect(flow.sandbox.sandboxed.messages("+33600000001")).toHaveLength(2);
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("verified");
  });

  test("verification_not_found: back to the number, the reason focused, and a new send verifies", async () => {
    // The adapter restarts between the send and the check: its in-memory store forgot the verification.
    let restarts = 1;
    const flow = setup({
      between: (inner) => {
        const restarted = createSandboxedApi();
        return async (input, init) => {
          if (restarts > 0 && pathOf(input) === "/api/pin/check") {
            restarts -= 1;
            return restarted.fetch(input, init);
          }
          return inner(input, init);
        };
      },
    });
    await toCodeStep(flow);
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("error");
    const message = "This verification no longer exists. Start again.";
    await expect.poll(flow.live).toBe(message);
    expect(screen.getByRole("heading", { name: "Verify your mobile number" })).toBeDefined();
    expect(flow.alert()?.textContent).toBe(message);
    expect(document.activeElement).toBe(flow.alert());
    expect(flow.phoneInput()?.value).toBe("06 00 00 00 01");
    // Not retryable: the way on is a new send, not "Try again".
    expect(screen.queryByRole("button", { name: /Try again/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Send code" }));
    await expect.poll(flow.status).toBe("sent");
    expect(document.activeElement).toBe(flow.codeInput());
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("verified");
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(2);
  });

  test("sms_token_invalid: the code is closed with its reason, focus on Resend, and the new code verifies", async () => {
    const flow = setup();
    await toCodeStep(flow);
    // DQE forgets the SMS token: GDPR_VERIF answers its "token invalid" error.
    flow.sandbox.sandboxed.sandbox.reset();
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("expired");
    const message = "This code can no longer be used. Ask for a new one.";
    await expect.poll(flow.live).toBe(message);
    expect(flow.codeInput()).toHaveAccessibleDescription(message);
    expect(flow.codeInput()).toBeDisabled();
    const resend = screen.getByRole("button", { name: "Resend code" });
    expect(document.activeElement).toBe(resend);
    expect(flow.onVerified).not.toHaveBeenCalled();
    await userEvent.keyboard("{Enter}");
    await expect
      .poll(flow.live)
      .toMatch(/^New code sent at .+ to \+33 6 00 00 00 01\. Only the latest code works\.$/);
    expect(document.activeElement).toBe(flow.codeInput());
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("verified");
    expect(flow.onVerified).toHaveBeenCalledTimes(1);
  });
});
