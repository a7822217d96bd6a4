import { render, screen } from "@testing-library/react";
import { createRef } from "react";
import { useForm } from "react-hook-form";
import { expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { ConsentChannelsField } from "../consentChannels/ConsentChannelsField.js";
import { PhoneField } from "../phoneField/PhoneField.js";
import { PinInput } from "../pinInput/PinInput.js";
import { failOnConsoleProblems } from "../testSupport/quietConsole.js";

// What an app reaches through `ref`, on React 18 (`forwardRef`) as on React 19: the real inputs.

failOnConsoleProblems();

test("object refs reach the real inputs", () => {
  const pin = createRef<HTMLInputElement>();
  const phone = createRef<HTMLInputElement>();
  const consent = createRef<HTMLInputElement>();
  render(
    <>
      <PinInput ref={pin} />
      <PhoneField ref={phone} defaultCountry="FR" />
      <ConsentChannelsField ref={consent} />
    </>,
  );
  expect(pin.current).toBe(document.querySelector(".vk-pin-input__input"));
  expect(phone.current).toBe(document.querySelector(".vk-phone-field__input"));
  expect(consent.current).toBe(document.querySelector('.vk-consent-field input[type="checkbox"]'));
});

test("callback refs get the input, then null once it is gone", () => {
  const pin = vi.fn<(input: HTMLInputElement | null) => void>();
  const phone = vi.fn<(input: HTMLInputElement | null) => void>();
  const { unmount } = render(
    <>
      <PinInput ref={pin} />
      <PhoneField ref={phone} defaultCountry="FR" />
    </>,
  );
  expect(pin.mock.calls).toEqual([[document.querySelector(".vk-pin-input__input")]]);
  expect(phone.mock.calls).toEqual([[document.querySelector(".vk-phone-field__input")]]);
  unmount();
  expect(pin).toHaveBeenLastCalledWith(null);
  expect(phone).toHaveBeenLastCalledWith(null);
});

function Registered({ onValid }: { readonly onValid: (values: { code: string; phone: string }) => void }) {
  const { register, handleSubmit, setFocus } = useForm<{ code: string; phone: string }>();
  return (
    <form onSubmit={handleSubmit(onValid)}>
      <PhoneField {...register("phone")} defaultCountry="FR" />
      <PinInput {...register("code", { minLength: 6 })} label="Code" />
      <button type="button" onClick={() => setFocus("code")}>
        Focus the code
      </button>
      <button type="submit">Save</button>
    </form>
  );
}

test("react-hook-form's register: values, setFocus and the submit work through the refs", async () => {
  const onValid = vi.fn();
  render(<Registered onValid={onValid} />);
  await userEvent.click(screen.getByRole("button", { name: "Focus the code" }));
  expect(document.activeElement).toBe(document.querySelector(".vk-pin-input__input"));
  await userEvent.keyboard("123456");
  (document.querySelector(".vk-phone-field__input") as HTMLInputElement).focus();
  await userEvent.keyboard("0612345678");
  await userEvent.click(screen.getByRole("button", { name: "Save" }));
  await expect.poll(() => onValid.mock.calls.length).toBe(1);
  expect(onValid.mock.calls[0]?.[0]).toEqual({ code: "123456", phone: "+33612345678" });
});
