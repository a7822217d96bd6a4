import { readVerificationProof } from "@verify-kit/server";
import { afterEach, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import "@verify-kit/ui/styles.css";
import { announced, axeViolations, mountInForm, sandboxPin } from "../test/elementSandbox.js";
import type { VerifyNumberElement } from "./VerifyNumberElement.js";

afterEach(() => document.body.replaceChildren());

const outer = (element: Element) => element.querySelector(".vk-number-verification") as HTMLElement;
const statusOf = (element: Element) => () => outer(element)?.dataset.status;
const inner = (element: Element) => () =>
  element.querySelector(".vk-phone-verification")?.getAttribute("data-status");

/** Types the number in the focused field and presses Enter. */
async function start(element: VerifyNumberElement, national: string) {
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  (element.querySelector("input[type=tel]") as HTMLInputElement).focus();
  await userEvent.keyboard(`${national}{Enter}`);
}

test("desktop: the QR code of the operator page, the step's title focused and said; the phone confirms; the form gets the number", async () => {
  const { form, element, events, openOnPhone } = mountInForm<VerifyNumberElement>(
    '<verify-number name="phone" device="desktop" required></verify-number>',
  );
  await start(element, "0600000001");
  await expect.poll(statusOf(element)).toBe("pending");
  expect(document.activeElement?.textContent).toBe("Scan with your phone");
  expect(announced(element)).toBe("Scan with your phone");
  await expect
    .poll(() => element.querySelector("svg.vk-qr")?.getAttribute("aria-label"))
    .toBe("QR code of the page to open on your phone");
  expect(form.checkValidity()).toBe(false);
  await openOnPhone();
  await expect.poll(statusOf(element)).toBe("verified");
  expect(document.activeElement?.textContent).toBe("Number verified");
  expect(new FormData(form).get("phone")).toBe("+33600000001");
  expect(form.checkValidity()).toBe(true);
  expect(events.find((event) => event.type === "vk-verified")?.detail).toMatchObject({
    phone: "+33600000001",
  });
});

test("on a phone: a link opens the operator page, with the Wi-Fi hint", async () => {
  const { element } = mountInForm<VerifyNumberElement>('<verify-number device="phone"></verify-number>');
  await start(element, "0600000001");
  await expect.poll(statusOf(element)).toBe("pending");
  const link = element.querySelector("a.vk-button") as HTMLAnchorElement;
  expect(link.textContent).toBe("Open the check");
  expect(link.href).toMatch(/^http/);
  expect(element.querySelector("svg.vk-qr")).toBeNull();
});

test("Cancel goes back to the number, focused, and says so", async () => {
  const { element } = mountInForm<VerifyNumberElement>('<verify-number device="desktop"></verify-number>');
  await start(element, "0600000001");
  await expect.poll(statusOf(element)).toBe("pending");
  (element.querySelector(".vk-button[data-variant=link]") as HTMLButtonElement).click();
  await expect.poll(statusOf(element)).toBe("idle");
  expect(announced(element)).toBe("Check cancelled.");
  expect(document.activeElement).toBe(element.querySelector("input[type=tel]"));
});

test("an ineligible number: the reason focused and said; the SMS fallback, keyboard only, verifies the number for the form", async () => {
  const { form, element, events, submitted } = mountInForm<VerifyNumberElement>(
    '<verify-number name="phone" required></verify-number>',
  );
  await start(element, "0600000009");
  await expect.poll(statusOf(element)).toBe("failed");
  expect(announced(element)).toBe(document.activeElement?.textContent);
  expect(events.find((event) => event.type === "vk-error")?.detail).toMatchObject({
    code: "number_ineligible",
  });
  await userEvent.tab();
  expect(document.activeElement?.textContent).toBe("Get a code by SMS instead");
  await userEvent.keyboard("{Enter}");
  await expect.poll(() => outer(element)?.dataset.step).toBe("sms");
  expect(announced(element)).toBe(
    "Sending a code by SMS to \u2068+33\u00a06\u00a000\u00a000\u00a000\u00a009\u2069.",
  );
  // Sent at once: one step from the choice to the code field.
  await expect.poll(inner(element)).toBe("sent");
  await userEvent.keyboard(sandboxPin);
  await expect.poll(inner(element)).toBe("verified");
  form.requestSubmit();
  // The number alone: this adapter has no proof secret, so no proof field beside it.
  expect(submitted.map((data) => [...data.entries()])).toEqual([[["phone", "+33600000009"]]]);
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds nothing on the number, pending, failed and success steps (${theme})`, async () => {
    document.documentElement.dataset.theme = theme;
    document.body.style.background = "var(--vk-color-bg)";
    try {
      const { element, openOnPhone } = mountInForm<VerifyNumberElement>(
        '<verify-number name="phone" device="desktop"></verify-number>',
      );
      await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
      expect(await axeViolations(document.body)).toEqual([]);
      await start(element, "0600000001");
      await expect.poll(() => element.querySelector("svg.vk-qr")).not.toBeNull();
      expect(await axeViolations(document.body)).toEqual([]);
      await openOnPhone();
      await expect.poll(statusOf(element)).toBe("verified");
      expect(await axeViolations(document.body)).toEqual([]);
      const failed = mountInForm<VerifyNumberElement>("<verify-number></verify-number>");
      await start(failed.element, "0600000009");
      await expect.poll(statusOf(failed.element)).toBe("failed");
      expect(await axeViolations(document.body)).toEqual([]);
    } finally {
      delete document.documentElement.dataset.theme;
      document.body.style.background = "";
    }
  });
}

test("with a proof secret on the adapter, the operator check's submit carries phone_proof, which readVerificationProof accepts", async () => {
  const secret = "a-host-secret-shared-with-the-adapter-0123";
  const { form, element, submitted, openOnPhone } = mountInForm<VerifyNumberElement>(
    '<verify-number name="phone" device="desktop" required></verify-number>',
    { proof: { secret } },
  );
  await start(element, "0600000001");
  await expect.poll(statusOf(element)).toBe("pending");
  await openOnPhone();
  await expect.poll(statusOf(element)).toBe("verified");
  form.requestSubmit();
  const posted = submitted[0] as FormData;
  expect(
    await readVerificationProof(posted.get("phone_proof"), { secret, phone: String(posted.get("phone")) }),
  ).toMatchObject({ ok: true, value: { phone: "+33600000001", method: "operator" } });
});
