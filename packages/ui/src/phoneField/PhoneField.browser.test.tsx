import { cleanup, render, screen } from "@testing-library/react";
import { Controller, type UseFormReturn, useForm } from "react-hook-form";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { axeViolations } from "../testSupport/axe.js";
import { countryFromLanguages } from "./countries.js";
import { PhoneField, type PhoneFieldChangeEvent, type PhoneFieldProps } from "./PhoneField.js";
import "../testSupport/phoneParserLoaded.js";

afterEach(() => {
  cleanup();
});

function setup(props: PhoneFieldProps = {}, locale: "en" | "fr" = "en") {
  const onChange = vi.fn<(event: PhoneFieldChangeEvent) => void>();
  render(
    <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
      <PhoneField defaultCountry="FR" onChange={onChange} {...props} />
      <button type="button">elsewhere</button>
    </UiMessagesProvider>,
  );
  const input = document.querySelector(".vk-phone-field__input") as HTMLInputElement;
  const select = document.querySelector(".vk-phone-field__select") as HTMLSelectElement;
  const last = () => onChange.mock.calls.at(-1)?.[0];
  const error = () => document.querySelector(".vk-phone-field .vk-field-error")?.textContent ?? "";
  return { input, select, onChange, last, error };
}

function paste(target: HTMLElement, text: string) {
  const data = new DataTransfer();
  data.setData("text/plain", text);
  target.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
}

describe("PhoneField parsing helpers", () => {
  test("country from the browser's languages", () => {
    expect(countryFromLanguages(["fr-BE", "fr"], "FR")).toBe("BE");
    expect(countryFromLanguages(["fr"], "US")).toBe("FR");
    expect(countryFromLanguages(["de"], "FR")).toBe("DE");
    expect(countryFromLanguages(["en"], "FR")).toBe("US");
    expect(countryFromLanguages(["not a tag!"], "FR")).toBe("FR");
    expect(countryFromLanguages(undefined, "GB")).toBe("GB");
  });
});

describe("PhoneField", () => {
  test("labelled number input and country picker; the face shows the dialling code", () => {
    const { input, select } = setup();
    expect(screen.getByLabelText("Mobile number")).toBe(input);
    expect(screen.getByRole("combobox", { name: "Country" })).toBe(select);
    expect(select.value).toBe("FR");
    expect(document.querySelector(".vk-phone-field__code")?.textContent).toBe("+33");
    const france = Array.from(select.options).find((option) => option.value === "FR");
    expect(france?.textContent).toBe("France (+33)");
  });

  test("country names in the current language, sorted the way it sorts", () => {
    const { select } = setup({}, "fr");
    expect(screen.getByRole("combobox", { name: "Pays" })).toBe(select);
    const names = Array.from(select.options, (option) => option.textContent ?? "");
    expect(names).toContain("Allemagne (+49)");
    expect(names).toContain("Royaume-Uni (+44)");
    expect(names.indexOf("Égypte (+20)")).toBeLessThan(names.indexOf("Finlande (+358)"));
  });

  test("typing is formatted as typed; the change carries E.164 once valid", async () => {
    const { input, last } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("0612");
    expect(input.value).toBe("06 12");
    expect(last()?.value).toBe("+33612");
    expect(last()?.phone).toBeUndefined();
    expect(last()?.error?.code).toBe("phone_too_short");
    await userEvent.keyboard("345678");
    expect(input.value).toBe("06 12 34 56 78");
    expect(last()?.value).toBe("+33612345678");
    expect(last()?.phone?.e164).toBe("+33612345678");
    expect(last()?.error).toBeUndefined();
    expect(last()?.target).toEqual({ name: "", value: "+33612345678" });
  });

  test("Backspace after a space deletes the digit before it; the caret stays in place", async () => {
    const { input } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("061234");
    expect(input.value).toBe("06 12 34");
    input.setSelectionRange(6, 6); // after "06 12 "
    await userEvent.keyboard("{Backspace}");
    expect(input.value).toBe("06 13 4");
    expect(input.selectionStart).toBe(4);
    await userEvent.keyboard("9");
    expect(input.value).toBe("06 19 34");
    expect(input.selectionStart).toBe(5);
  });

  test("Arabic-Indic digits are read as digits", async () => {
    const { input, last } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("٠٦١٢٣٤٥٦٧٨");
    expect(input.value).toBe("06 12 34 56 78");
    expect(last()?.value).toBe("+33612345678");
  });

  test("a pasted international number switches the country", async () => {
    const { input, select, last } = setup();
    await userEvent.click(input);
    paste(input, "+44 7400 123456");
    await expect.poll(() => select.value).toBe("GB");
    expect(input.value).toBe("7400 123456");
    expect(last()?.value).toBe("+447400123456");
    expect(last()?.country).toBe("GB");
    expect(document.querySelector(".vk-phone-field__code")?.textContent).toBe("+44");
    paste(input, "0033 6 12 34 56 78");
    await expect.poll(() => select.value).toBe("FR");
    expect(input.value).toBe("6 12 34 56 78");
    expect(last()?.phone?.e164).toBe("+33612345678");
  });

  test("a pasted number's country goes with it: emptied, the field is back to the page's country", async () => {
    const { input, select, last, error } = setup();
    await userEvent.click(input);
    paste(input, "+44 7400 123456");
    await expect.poll(() => select.value).toBe("GB");
    await userEvent.keyboard("{Control>}a{/Control}{Backspace}");
    expect(input.value).toBe("");
    expect(select.value).toBe("FR");
    expect(document.querySelector(".vk-phone-field__code")?.textContent).toBe("+33");
    expect(last()?.country).toBe("FR");
    await userEvent.keyboard("06 12 34 56 78");
    expect(input.value).toBe("06 12 34 56 78");
    expect(last()?.phone?.e164).toBe("+33612345678");
    await userEvent.tab();
    expect(error()).toBe("");
  });

  test("a pasted number's country goes when the number is typed over whole", async () => {
    const { input, select, last } = setup();
    await userEvent.click(input);
    paste(input, "+44 7400 123456");
    await expect.poll(() => select.value).toBe("GB");
    await userEvent.keyboard("{Control>}a{/Control}0612345678");
    expect(select.value).toBe("FR");
    expect(input.value).toBe("06 12 34 56 78");
    expect(last()?.phone?.e164).toBe("+33612345678");
    // Typed at its end, a number keeps the country it brought.
    paste(input, "+44 7400 123456");
    await expect.poll(() => select.value).toBe("GB");
    await userEvent.keyboard("{Backspace}7");
    expect(select.value).toBe("GB");
    expect(last()?.phone?.e164).toBe("+447400123457");
  });

  test.each([
    [
      "en",
      "This phone number is not valid.",
      "It is a valid mobile number in another country: France (+33). Choose that country in the list.",
    ],
    [
      "fr",
      "Ce numéro de téléphone n’est pas valide.",
      "C’est un numéro de mobile valide dans un autre pays\u202f: France (+33). Choisissez ce pays dans la liste.",
    ],
  ] as const)(
    "a country picked in the list stays; a number of the page's country in it says which country (%s)",
    async (locale, invalid, hint) => {
      const { input, select, last, error } = setup({}, locale);
      await userEvent.selectOptions(select, "GB");
      await userEvent.click(input);
      await userEvent.keyboard("07400123456{Control>}a{/Control}{Backspace}");
      expect(select.value).toBe("GB");
      await userEvent.keyboard("0612345678");
      expect(last()?.country).toBe("GB");
      expect(last()?.phone).toBeUndefined();
      await userEvent.tab();
      expect(error()).toBe(invalid);
      const shown = document.querySelector(".vk-phone-field .vk-field-hint");
      expect(shown?.textContent).toBe(hint);
      // The description's text has its spaces collapsed (the narrow no-break one too).
      expect(input).toHaveAccessibleDescription(`${invalid} ${hint}`.replace(/\s+/g, " "));
      expect(await axeViolations(document.querySelector(".vk-phone-field") as Element)).toEqual([]);
      // Taken: the number is valid, the error and the hint go.
      await userEvent.selectOptions(select, "FR");
      expect(last()?.phone?.e164).toBe("+33612345678");
      expect(error()).toBe("");
      expect(document.querySelector(".vk-phone-field .vk-field-hint")).toBeNull();
    },
  );

  test("no hint for a number that is no mobile of the other countries either", async () => {
    const { input, select, error } = setup();
    await userEvent.selectOptions(select, "GB");
    await userEvent.click(input);
    await userEvent.keyboard("0112345678");
    await userEvent.tab();
    expect(error()).not.toBe("");
    expect(document.querySelector(".vk-phone-field .vk-field-hint")).toBeNull();
  });

  test("typing a + switches the country once the dialling code is known", async () => {
    const { input, select, last } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("+3");
    expect(input.value).toBe("+3");
    await userEvent.keyboard("2");
    expect(select.value).toBe("BE");
    expect(input.value).toBe("");
    await userEvent.keyboard("470123456");
    expect(last()?.phone?.e164).toBe("+32470123456");
  });

  test("picking another country re-reads the digits", async () => {
    const { input, select, last } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("0470123456");
    expect(last()?.error?.code).toBeDefined();
    await userEvent.selectOptions(select, "BE");
    expect(select.value).toBe("BE");
    expect(input.value).toBe("0470 12 34 56");
    expect(last()?.phone?.e164).toBe("+32470123456");
    expect(last()?.country).toBe("BE");
  });

  test("the picker is searchable by typing a country's name", async () => {
    const { select } = setup();
    select.focus();
    await userEvent.keyboard("Germ");
    expect(select.value).toBe("DE");
  });

  test.each([
    ["01 23 45 67 89", "FR", "This is not a mobile number: enter a number that can receive SMS."],
    ["06 12", "FR", "This phone number is too short."],
    ["06 12 34 56 78 90 12", "FR", "This phone number is too long."],
    ["123 456 7890", "US", "This phone number is not valid."],
  ] as const)("%s (%s): the message shows once the field is left", async (typed, country, message) => {
    const { input, error } = setup({ defaultCountry: country });
    await userEvent.click(input);
    await userEvent.keyboard(typed.replaceAll(" ", ""));
    expect(error()).toBe("");
    await userEvent.tab();
    expect(error()).toBe(message);
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription(message);
  });

  test("French messages; an `error` prop wins", async () => {
    const { input, error } = setup({}, "fr");
    await userEvent.click(input);
    await userEvent.keyboard("0123456789");
    await userEvent.tab();
    expect(error()).toBe(
      "Ce n’est pas un numéro de mobile\u202f: saisissez un numéro qui peut recevoir des SMS.",
    );
    cleanup();
    setup({ error: "Use your work number." });
    expect(document.querySelector(".vk-field-error")?.textContent).toBe("Use your work number.");
  });

  test("landlines are accepted with requireMobile false", async () => {
    const { input, last } = setup({ requireMobile: false });
    await userEvent.click(input);
    await userEvent.keyboard("0123456789");
    expect(last()?.phone?.e164).toBe("+33123456789");
  });

  test("a default value in international form, shown as dialled in its country; `countries` limiting the picker", () => {
    const { input, select } = setup({ defaultValue: "+447400123456", countries: ["FR", "GB", "BE"] });
    expect(select.value).toBe("GB");
    // As its people dial it, trunk prefix and all: as a user would have typed it.
    expect(input.value).toBe("07400 123456");
    expect(Array.from(select.options, (option) => option.value).sort()).toEqual(["BE", "FR", "GB"]);
  });

  test("`name` puts E.164 in the form data", async () => {
    render(
      <form data-testid="form">
        <PhoneField defaultCountry="FR" name="phone" />
      </form>,
    );
    await userEvent.click(document.querySelector(".vk-phone-field__input") as HTMLElement);
    await userEvent.keyboard("0612345678");
    const form = screen.getByTestId("form") as HTMLFormElement;
    expect(new FormData(form).get("phone")).toBe("+33612345678");
  });
});

interface PhoneForm {
  phone: string;
}

function RegisterForm({
  onValid,
  onForm,
}: {
  onValid: (values: PhoneForm) => void;
  onForm?: (form: UseFormReturn<PhoneForm>) => void;
}) {
  const form = useForm<PhoneForm>({ defaultValues: { phone: "+33612345678" } });
  onForm?.(form);
  return (
    <form onSubmit={form.handleSubmit(onValid)}>
      <PhoneField
        defaultCountry="FR"
        {...form.register("phone", { required: "Enter your number." })}
        error={form.formState.errors.phone?.message}
      />
      <button type="submit">Save</button>
    </form>
  );
}

function ControllerForm({ onValid }: { onValid: (values: PhoneForm) => void }) {
  const form = useForm<PhoneForm>({ defaultValues: { phone: "" } });
  return (
    <form onSubmit={form.handleSubmit(onValid)}>
      <Controller
        name="phone"
        control={form.control}
        rules={{ validate: (phone) => phone.length > 4 || "Enter your number." }}
        render={({ field, fieldState }) => (
          <PhoneField defaultCountry="FR" {...field} error={fieldState.error?.message} />
        )}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe("PhoneField with react-hook-form", () => {
  test("register: default value shown formatted, typed number submitted as E.164, setFocus", async () => {
    const onValid = vi.fn();
    let methods: UseFormReturn<PhoneForm> | undefined;
    render(
      <RegisterForm
        onValid={onValid}
        onForm={(form) => {
          methods = form;
        }}
      />,
    );
    const input = document.querySelector(".vk-phone-field__input") as HTMLInputElement;
    // The form's default is a number given to the field: shown as dialled in France.
    await expect.poll(() => input.value).toBe("06 12 34 56 78");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    await expect.poll(() => onValid.mock.calls.length).toBe(1);
    expect(onValid.mock.calls[0]?.[0]).toEqual({ phone: "+33612345678" });
    await userEvent.clear(input);
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    await expect
      .poll(() => document.querySelector(".vk-field-error")?.textContent)
      .toBe("Enter your number.");
    await userEvent.click(input);
    await userEvent.keyboard("0798765432");
    expect(input.value).toBe("07 98 76 54 32");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    await expect.poll(() => onValid.mock.calls.length).toBe(2);
    expect(onValid.mock.calls[1]?.[0]).toEqual({ phone: "+33798765432" });
    screen.getByRole("button", { name: "Save" }).focus();
    methods?.setFocus("phone");
    await expect.poll(() => document.activeElement).toBe(input);
  });

  test("Controller: value and onChange", async () => {
    const onValid = vi.fn();
    render(<ControllerForm onValid={onValid} />);
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    await expect
      .poll(() => document.querySelector(".vk-field-error")?.textContent)
      .toBe("Enter your number.");
    await userEvent.click(screen.getByLabelText("Mobile number"));
    await userEvent.keyboard("+447911123456");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    await expect.poll(() => onValid.mock.calls.length).toBe(1);
    expect(onValid.mock.calls[0]?.[0]).toEqual({ phone: "+447911123456" });
  });
});

describe("PhoneField leaving for the submit button", () => {
  test("no error appears on the way to submit: the button stays under the pointer and the click lands", async () => {
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <PhoneField defaultCountry="FR" />
        <button type="submit">Send code</button>
      </form>,
    );
    const input = document.querySelector(".vk-phone-field__input") as HTMLInputElement;
    await userEvent.click(input);
    await userEvent.keyboard("612");
    await userEvent.click(screen.getByRole("button", { name: "Send code" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(document.querySelector(".vk-phone-field .vk-field-error")).toBeNull();
  });

  test("a press on a button just under the field: the error waits for the release, and the click lands", async () => {
    const onClick = vi.fn();
    render(
      <form>
        <PhoneField defaultCountry="FR" />
        <button type="button" onClick={onClick}>
          Elsewhere
        </button>
      </form>,
    );
    const input = document.querySelector(".vk-phone-field__input") as HTMLInputElement;
    await userEvent.click(input);
    await userEvent.keyboard("612");
    // The error, shown at the press, would push the button from under the pointer before its release.
    await userEvent.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(onClick).toHaveBeenCalledTimes(1);
    await expect
      .poll(() => document.querySelector(".vk-phone-field .vk-field-error")?.textContent)
      .toBe("This phone number is too short.");
  });

  test("a press that focuses nothing (as in Safari) holds the error until its release", async () => {
    render(
      <form>
        <PhoneField defaultCountry="FR" />
        <p>Elsewhere</p>
      </form>,
    );
    const input = document.querySelector(".vk-phone-field__input") as HTMLInputElement;
    const elsewhere = screen.getByText("Elsewhere");
    await userEvent.click(input);
    await userEvent.keyboard("612");
    const errorShown = () => document.querySelector(".vk-phone-field .vk-field-error")?.textContent;
    elsewhere.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    input.blur();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errorShown()).toBeUndefined();
    elsewhere.dispatchEvent(new PointerEvent("pointerup", { bubbles: true }));
    await expect.poll(errorShown).toBe("This phone number is too short.");
  });

  test("leaving for anything else still shows the error", async () => {
    render(
      <form>
        <PhoneField defaultCountry="FR" />
        <button type="button">Elsewhere</button>
      </form>,
    );
    const input = document.querySelector(".vk-phone-field__input") as HTMLInputElement;
    await userEvent.click(input);
    await userEvent.keyboard("612");
    await userEvent.click(screen.getByRole("button", { name: "Elsewhere" }));
    await expect
      .poll(() => document.querySelector(".vk-phone-field .vk-field-error")?.textContent)
      .toBe("This phone number is too short.");
  });
});
