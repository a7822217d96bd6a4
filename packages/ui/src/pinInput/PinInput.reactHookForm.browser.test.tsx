import { cleanup, render, screen } from "@testing-library/react";
import { Controller, type UseFormReturn, useForm } from "react-hook-form";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { PinInput } from "./PinInput.js";

// react-hook-form 7.92 in real Chromium: the ref is the real input, so `register` and `Controller` both work.

afterEach(() => {
  cleanup();
});

interface CodeForm {
  code: string;
}

interface FormProps {
  readonly onValid: (values: CodeForm) => void;
  /** Hands the test the form's methods (setFocus, reset, setValue...). */
  readonly onForm?: (form: UseFormReturn<CodeForm>) => void;
}

function RegisterForm({ onValid, onForm }: FormProps) {
  const form = useForm<CodeForm>({ defaultValues: { code: "" }, mode: "onSubmit" });
  onForm?.(form);
  const { register, handleSubmit, formState, watch } = form;
  return (
    <form onSubmit={handleSubmit(onValid)} noValidate>
      <PinInput
        {...register("code", { minLength: { value: 6, message: "The code has 6 digits." } })}
        error={formState.errors.code?.message}
      />
      <output>{watch("code")}</output>
      <button type="submit">Verify</button>
    </form>
  );
}

function ControllerForm({ onValid, onForm }: FormProps) {
  const form = useForm<CodeForm>({ defaultValues: { code: "12" } });
  onForm?.(form);
  return (
    <form onSubmit={form.handleSubmit(onValid)}>
      <Controller
        name="code"
        control={form.control}
        rules={{ validate: (code) => code.length === 6 || "The code has 6 digits." }}
        render={({ field, fieldState }) => <PinInput {...field} error={fieldState.error?.message} />}
      />
      <button type="submit">Verify</button>
    </form>
  );
}

const slotTexts = () =>
  Array.from(document.querySelectorAll(".vk-pin-input__slot"), (slot) => slot.textContent ?? "").join("");

describe("PinInput with react-hook-form", () => {
  test("register: typed code submitted, validation message wired, setFocus, watch, reset", async () => {
    const onValid = vi.fn();
    let form: UseFormReturn<CodeForm> | undefined;
    render(
      <RegisterForm
        onValid={onValid}
        onForm={(methods) => {
          form = methods;
        }}
      />,
    );
    const input = screen.getByRole("textbox", { name: "Verification code" }) as HTMLInputElement;

    // setFocus focuses on the next task.
    form?.setFocus("code");
    await vi.waitFor(() => expect(document.activeElement).toBe(input));

    await userEvent.keyboard("123");
    expect(document.querySelector("output")?.textContent).toBe("123");
    await userEvent.click(screen.getByRole("button", { name: "Verify" }));
    await vi.waitFor(() => expect(input.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(input.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "The code has 6 digits.",
    );
    expect(onValid).not.toHaveBeenCalled();
    // A failed submit focuses the first invalid field through the ref.
    await vi.waitFor(() => expect(document.activeElement).toBe(input));

    form?.setFocus("code");
    await vi.waitFor(() => expect(document.activeElement).toBe(input));
    await userEvent.keyboard("456");
    await userEvent.click(screen.getByRole("button", { name: "Verify" }));
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]?.[0]).toEqual({ code: "123456" });
    await vi.waitFor(() => expect(input.hasAttribute("aria-invalid")).toBe(false));

    form?.reset();
    await vi.waitFor(() => expect(input.value).toBe(""));
    expect(slotTexts()).toBe("");
  });

  test("register with paste: the normalised code is what the form holds", async () => {
    const onValid = vi.fn();
    render(<RegisterForm onValid={onValid} />);
    const input = screen.getByRole("textbox") as HTMLInputElement;
    await userEvent.click(input);
    const data = new DataTransfer();
    data.setData("text/plain", "123 456");
    input.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Verify" }));
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]?.[0]).toEqual({ code: "123456" });
  });

  test("Controller: default value shown, typing, setValue, validation, setFocus, reset", async () => {
    const onValid = vi.fn();
    let form: UseFormReturn<CodeForm> | undefined;
    render(
      <ControllerForm
        onValid={onValid}
        onForm={(methods) => {
          form = methods;
        }}
      />,
    );
    const input = screen.getByRole("textbox") as HTMLInputElement;
    expect(slotTexts()).toBe("12");

    await userEvent.click(screen.getByRole("button", { name: "Verify" }));
    await vi.waitFor(() => expect(input.getAttribute("aria-invalid")).toBe("true"));
    // A failed submit focuses the first invalid field through the ref.
    await vi.waitFor(() => expect(document.activeElement).toBe(input));

    await userEvent.keyboard("{End}3456");
    expect(form?.getValues("code")).toBe("123456");
    await userEvent.click(screen.getByRole("button", { name: "Verify" }));
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]?.[0]).toEqual({ code: "123456" });

    form?.setValue("code", "246810");
    await vi.waitFor(() => expect(slotTexts()).toBe("246810"));
    expect(input.value).toBe("246810");

    (document.activeElement as HTMLElement | null)?.blur();
    form?.setFocus("code");
    await vi.waitFor(() => expect(document.activeElement).toBe(input));

    form?.reset();
    await vi.waitFor(() => expect(slotTexts()).toBe("12"));
  });
});
