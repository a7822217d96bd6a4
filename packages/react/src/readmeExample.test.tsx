import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { VerifyPhone } from "../example/VerifyPhone.js";
import exampleSource from "../example/VerifyPhone.tsx?raw";
import readme from "../README.md?raw";
import { VerificationProvider } from "./index.js";
import { sandboxedAdapter } from "./testSupport/sandboxedAdapter.js";

test("the README shows the example exactly as tested here", () => {
  expect(readme).toContain(exampleSource.trim());
});

test("the README example verifies a number against the real API and sandbox", async () => {
  const user = userEvent.setup();
  const { adapter, sandboxed } = sandboxedAdapter({ sandbox: {} });
  const onVerified = vi.fn();
  render(
    <VerificationProvider adapter={adapter}>
      <VerifyPhone onVerified={onVerified} />
    </VerificationProvider>,
  );
  await user.type(screen.getByLabelText("Mobile number"), "+33600000001");
  await user.click(screen.getByText("Send me a code"));
  expect(await screen.findByText("Code sent to +33600000001.")).toBeTruthy();
  expect(screen.getByText("Send a new code")).toBeTruthy();

  // A wrong code first, pasted: rejected, attempts shown.
  const code = screen.getByLabelText("Code from the SMS");
  await user.click(code);
  await act(async () => {
    fireEvent.paste(code, { clipboardData: { getData: () => "000 000" } });
  });
  expect(await screen.findByText("4 attempts left.")).toBeTruthy();
  expect(screen.getByRole("alert").textContent).toContain("This code is not right");

  // The field was cleared; then the code from the SMS, typed.
  expect((code as HTMLInputElement).value).toBe("");
  const pin = sandboxed.latestPin("+33600000001") ?? "";
  await user.click(code);
  await user.keyboard(pin);
  expect((await screen.findByRole("status")).textContent).toBe("+33600000001 is verified.");
  expect(onVerified).toHaveBeenCalledWith("+33600000001");
});
