import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { plainText } from "../testSupport/plainText.js";
import {
  createSandbox,
  type SandboxOptions,
  SandboxProvider,
  sandboxNumbers,
  sandboxPin,
} from "../testSupport/sandbox.js";
import { PhoneVerification, type PhoneVerificationProps } from "./PhoneVerification.js";
import "../testSupport/phoneParserLoaded.js";

afterEach(() => {
  cleanup();
});

function setup(props: PhoneVerificationProps = {}, options: SandboxOptions = {}, locale: "en" | "fr" = "en") {
  const sandbox = createSandbox(options);
  const onVerified = vi.fn();
  render(
    <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
      <SandboxProvider sandbox={sandbox}>
        <PhoneVerification defaultCountry="FR" onVerified={onVerified} {...props} />
      </SandboxProvider>
    </UiMessagesProvider>,
  );
  const live = () => plainText(document.querySelector(".vk-live-region")?.textContent);
  const phoneInput = () => document.querySelector(".vk-phone-field__input") as HTMLInputElement | null;
  const codeInput = () => document.querySelector(".vk-pin-input__input") as HTMLInputElement | null;
  const status = () => document.querySelector(".vk-phone-verification")?.getAttribute("data-status");
  return { sandbox, onVerified, live, phoneInput, codeInput, status };
}

type Setup = ReturnType<typeof setup>;

/** Types a number and sends it with the keyboard only. */
async function sendCode(flow: Setup, national: string) {
  const input = flow.phoneInput() as HTMLInputElement;
  input.focus();
  await userEvent.keyboard(national);
  await userEvent.keyboard("{Enter}");
}

/** Back on the phone step, announced, focus on the number, which is kept. */
async function expectBackAtNumber(flow: Setup) {
  expect(flow.status()).toBe("idle");
  await expect.poll(flow.live).toBe("Check the number, then send a new code.");
  expect(document.activeElement).toBe(flow.phoneInput());
  expect(flow.phoneInput()?.value).toBe("6 00 00 00 01");
}

describe("PhoneVerification", () => {
  test("keyboard only: number, Enter, code, verified; focus and live region follow each step", async () => {
    const flow = setup();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Country" }));
    await userEvent.tab();
    expect(document.activeElement).toBe(flow.phoneInput());
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(flow.status).toBe("sent");
    await expect.poll(flow.live).toBe("We sent a code by SMS to +33 6 00 00 00 01.");
    expect(document.activeElement).toBe(flow.codeInput());
    expect(screen.getByRole("heading", { name: "Enter the code" })).toBeDefined();
    expect(plainText(document.querySelector(".vk-flow__text")?.textContent)).toContain("+33 6 00 00 00 01");
    // One unbreakable, left-to-right run: the number never wraps across lines nor flips in a right-to-left page.
    expect(document.querySelector(".vk-flow__text")?.textContent).toContain(
      "\u2068+33\u00a06\u00a000\u00a000\u00a000\u00a001\u2069",
    );
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("verified");
    await expect.poll(flow.live).toBe("+33 6 00 00 00 01 is verified.");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Number verified" }));
    expect(flow.onVerified).toHaveBeenCalledTimes(1);
    expect(flow.onVerified.mock.calls[0]?.[0]).toMatchObject({ to: "+33600000001" });
    // Consent was not asked: no preferences to show.
    expect(screen.queryByRole("list", { name: "Contact preferences" })).toBeNull();
  });

  test("an invalid number is refused before any request, on the field, announced, focused", async () => {
    const flow = setup();
    await sendCode(flow, "0123456789");
    const message = "This is not a mobile number: enter a number that can receive SMS.";
    await expect.poll(flow.live).toBe(message);
    expect(flow.phoneInput()).toHaveAccessibleDescription(message);
    expect(document.activeElement).toBe(flow.phoneInput());
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(0);
    await userEvent.click(screen.getByRole("button", { name: "Send code" }));
    expect(flow.status()).toBe("idle");
  });

  test("a wrong code: attempts left, under the field and announced; the field is cleared and keeps focus", async () => {
    const flow = setup();
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    await userEvent.keyboard("111111");
    await expect.poll(flow.status).toBe("rejected");
    const message = "This code is not right. Check the SMS and try again. 4 attempts left.";
    await expect.poll(flow.live).toBe(message);
    expect(flow.codeInput()).toHaveAccessibleDescription(message);
    expect(flow.codeInput()).toHaveAttribute("aria-invalid", "true");
    expect(flow.codeInput()?.value).toBe("");
    expect(document.activeElement).toBe(flow.codeInput());
    await userEvent.keyboard("222222");
    await expect
      .poll(flow.live)
      .toBe("This code is not right. Check the SMS and try again. 3 attempts left.");
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("verified");
  });

  test("too many wrong codes lock the verification: back to the number, with the reason focused", async () => {
    const flow = setup({}, { limits: { maxAttempts: 2 } });
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    await userEvent.keyboard("111111");
    await expect.poll(flow.live).toContain("1 attempt left.");
    await userEvent.keyboard("222222");
    await expect.poll(flow.status).toBe("locked");
    const message =
      "Too many wrong codes were entered: this code can no longer be used. Start again to get a new one.";
    await expect.poll(flow.live).toBe(message);
    expect(document.activeElement?.textContent).toBe(message);
    expect(flow.phoneInput()?.value).toBe("6 00 00 00 01");
  });

  test("resend: a visible countdown, then a new code announced and focus back in the code", async () => {
    const flow = setup({}, { limits: { resendCooldownS: 2 } });
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    const resend = screen.getByRole("button", { name: /Resend code/ });
    expect(resend.textContent).toMatch(/^Resend code in [12] seconds?$/);
    expect(resend).toHaveAttribute("aria-disabled", "true");
    // Playwright waits for an aria-disabled button to be enabled before clicking: force the press now.
    await userEvent.click(resend, { force: true });
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/resend")).toBe(0);
    await expect.poll(() => resend.textContent, { timeout: 4000 }).toBe("Resend code");
    expect(resend).not.toHaveAttribute("aria-disabled");
    await userEvent.click(resend);
    await expect
      .poll(flow.live)
      .toMatch(/^New code sent at .+ to \+33 6 00 00 00 01\. Only the latest code works\.$/);
    expect(document.activeElement).toBe(flow.codeInput());
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/resend")).toBe(1);
  });

  test("no resend left: it says so and offers Start again, which goes back to the number", async () => {
    const flow = setup({}, { limits: { maxResends: 0 } });
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    expect(
      screen.getByText("No more codes can be sent for this verification: start again to get a new one."),
    ).toBeDefined();
    expect(screen.queryByRole("button", { name: /Resend code/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Start again" }));
    await expectBackAtNumber(flow);
  });

  test("an expired code with no resend left: focus on Start again, never lost", async () => {
    const flow = setup({}, { sms: { pinTtlS: 1 }, limits: { maxResends: 0 } });
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    await expect.poll(flow.status, { timeout: 3000 }).toBe("expired");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Start again" }));
    await userEvent.keyboard("{Enter}");
    expect(flow.status()).toBe("idle");
    await userEvent.keyboard("{Enter}");
    await expect.poll(flow.status).toBe("sent");
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(2);
  });

  test("a resend refused by a limit: the reason, when to try again, and Resend waits for it", async () => {
    const flow = setup({}, { limits: { sendsPerNumber: 1 } });
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    await userEvent.click(screen.getByRole("button", { name: "Resend code" }));
    await expect.poll(flow.status).toBe("error");
    await expect.poll(flow.live).toBe("Too many codes were sent. You can try again in 1 hour.");
    expect(document.querySelector(".vk-flow__alert")?.textContent).toBe(
      "Too many codes were sent. You can try again in 1 hour.",
    );
    expect(document.activeElement).toBe(document.querySelector(".vk-flow__alert"));
    const resend = screen.getByRole("button", { name: "Resend code in 1 hour" });
    expect(resend).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(resend, { force: true });
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/resend")).toBe(1);
    // A wrong code meanwhile: the limit still holds, and Resend still waits for it.
    flow.codeInput()?.focus();
    await userEvent.keyboard("111111");
    await expect.poll(flow.status).toBe("rejected");
    expect(screen.getByRole("button", { name: "Resend code in 1 hour" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    // The code already sent still works.
    flow.codeInput()?.focus();
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("verified");
  });

  test("change number: back to the field with the number, focused", async () => {
    const flow = setup();
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    await userEvent.click(screen.getByRole("button", { name: "Change number" }));
    await expectBackAtNumber(flow);
  });

  test("an expired code: the reason, and focus on Resend", async () => {
    const flow = setup({}, { sms: { pinTtlS: 1 } });
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    await expect.poll(flow.status, { timeout: 3000 }).toBe("expired");
    await expect.poll(flow.live).toBe("This code has expired. Ask for a new one.");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Resend code" }));
    expect(flow.codeInput()).toBeDisabled();
  });

  test("an undeliverable number: the reason on the field, focused", async () => {
    const flow = setup();
    await sendCode(flow, "0600000002");
    await expect.poll(flow.status).toBe("undeliverable");
    const message = "We could not send an SMS to this number. Check the number or use another one.";
    await expect.poll(flow.live).toBe(message);
    expect(flow.phoneInput()).toHaveAccessibleDescription(message);
    expect(document.activeElement).toBe(flow.phoneInput());
  });

  test("a retryable failure offers a retry that works", async () => {
    let down = true;
    const flow = setup(
      {},
      {
        between: (inner) => async (input, init) => {
          if (down) throw new TypeError("Failed to fetch");
          return inner(input, init);
        },
      },
    );
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("error");
    const message = "The connection failed. Check your network and try again.";
    await expect.poll(flow.live).toBe(message);
    expect(document.activeElement?.textContent).toBe(message);
    down = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await expect.poll(flow.status).toBe("sent");
  });

  test("after a failed send, editing the number drops the old error and its retry", async () => {
    const flow = setup({}, { limits: { sendsPerNumber: 1 } });
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    await userEvent.click(screen.getByRole("button", { name: "Change number" }));
    await userEvent.keyboard("{Enter}");
    await expect.poll(flow.status).toBe("error");
    expect(screen.getByRole("button", { name: /Try again in \d+ (second|minute|hour)s?/ })).toBeDefined();
    expect(document.querySelector(".vk-flow__alert")).not.toBeNull();

    // Another number: the limit was about the first one.
    (flow.phoneInput() as HTMLInputElement).focus();
    await userEvent.keyboard("{Control>}a{/Control}0600000099");
    expect(document.querySelector(".vk-flow__alert")).toBeNull();
    expect(screen.queryByRole("button", { name: /Try again/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Send code" }));
    await expect.poll(flow.status).toBe("sent");
  });

  test("a limit says when to try again", async () => {
    const flow = setup({}, { limits: { sendsPerNumber: 1 } });
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    await userEvent.click(screen.getByRole("button", { name: "Change number" }));
    await userEvent.keyboard("{Enter}");
    await expect.poll(flow.status).toBe("error");
    await expect.poll(flow.live).toMatch(/^Too many codes were sent\. You can try again in 1 hour\.$/);
    const retry = screen.getByRole("button", { name: /Try again in \d+ (second|minute|hour)s?/ });
    expect(retry).toHaveAttribute("aria-disabled", "true");
  });

  test("consent: at least one channel, then recorded and shown on success", async () => {
    const flow = setup({ askConsent: true });
    await sendCode(flow, "0600000001");
    const message = "Choose at least one way we may contact you.";
    await expect.poll(flow.live).toBe(message);
    expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "Phone calls" }));
    expect(screen.getByRole("checkbox", { name: "Phone calls" })).toHaveAccessibleDescription(message);
    await userEvent.click(screen.getByRole("checkbox", { name: "Text messages (SMS)" }));
    await userEvent.click(screen.getByRole("button", { name: "Send code" }));
    await expect.poll(flow.status).toBe("sent");
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("verified");
    const items = Array.from(document.querySelectorAll(".vk-consent__item"), (item) => item.textContent);
    expect(items).toEqual([
      "Phone calls not allowed",
      "Post not allowed",
      "Text messages (SMS) allowed",
      "Email not allowed",
    ]);
  });

  test("in French", async () => {
    const flow = setup({ defaultPhone: sandboxNumbers.ok }, {}, "fr");
    expect(screen.getByRole("heading", { name: "Vérifiez votre numéro de mobile" })).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "Envoyer le code" }));
    await expect.poll(flow.status).toBe("sent");
    await expect.poll(flow.live).toBe("Nous avons envoyé un code par SMS au +33 6 00 00 00 01.");
    await userEvent.keyboard("111111");
    await expect
      .poll(flow.live)
      .toBe("Ce code n’est pas le bon. Vérifiez le SMS et réessayez. 4 essais restants.");
    await act(async () => {});
  });

  test("in French, waits are worded by the language: a limit, and the resend countdown", async () => {
    const flow = setup({}, { limits: { sendsPerNumber: 1, resendCooldownS: 30 } }, "fr");
    await sendCode(flow, "0600000001");
    await expect.poll(flow.status).toBe("sent");
    expect(screen.getByRole("button", { name: /^Renvoyer le code dans (30|29) secondes$/ })).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "Changer de numéro" }));
    await userEvent.keyboard("{Enter}");
    await expect.poll(flow.status).toBe("error");
    await expect.poll(flow.live).toMatch(/ Vous pourrez réessayer dans 1 heure\.$/);
    expect(screen.getByRole("button", { name: "Réessayer dans 1 heure" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });
});

test("defect 4: the missing consent is announced once, by the flow's live region, not by the field's too", async () => {
  const flow = setup({ askConsent: true });
  await sendCode(flow, "0600000001");
  const message = "Choose at least one way we may contact you.";
  await expect.poll(flow.live, { timeout: 5000 }).toBe(message);
  const speaking = Array.from(document.querySelectorAll("[aria-live]")).filter((region) =>
    plainText(region.textContent).includes(message),
  );
  expect(speaking).toEqual([document.querySelector(".vk-live-region")]);
  // Still shown on the field, and tied to its boxes.
  expect(screen.getByRole("checkbox", { name: "Phone calls" })).toHaveAccessibleDescription(message);
});

test("the consent field alone still announces its own error when the last box is unticked", async () => {
  const { ConsentChannelsField } = await import("../consentChannels/ConsentChannelsField.js");
  render(<ConsentChannelsField defaultValue={{ phone: true, post: false, sms: false, email: false }} />);
  await userEvent.click(screen.getByRole("checkbox", { name: "Phone calls" }));
  const error = document.querySelector(".vk-consent-field .vk-field-error");
  expect(error).toHaveAttribute("aria-live", "polite");
  expect(plainText(error?.textContent)).toBe("Choose at least one way we may contact you.");
});
