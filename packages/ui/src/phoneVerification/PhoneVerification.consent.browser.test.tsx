// Consent as the site's switch (issue: no code without marketing consent; the boxes read as the code's
// channel; a preferences block nobody was asked about on success).
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { NumberVerification } from "../numberVerification/NumberVerification.js";
import { axeViolations } from "../testSupport/axe.js";
import { plainText } from "../testSupport/plainText.js";
import { createSandbox, SandboxProvider, sandboxNumbers, sandboxPin } from "../testSupport/sandbox.js";
import { PhoneVerification, type PhoneVerificationProps } from "./PhoneVerification.js";

afterEach(() => {
  cleanup();
});

function setup(props: PhoneVerificationProps, locale: "en" | "fr" = "en") {
  const sandbox = createSandbox();
  render(
    <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
      <SandboxProvider sandbox={sandbox}>
        <PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} {...props} />
      </SandboxProvider>
    </UiMessagesProvider>,
  );
  const root = () => document.querySelector(".vk-phone-verification") as HTMLElement;
  const status = () => root().getAttribute("data-status");
  /** Sends with the keyboard (Enter in the number), then types the right code. */
  const sendAndVerify = async () => {
    document.querySelector<HTMLInputElement>(".vk-phone-field__input")?.focus();
    await userEvent.keyboard("{Enter}");
    await expect.poll(status).toBe("sent");
    expect(document.activeElement).toBe(document.querySelector(".vk-pin-input__input"));
    await userEvent.keyboard(sandboxPin);
    await expect.poll(status).toBe("verified");
  };
  return { sandbox, root, status, sendAndVerify };
}

test('consent="optional": asked apart, said optional and not the code\'s channel; nothing ticked, the code goes', async () => {
  const flow = setup({ consent: "optional" });
  const group = screen.getByRole("group", { name: "How may we contact you?" });
  expect(group.getAttribute("aria-describedby")).toBeTruthy();
  const hint = document.getElementById(group.getAttribute("aria-describedby") as string);
  expect(hint?.textContent).toBe("Optional. This is not how the code is sent: it always comes by SMS.");
  // A rule of its own between the number and "Send code".
  const apart = group.closest(".vk-flow__consent") as HTMLElement;
  expect(getComputedStyle(apart).borderTopStyle).toBe("solid");
  expect(Number.parseFloat(getComputedStyle(apart).borderTopWidth)).toBeGreaterThanOrEqual(1);
  const field = document.querySelector(".vk-phone-field") as HTMLElement;
  const send = screen.getByRole("button", { name: "Send code" });
  expect(field.getBoundingClientRect().bottom).toBeLessThanOrEqual(apart.getBoundingClientRect().top);
  expect(apart.getBoundingClientRect().bottom).toBeLessThanOrEqual(send.getBoundingClientRect().top);
  expect(await axeViolations(flow.root())).toEqual([]);

  await flow.sendAndVerify();
  // Asked, so the answer is shown: nothing allowed.
  const list = screen.getByRole("list", { name: "Contact preferences" });
  expect(plainText(list.textContent)).toContain("Text messages (SMS) not allowed");
  expect(await axeViolations(flow.root())).toEqual([]);
});

test('consent="optional" in French: the hint in French typography', async () => {
  setup({ consent: "optional" }, "fr");
  const group = screen.getByRole("group", { name: "Comment pouvons-nous vous contacter ?" });
  const hint = document.getElementById(group.getAttribute("aria-describedby") as string);
  expect(hint?.textContent).toBe(
    "Facultatif. Ce n’est pas le moyen d’envoi du code\u202f: il arrive toujours par SMS.",
  );
});

test('consent="optional": what is ticked is recorded with the code', async () => {
  const flow = setup({ consent: "optional" });
  await userEvent.click(screen.getByRole("checkbox", { name: "Email" }));
  await flow.sendAndVerify();
  const list = screen.getByRole("list", { name: "Contact preferences" });
  expect(plainText(list.textContent)).toContain("Email allowed");
});

test('consent="required": no code until a channel is chosen, as askConsent did', async () => {
  const flow = setup({ consent: "required" });
  await userEvent.click(screen.getByRole("button", { name: "Send code" }));
  expect(flow.status()).toBe("idle");
  expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(0);
  expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "Phone calls" }));
  expect(screen.getByText("Choose at least one.")).toBeDefined();
});

test("consent off (the default): no question, and no preferences block on success", async () => {
  const flow = setup({});
  expect(screen.queryByRole("group")).toBeNull();
  await flow.sendAndVerify();
  expect(screen.getByRole("heading", { name: "Number verified" })).toBeDefined();
  expect(screen.queryByRole("list", { name: "Contact preferences" })).toBeNull();
  expect(flow.root().textContent).not.toContain("Your contact preferences");
  expect(await axeViolations(flow.root())).toEqual([]);
});

test("checkout: the SMS fallback's success shows no preferences nobody was asked about", async () => {
  const sandbox = createSandbox();
  render(
    <SandboxProvider sandbox={sandbox}>
      <NumberVerification defaultCountry="FR" device="desktop" defaultPhone={sandboxNumbers.declined} />
    </SandboxProvider>,
  );
  await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
  const check = document.querySelector(".vk-number-verification") as HTMLElement;
  await expect.poll(() => check.getAttribute("data-status")).toBe("pending");
  await sandbox.openOnPhone();
  await userEvent.click(await screen.findByRole("button", { name: "Get a code by SMS instead" }));
  const root = document.querySelector(".vk-phone-verification") as HTMLElement;
  await expect.poll(() => root.getAttribute("data-status")).toBe("sent");
  (document.querySelector(".vk-pin-input__input") as HTMLInputElement).focus();
  await userEvent.keyboard(sandboxPin);
  await expect.poll(() => root.getAttribute("data-status")).toBe("verified");
  expect(screen.queryByRole("list", { name: "Contact preferences" })).toBeNull();
});
