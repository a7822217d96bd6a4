import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { SignupForm } from "../example/SignupForm.js";
import exampleSource from "../example/SignupForm.tsx?raw";
import readme from "../README.md?raw";
import { createSandbox, SandboxProvider, sandboxPin } from "./testSupport/sandbox.js";

afterEach(() => {
  cleanup();
});

test("the README shows the example exactly as tested here", () => {
  expect(readme).toContain(exampleSource.trim());
});

test("the README example: the form waits for the verified number, then sends it with the rest", async () => {
  const onSignup = vi.fn<(data: FormData) => void>();
  render(
    <SandboxProvider sandbox={createSandbox()}>
      <SignupForm onSignup={onSignup} />
    </SandboxProvider>,
  );
  await userEvent.type(screen.getByRole("textbox", { name: "Full name" }), "Ada Lovelace");
  await userEvent.click(screen.getByRole("button", { name: "Create account" }));
  expect(onSignup).not.toHaveBeenCalled();
  const number = screen.getByRole("textbox", { name: "Mobile number" });
  expect(document.activeElement).toBe(number);
  await userEvent.type(number, "+33600000001{Enter}");
  await userEvent.keyboard(sandboxPin);
  await screen.findByRole("heading", { name: "Number verified" });
  await userEvent.click(screen.getByRole("button", { name: "Create account" }));
  expect(onSignup).toHaveBeenCalledTimes(1);
  expect(Object.fromEntries(onSignup.mock.calls[0]?.[0] ?? [])).toEqual({
    fullName: "Ada Lovelace",
    phone: "+33600000001",
  });
});
