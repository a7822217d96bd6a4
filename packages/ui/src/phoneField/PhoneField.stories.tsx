import type { Meta, StoryObj } from "@storybook/react-vite";
import { useForm } from "react-hook-form";
import { expect, fn, waitFor, within } from "storybook/test";
import { PhoneField } from "./PhoneField.js";

const meta = {
  title: "Components/PhoneField",
  component: PhoneField,
  args: { defaultCountry: "FR", onChange: fn() },
  parameters: {
    docs: {
      description: {
        component:
          "Country picker (flag or ISO code and dialling code on its face; a native list named in the current " +
          "language, searchable by typing) and the national number, formatted as typed. A pasted `+44 7400 " +
          "123456` switches the country. The form gets E.164; its `ref` is the number input.",
      },
    },
  },
} satisfies Meta<typeof PhoneField>;

export default meta;
type Story = StoryObj<typeof meta>;

const numberInput = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole("textbox", { name: /mobile/i });

export const Empty: Story = {};

export const Filled: Story = { args: { defaultValue: "+33612345678" } };

export const TypeANumber: Story = {
  play: async ({ args, canvasElement, userEvent }) => {
    await userEvent.click(numberInput(canvasElement));
    await userEvent.keyboard("0612345678");
    await expect(numberInput(canvasElement)).toHaveValue("06 12 34 56 78");
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ value: "+33612345678" }));
  },
};

const countrySelect = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole("combobox", { name: "Country" });

const diallingCode = (canvasElement: HTMLElement) =>
  canvasElement.querySelector(".vk-phone-field__code")?.textContent;

export const PasteInternational: Story = {
  play: async ({ args, canvasElement, userEvent }) => {
    await userEvent.click(numberInput(canvasElement));
    await userEvent.paste("+44 7400 123456");
    await expect(countrySelect(canvasElement)).toHaveValue("GB");
    await expect(diallingCode(canvasElement)).toBe("+44");
    await expect(numberInput(canvasElement)).toHaveValue("7400 123456");
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ value: "+447400123456", country: "GB" }),
    );
  },
};

/**
 * Keyboard only: Tab to the country list, pick Germany, Tab to the number. The list's search by typing
 * ("Germ") is the browser's own and answers trusted keystrokes only, which a play function cannot send:
 * PhoneField.browser.test.tsx types it with real keys.
 */
export const CountryByKeyboard: Story = {
  play: async ({ args, canvasElement, userEvent }) => {
    await expect(diallingCode(canvasElement)).toBe("+33");
    await userEvent.tab();
    const select = countrySelect(canvasElement);
    await expect(select).toHaveFocus();
    await userEvent.selectOptions(select, "DE");
    await expect(select).toHaveDisplayValue("Germany (+49)");
    await expect(diallingCode(canvasElement)).toBe("+49");
    await expect(select).toHaveFocus();
    await userEvent.tab();
    await expect(numberInput(canvasElement)).toHaveFocus();
    await userEvent.keyboard("015123456789");
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ value: "+4915123456789", country: "DE" }),
    );
  },
};

export const NotAMobile: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(numberInput(canvasElement));
    await userEvent.keyboard("0123456789");
    await userEvent.tab();
    await expect(numberInput(canvasElement)).toHaveAccessibleDescription(
      "This is not a mobile number: enter a number that can receive SMS.",
    );
  },
};

export const WithError: Story = {
  args: { defaultValue: "+33612345678", error: "This number is already in use." },
};

export const Disabled: Story = { args: { defaultValue: "+33612345678", disabled: true } };

export const SomeCountries: Story = {
  args: { countries: ["FR", "BE", "CH", "LU", "MC"], defaultCountry: "BE" },
};

export const OtherCountry: Story = { args: { defaultValue: "+447400123456" } };

export const Dark: Story = { args: { defaultValue: "+33612345678" }, globals: { theme: "dark" } };

export const DarkInvalid: Story = { ...WithError, globals: { theme: "dark" } };

export const RightToLeft: Story = { args: { defaultValue: "+33612345678" }, globals: { direction: "rtl" } };

export const French: Story = {
  globals: { locale: "fr" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("combobox", { name: "Pays" })).toHaveDisplayValue(
      "France (+33)",
    );
  },
};

interface Signup {
  name: string;
  phone: string;
}

/** A signup form with react-hook-form's `register`: the default value, validation and `setFocus` work. */
function SignupForm({ onSubmit }: { readonly onSubmit: (values: Signup) => void }) {
  const { register, handleSubmit, formState } = useForm<Signup>({ defaultValues: { name: "", phone: "" } });
  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      style={{ display: "grid", gap: "1rem", maxWidth: "24rem" }}
    >
      <label style={{ display: "grid", gap: "0.5rem" }}>
        Name
        <input {...register("name")} autoComplete="name" style={{ minHeight: "2.5rem" }} />
      </label>
      <PhoneField
        defaultCountry="FR"
        {...register("phone", { validate: (phone) => phone.length > 8 || "Enter your mobile number." })}
        error={formState.errors.phone?.message}
      />
      <button type="submit" className="vk-button">
        Sign up
      </button>
    </form>
  );
}

export const InReactHookForm: StoryObj<typeof SignupForm> = {
  render: (args) => <SignupForm {...args} />,
  args: { onSubmit: fn() },
  play: async ({ args, canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Sign up" }));
    await waitFor(() => expect(numberInput(canvasElement)).toHaveFocus());
    await expect(numberInput(canvasElement)).toHaveAccessibleDescription("Enter your mobile number.");
    await userEvent.keyboard("+33 6 12 34 56 78");
    await userEvent.click(canvas.getByRole("button", { name: "Sign up" }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledTimes(1));
    await expect(args.onSubmit).toHaveBeenCalledWith({ name: "", phone: "+33612345678" }, expect.anything());
  },
};
