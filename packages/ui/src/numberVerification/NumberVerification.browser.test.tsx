import { cleanup, render, screen } from "@testing-library/react";
import { createVerifyApiClient, type ErrorCode, errorCatalogue, locales } from "@verify-kit/core";
import { errorMessages, errorMessagesEn } from "@verify-kit/core/messages";
import { VerificationProvider } from "@verify-kit/react";
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
import { NumberVerification, type NumberVerificationProps } from "./NumberVerification.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup(
  props: NumberVerificationProps = {},
  options: SandboxOptions = {},
  locale: "en" | "fr" = "en",
) {
  const sandbox = createSandbox(options);
  const onVerified = vi.fn();
  render(
    <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
      <SandboxProvider sandbox={sandbox}>
        <NumberVerification defaultCountry="FR" device="desktop" onVerified={onVerified} {...props} />
      </SandboxProvider>
    </UiMessagesProvider>,
  );
  const live = () => plainText(document.querySelector(".vk-live-region")?.textContent);
  const phoneInput = () => document.querySelector(".vk-phone-field__input") as HTMLInputElement | null;
  const status = () => document.querySelector(".vk-number-verification")?.getAttribute("data-status");
  return { sandbox, onVerified, live, phoneInput, status };
}

async function start(flow: ReturnType<typeof setup>, national: string) {
  flow.phoneInput()?.focus();
  await userEvent.keyboard(`${national}{Enter}`);
}

describe("NumberVerification", () => {
  test("desktop, keyboard only: explanation, QR code and elapsed time, then verified when the phone opens the page", async () => {
    const flow = setup();
    expect(screen.getByText(/Your mobile operator confirms that the number is yours/)).toBeDefined();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(flow.phoneInput());
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(flow.status).toBe("pending");
    await expect.poll(flow.live).toBe("Scan with your phone");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Scan with your phone" }));
    const qr = screen.getByRole("img", { name: "QR code of the page to open on your phone" });
    expect(qr.querySelector("path")?.getAttribute("d")?.length).toBeGreaterThan(100);
    expect(screen.getByText(/^Waiting for your phone… 0:0\d$/)).toBeDefined();
    await flow.sandbox.openOnPhone();
    await expect.poll(flow.status).toBe("verified");
    await expect.poll(flow.live).toBe("Your operator confirmed +33 6 00 00 00 01.");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Number verified" }));
    expect(flow.onVerified).toHaveBeenCalledTimes(1);
  });

  test("the elapsed time counts up while waiting", async () => {
    const flow = setup({ defaultPhone: sandboxNumbers.ok });
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(flow.status).toBe("pending");
    await expect
      .poll(() => screen.queryByText("Waiting for your phone… 0:01"), { timeout: 2500 })
      .not.toBeNull();
  });

  test("copy link: the page's address on the clipboard, announced", async () => {
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    const flow = setup({ defaultPhone: sandboxNumbers.ok });
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(flow.status).toBe("pending");
    await userEvent.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith(flow.sandbox.operatorUrls.at(-1));
    await expect.poll(flow.live).toBe("Link copied.");
  });

  test("copy link refused: the link is shown selected, and the failure announced", async () => {
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    const flow = setup({ defaultPhone: sandboxNumbers.ok });
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(flow.status).toBe("pending");
    expect(screen.queryByRole("textbox", { name: "Link to the check" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Copy link" }));
    await expect.poll(flow.live).toBe("The link could not be copied: select it below and copy it.");
    const field = screen.getByRole("textbox", { name: "Link to the check" }) as HTMLInputElement;
    expect(field.value).toBe(flow.sandbox.operatorUrls.at(-1));
    expect(field.readOnly).toBe(true);
  });

  test("on a phone: a button opens the operator's page, with the Wi-Fi hint", async () => {
    const flow = setup({ device: "phone", defaultPhone: sandboxNumbers.ok });
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(flow.status).toBe("pending");
    const link = screen.getByRole("link", { name: "Open the check" });
    expect(link.getAttribute("href")).toBe(flow.sandbox.operatorUrls.at(-1));
    expect(screen.getByText("Turn Wi-Fi off first: the check goes through mobile data.")).toBeDefined();
    expect(screen.queryByRole("img")).toBeNull();
  });

  test("cancel: back to the number, announced, focused", async () => {
    const flow = setup();
    await start(flow, "0600000001");
    await expect.poll(flow.status).toBe("pending");
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(flow.status()).toBe("idle");
    await expect.poll(flow.live).toBe("Check cancelled.");
    expect(document.activeElement).toBe(flow.phoneInput());
  });

  test("not this number: the reason, focused; one click to the SMS code with the number filled in", async () => {
    const flow = setup();
    await start(flow, "0600000002");
    await expect.poll(flow.status).toBe("pending");
    await flow.sandbox.openOnPhone();
    await expect.poll(flow.status).toBe("not_verified");
    const message = errorMessagesEn.number_not_verified;
    await expect.poll(flow.live).toBe(message);
    expect(document.activeElement?.textContent).toBe(message);
    await userEvent.click(screen.getByRole("button", { name: "Get a code by SMS instead" }));
    expect(screen.getByRole("heading", { name: "Verify your mobile number" })).toBeDefined();
    expect(flow.phoneInput()?.value).toBe("6 00 00 00 02");
    expect(document.activeElement).toBe(flow.phoneInput());
  });

  test("declined on the phone: the reason and the SMS switch", async () => {
    const flow = setup();
    await start(flow, "0600000003");
    await expect.poll(flow.status).toBe("pending");
    await flow.sandbox.openOnPhone();
    await expect.poll(flow.status).toBe("failed");
    await expect.poll(flow.live).toBe(errorMessagesEn.check_declined);
    expect(screen.getByRole("button", { name: "Get a code by SMS instead" })).toBeDefined();
  });

  test("ineligible number: the SMS fallback completes the verification by keyboard", async () => {
    const flow = setup();
    await start(flow, "0600000009");
    await expect.poll(flow.status).toBe("failed");
    await expect.poll(flow.live).toBe(errorMessagesEn.number_ineligible);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Get a code by SMS instead" }));
    await userEvent.keyboard("{Enter}");
    expect(document.activeElement).toBe(flow.phoneInput());
    await userEvent.keyboard("{Enter}");
    await expect
      .poll(() => document.querySelector(".vk-phone-verification")?.getAttribute("data-status"))
      .toBe("sent");
    await userEvent.keyboard(sandboxPin);
    await expect
      .poll(() => document.querySelector(".vk-phone-verification")?.getAttribute("data-status"))
      .toBe("verified");
  });

  test("onFallbackToSms takes the number instead of switching in place", async () => {
    const onFallbackToSms = vi.fn();
    const flow = setup({ onFallbackToSms });
    await start(flow, "0600000009");
    await expect.poll(flow.status).toBe("failed");
    await userEvent.click(screen.getByRole("button", { name: "Get a code by SMS instead" }));
    expect(onFallbackToSms).toHaveBeenCalledWith("+33600000009");
  });

  test("the phone never opens the page: timed out, with a retry", async () => {
    const flow = setup({ deadlineS: 1 });
    await start(flow, "0600000001");
    await expect.poll(flow.status, { timeout: 3000 }).toBe("timed_out");
    await expect.poll(flow.live).toBe(errorMessagesEn.check_timed_out);
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await expect.poll(flow.status).toBe("pending");
  });

  test("an invalid number is refused before any request", async () => {
    const flow = setup();
    await start(flow, "0612");
    await expect.poll(flow.live).toBe("This phone number is too short.");
    expect(document.activeElement).toBe(flow.phoneInput());
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/number-verify")).toBe(0);
  });

  test("in French", async () => {
    const flow = setup({ defaultPhone: sandboxNumbers.ok }, {}, "fr");
    expect(
      screen.getByRole("heading", { name: "Vérifiez votre numéro auprès de votre opérateur" }),
    ).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "Vérifier mon numéro" }));
    await expect.poll(flow.status).toBe("pending");
    await expect.poll(flow.live).toBe("Scannez avec votre téléphone");
    await flow.sandbox.openOnPhone();
    await expect.poll(flow.live).toBe("Votre opérateur a confirmé le +33 6 00 00 00 01.");
  });
});

// The operator check's own codes (PhoneVerification's test covers the whole catalogue), as the server
// would answer them to the start of a check.
describe("NumberVerification: each operator check error's message", () => {
  const codes = (Object.keys(errorCatalogue) as ErrorCode[]).filter(
    (code) =>
      errorCatalogue[code].fallbackToSms ||
      ["number_unknown", "check_not_found", "network_error"].includes(code),
  );

  test.each(locales)("%s", async (locale) => {
    let code: ErrorCode = codes[0] as ErrorCode;
    const adapter = createVerifyApiClient({
      fetch: async () =>
        new Response(JSON.stringify({ error: { code, retryable: false } }), {
          status: 400,
          headers: { "content-type": "application/json" },
        }),
    });
    render(
      <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
        <VerificationProvider adapter={adapter}>
          <NumberVerification defaultPhone="+33600000001" />
        </VerificationProvider>
      </UiMessagesProvider>,
    );
    const alert = () => document.querySelector(".vk-flow__alert")?.textContent ?? "";
    for (const next of codes) {
      code = next;
      document.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      const message = errorMessages[locale][code];
      const deadline = performance.now() + 1000;
      while (alert() !== message && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 0));
      expect(alert(), code).toBe(message);
      // Back to the number for the next code.
      (document.querySelector(".vk-flow__actions button:last-child") as HTMLButtonElement).click();
      while (document.querySelector('button[type="submit"]') === null)
        await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
});
