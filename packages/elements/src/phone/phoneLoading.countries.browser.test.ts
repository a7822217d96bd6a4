import { afterEach, expect, test } from "vitest";
import "@verify-kit/ui/styles.css";
import { announced, mountInForm } from "../test/elementSandbox.js";
import { optionValues, phoneLoads } from "../test/phoneLoads.js";
import type { VerifyPhoneElement } from "./VerifyPhoneElement.js";

// The phone rules and metadata, held back on their way from the server (a slow network): a page of its own,
// whose phone runtime starts empty.

afterEach(() => document.body.replaceChildren());

test('countries="FR BE": only their numbering plans load; a landline autofilled and sent before they came is formatted, its country picked and refused as not a mobile once they have', async () => {
  await phoneLoads.hold();
  const { element, events } = mountInForm<VerifyPhoneElement>(
    '<verify-phone countries="FR BE"></verify-phone>',
  );
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  const input = element.querySelector("input[type=tel]") as HTMLInputElement;
  const select = element.querySelector("select") as HTMLSelectElement;
  // The browser's autofill: the value and an input event, without a focus. Then "Send code" at once.
  input.value = "+32 2 234 56 78";
  input.dispatchEvent(new Event("input", { bubbles: true }));
  (element.querySelector("[data-vk-submit]") as HTMLButtonElement).click();
  await expect.poll(() => phoneLoads.asked()).toContain("phoneRules");
  // Held back: the number waits in the field as it came, unread.
  expect(input.value).toBe("+32 2 234 56 78");
  expect(input.getAttribute("aria-invalid")).toBeNull();
  expect(element.state?.status).toBe("idle");

  await phoneLoads.release();
  await expect.poll(() => input.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
  // The two countries' numbering plans alone: no other country's, not every country's metadata.
  await expect.poll(() => phoneLoads.countries()).toEqual(["BE", "FR"]);
  expect(await phoneLoads.asked()).not.toContain("every country");
  await expect.poll(() => input.value).toBe("2 234 56 78");
  expect(select.value).toBe("BE");
  expect(optionValues(select)).toEqual(["BE", "FR"]);
  const error = "This is not a mobile number: enter a number that can receive SMS.";
  expect(document.getElementById(input.getAttribute("aria-describedby") as string)?.textContent).toBe(error);
  expect(announced(element)).toBe(error);
  expect(events.find((event) => event.type === "vk-error")?.detail).toMatchObject({
    code: "phone_not_mobile",
  });
  expect(element.state?.status).toBe("idle");
});

test("a mobile of the list pasted whole is formatted, its country picked, and gets its code; no plan loaded twice", async () => {
  await phoneLoads.watch();
  const { element } = mountInForm<VerifyPhoneElement>('<verify-phone countries="FR BE"></verify-phone>');
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  const input = element.querySelector("input[type=tel]") as HTMLInputElement;
  input.focus();
  input.value = "+32 450 00 12 34";
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await expect.poll(() => input.value, { timeout: 10_000 }).toBe("450 00 12 34");
  expect((element.querySelector("select") as HTMLSelectElement).value).toBe("BE");
  (element.querySelector("[data-vk-submit]") as HTMLButtonElement).click();
  await expect.poll(() => element.state?.status, { timeout: 10_000 }).toBe("sent");
  expect((element.state as { to?: string }).to).toBe("+32450001234");
  expect(await phoneLoads.countries()).toEqual([]);
});
