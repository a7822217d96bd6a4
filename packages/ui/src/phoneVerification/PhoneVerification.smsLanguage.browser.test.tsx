// The SMS in the page's language (issue: French users got an English SMS), and the code field ready for the
// SMS's code: autofill's one-time-code, and WebOTP when the site turns it on.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { createSandbox, SandboxProvider, sandboxNumbers, sandboxPin } from "../testSupport/sandbox.js";
import { PhoneVerification, type PhoneVerificationProps } from "./PhoneVerification.js";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** WebOTP as Chrome on Android has it: `OTPCredential` defined, `navigator.credentials.get` answering. */
function stubWebOtp(answer: () => Promise<unknown>) {
  vi.stubGlobal("OTPCredential", class {});
  return vi.spyOn(navigator.credentials, "get").mockImplementation(answer as never);
}

function setup(locale: "en" | "fr", props: PhoneVerificationProps = {}) {
  const sandbox = createSandbox();
  render(
    <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
      <SandboxProvider sandbox={sandbox}>
        <PhoneVerification defaultCountry="FR" {...props} />
      </SandboxProvider>
    </UiMessagesProvider>,
  );
  const codeInput = () => document.querySelector<HTMLInputElement>(".vk-pin-input__input");
  /** Types the test number, sends it, and waits for the code field. */
  const send = async () => {
    document.querySelector<HTMLInputElement>(".vk-phone-field__input")?.focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(codeInput).not.toBeNull();
  };
  const smsTexts = () => sandbox.sandboxed.messages(sandboxNumbers.ok).map((sms) => sms.text);
  return { sandbox, send, codeInput, smsTexts };
}

test("a French page gets a French SMS (plain, as DQE wants), its resend too", async () => {
  const flow = setup("fr");
  await flow.send();
  expect(flow.smsTexts()).toEqual([`Votre code de confirmation : ${sandboxPin}`]);
  await userEvent.click(screen.getByRole("button", { name: "Renvoyer le code" }));
  await expect.poll(() => flow.smsTexts().length).toBe(2);
  expect(flow.smsTexts()[0]).toBe(`Votre code de confirmation : ${sandboxPin}`);
});

test("an English page gets an English SMS", async () => {
  const flow = setup("en");
  await flow.send();
  expect(flow.smsTexts()).toEqual([`Your verification code: ${sandboxPin}`]);
});

test("the code field takes the SMS's code by autofill; WebOTP is asked for only with webOtp", async () => {
  const get = stubWebOtp(() => new Promise(() => {}));

  const off = setup("en");
  await off.send();
  expect(off.codeInput()?.autocomplete).toBe("one-time-code");
  expect(off.codeInput()?.inputMode).toBe("numeric");
  expect(get).not.toHaveBeenCalled();
  cleanup();

  const on = setup("en", { webOtp: true });
  await on.send();
  expect(get).toHaveBeenCalledTimes(1);
  expect(get).toHaveBeenCalledWith(expect.objectContaining({ otp: { transport: ["sms"] } }));
});

test("with webOtp, the code WebOTP reads is checked: verified without typing", async () => {
  stubWebOtp(() => Promise.resolve({ type: "otp", code: sandboxPin }));
  setup("en", { webOtp: true });
  document.querySelector<HTMLInputElement>(".vk-phone-field__input")?.focus();
  await userEvent.keyboard("0600000001{Enter}");
  await expect
    .poll(() => document.querySelector(".vk-phone-verification")?.getAttribute("data-status"))
    .toBe("verified");
});
