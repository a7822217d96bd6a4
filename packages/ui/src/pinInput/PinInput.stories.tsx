import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { InputType } from "storybook/internal/types";
import { expect, fn, waitFor, within } from "storybook/test";
import { PinInput } from "./PinInput.js";

/** A prop's type as the docs table shows it, and its control. */
const prop = (summary: string, control: NonNullable<InputType["control"]>): InputType => ({
  table: { type: { summary } },
  control,
});

const meta = {
  title: "Components/PinInput",
  component: PinInput,
  args: { onChange: fn(), onComplete: fn() },
  argTypes: {
    length: prop("number", { type: "number", min: 1, max: 12 }),
    value: prop("string", "text"),
    defaultValue: prop("string", "text"),
    onChange: prop("(event: PinInputChangeEvent) => void", false),
    onComplete: prop("(code: string) => void", false),
    onInvalid: prop("(details: PinInvalidDetails) => void", false),
    name: prop("string", "text"),
    autoFocus: prop("boolean", "boolean"),
    disabled: prop("boolean", "boolean"),
    readOnly: prop("boolean", "boolean"),
    invalid: prop("boolean", "boolean"),
    error: prop("string", "text"),
    mask: prop("boolean", "boolean"),
    autoSubmit: prop("boolean", "boolean"),
    separator: prop("boolean", "boolean"),
    label: prop("ReactNode", "text"),
    messages: prop("Partial<PinInputMessages>", "object"),
    webOtp: prop("boolean", "boolean"),
    className: prop("string", "text"),
    style: prop("CSSProperties", "object"),
    ref: prop("Ref<HTMLInputElement>", false),
  },
  parameters: {
    docs: {
      description: {
        component:
          "The code field: one real `<input>` under drawn slots. Typing, paste (`123 456`, `123-456`, " +
          "Arabic-Indic digits), SMS autofill, Backspace, arrows and a press on a slot all work; its `ref` is " +
          "the input. Style: `@verify-kit/ui/styles.css`, the `--vk-*` custom properties, the `vk-pin-input*` " +
          "classes and the `data-*` states.",
      },
    },
  },
} satisfies Meta<typeof PinInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The input, found by its accessible name in whichever locale the story runs. */
const codeInput = (
  canvasElement: HTMLElement,
  name: string | RegExp = /verification code|code de vérification/i,
) => within(canvasElement).getByLabelText(name) as HTMLInputElement;
const slots = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll<HTMLElement>(".vk-pin-input__slot"));
const slotTexts = (canvasElement: HTMLElement) => slots(canvasElement).map((slot) => slot.textContent ?? "");

// States

export const Empty: Story = {};

export const Partial: Story = { args: { defaultValue: "123" } };

export const Complete: Story = { args: { defaultValue: "123456" } };

export const InvalidWithMessage: Story = {
  args: { defaultValue: "123456", error: "This code is not the one we sent. 2 attempts left." },
  play: async ({ canvasElement }) => {
    const input = codeInput(canvasElement);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription("This code is not the one we sent. 2 attempts left.");
  },
};

export const Disabled: Story = { args: { defaultValue: "12", disabled: true } };

export const ReadOnly: Story = {
  args: { defaultValue: "123456", readOnly: true },
  play: async ({ canvasElement, userEvent }) => {
    const input = codeInput(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard("{Backspace}9");
    await expect(input).toHaveValue("123456");
  },
};

export const Masked: Story = {
  args: { defaultValue: "1234", mask: true },
  play: async ({ canvasElement }) => {
    await expect(codeInput(canvasElement)).toHaveAttribute("type", "password");
    await expect(slotTexts(canvasElement)).toEqual(["•", "•", "•", "•", "", ""]);
  },
};

export const WithSeparator: Story = { args: { defaultValue: "1234", separator: true } };

export const FourDigits: Story = { args: { length: 4 } };

export const EightDigits: Story = { args: { length: 8, separator: true } };

export const WithVisibleLabel: Story = { args: { label: "Code from the SMS" } };

export const Dark: Story = { args: { defaultValue: "123" }, globals: { theme: "dark" } };

export const DarkInvalid: Story = {
  args: { defaultValue: "123456", error: "This code has expired." },
  globals: { theme: "dark" },
};

export const RightToLeft: Story = {
  args: { defaultValue: "123" },
  globals: { direction: "rtl" },
  play: async ({ canvasElement }) => {
    const [first, , , , , last] = slots(canvasElement).map((slot) => slot.getBoundingClientRect().left);
    await expect(first).toBeLessThan(last ?? 0);
    await expect(slotTexts(canvasElement).join("")).toBe("123");
  },
};

export const French: Story = {
  globals: { locale: "fr" },
  play: async ({ canvasElement }) => {
    await expect(codeInput(canvasElement, "Code de vérification")).toBeInTheDocument();
  },
};

// Interactions

export const TypeACode: Story = {
  play: async ({ args, canvasElement, userEvent }) => {
    const input = codeInput(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard("123456");
    await expect(input).toHaveValue("123456");
    await expect(args.onComplete).toHaveBeenCalledOnce();
    await expect(args.onComplete).toHaveBeenCalledWith("123456");
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("Code complete");
  },
};

export const PasteFormattedCodes: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const input = codeInput(canvasElement);
    await userEvent.click(input);
    await userEvent.paste("123 456");
    await expect(input).toHaveValue("123456");
    // A whole code replaces the one there, wherever it lands.
    await userEvent.paste(" ٦٥٤-٣٢١\n");
    await expect(input).toHaveValue("654321");
    await expect(slotTexts(canvasElement)).toEqual(["6", "5", "4", "3", "2", "1"]);
  },
};

export const Backspace: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const input = codeInput(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard("1234");
    await userEvent.keyboard("{Backspace}{Backspace}");
    await expect(input).toHaveValue("12");
    await expect(slots(canvasElement)[2]).toHaveAttribute("data-caret");
  },
};

export const ArrowKeys: Story = {
  args: { defaultValue: "123456" },
  play: async ({ canvasElement, userEvent }) => {
    const input = codeInput(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard("{Home}{ArrowRight}{ArrowRight}");
    await expect(slots(canvasElement)[2]).toHaveAttribute("data-active");
    await userEvent.keyboard("9");
    await expect(input).toHaveValue("129456");
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}0");
    await expect(input).toHaveValue("109456");
  },
};

export const ClickASlot: Story = {
  args: { defaultValue: "123456" },
  play: async ({ canvasElement, userEvent }) => {
    const input = codeInput(canvasElement);
    await userEvent.click(slots(canvasElement)[3] as HTMLElement);
    await expect(input).toHaveFocus();
    await expect(slots(canvasElement)[3]).toHaveAttribute("data-active");
    await userEvent.keyboard("0");
    await expect(input).toHaveValue("123056");
  },
};

export const LettersAreRefused: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const input = codeInput(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard("12a");
    await expect(input).toHaveValue("12");
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("Digits only");
  },
};

/** Controlled: the parent holds the code. */
export const Controlled: Story = {
  render: function Render(args) {
    const [code, setCode] = useState("");
    return (
      <div style={{ display: "grid", gap: "1rem" }}>
        <PinInput {...args} value={code} onChange={(event) => setCode(event.value)} />
        <p>
          Code: <output>{code || "—"}</output>
        </p>
        <button type="button" onClick={() => setCode("")}>
          Clear
        </button>
      </div>
    );
  },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(codeInput(canvasElement));
    await userEvent.keyboard("4242");
    await expect(canvasElement.querySelector("output")).toHaveTextContent("4242");
    await userEvent.click(canvas.getByRole("button", { name: "Clear" }));
    await expect(slotTexts(canvasElement).join("")).toBe("");
  },
};

/** `autoSubmit`: the form is submitted once, when the last digit arrives. */
export const AutoSubmit: Story = {
  args: { autoSubmit: true, name: "code" },
  render: function Render(args) {
    const [submitted, setSubmitted] = useState<string[]>([]);
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const code = new FormData(event.currentTarget).get("code");
          setSubmitted((list) => [...list, String(code)]);
        }}
      >
        <PinInput {...args} />
        <p>
          Submitted: <output>{submitted.join(", ") || "—"}</output>
        </p>
      </form>
    );
  },
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(codeInput(canvasElement));
    await userEvent.keyboard("123456");
    await expect(canvasElement.querySelector("output")).toHaveTextContent("123456");
    await userEvent.keyboard("7");
    await expect(canvasElement.querySelector("output")?.textContent).toBe("123456");
  },
};

interface CodeForm {
  code: string;
}

/** react-hook-form's `register`: the ref is the real input, `setFocus` and validation work. */
export const ReactHookFormRegister: Story = {
  render: function Render(args) {
    const { register, handleSubmit, setFocus, formState } = useForm<CodeForm>({
      defaultValues: { code: "" },
    });
    const [submitted, setSubmitted] = useState("");
    return (
      <form onSubmit={handleSubmit((values) => setSubmitted(values.code))} noValidate>
        <PinInput
          {...args}
          {...register("code", {
            required: "Enter the code from the SMS.",
            minLength: { value: 6, message: "The code has 6 digits." },
          })}
          error={formState.errors.code?.message}
        />
        <p style={{ display: "flex", gap: "0.5rem" }}>
          <button type="submit">Verify</button>
          <button type="button" onClick={() => setFocus("code")}>
            Focus the code
          </button>
        </p>
        <p>
          Submitted: <output>{submitted || "—"}</output>
        </p>
      </form>
    );
  },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const input = codeInput(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(input).toHaveAccessibleDescription("Enter the code from the SMS."));
    await userEvent.click(canvas.getByRole("button", { name: "Focus the code" }));
    await expect(input).toHaveFocus();
    await userEvent.keyboard("123");
    await userEvent.paste("456");
    await userEvent.click(canvas.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(canvasElement.querySelector("output")).toHaveTextContent("123456"));
    await expect(input).not.toHaveAttribute("aria-invalid");
  },
};

/** react-hook-form's `Controller`: the field's value and `onChange` drive the code. */
export const ReactHookFormController: Story = {
  render: function Render(args) {
    const { control, handleSubmit, setValue } = useForm<CodeForm>({ defaultValues: { code: "12" } });
    const [submitted, setSubmitted] = useState("");
    return (
      <form onSubmit={handleSubmit((values) => setSubmitted(values.code))}>
        <Controller
          name="code"
          control={control}
          rules={{ validate: (code) => code.length === 6 || "The code has 6 digits." }}
          render={({ field, fieldState }) => (
            <PinInput {...args} {...field} error={fieldState.error?.message} />
          )}
        />
        <p style={{ display: "flex", gap: "0.5rem" }}>
          <button type="submit">Verify</button>
          <button type="button" onClick={() => setValue("code", "246810")}>
            Fill in 246810
          </button>
        </p>
        <p>
          Submitted: <output>{submitted || "—"}</output>
        </p>
      </form>
    );
  },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const input = codeInput(canvasElement);
    await expect(slotTexts(canvasElement).join("")).toBe("12");
    await userEvent.click(slots(canvasElement)[2] as HTMLElement);
    await expect(input).toHaveFocus();
    await userEvent.keyboard("3456");
    await expect(input).toHaveValue("123456");
    await userEvent.click(canvas.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(canvasElement.querySelector("output")).toHaveTextContent("123456"));
    await userEvent.click(canvas.getByRole("button", { name: "Fill in 246810" }));
    await expect(slotTexts(canvasElement).join("")).toBe("246810");
  },
};
