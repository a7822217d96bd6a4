import { readVerificationProof } from "@verify-kit/server";
import { afterEach, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import "@verify-kit/ui/styles.css";
import { announced, axeViolations, mountInForm, sandboxPin } from "../test/elementSandbox.js";
import type { VerifyPhoneElement } from "./VerifyPhoneElement.js";

afterEach(() => document.body.replaceChildren());

const statusOf = (element: Element) => () => element.querySelector(".vk-flow")?.getAttribute("data-status");

/** Keyboard only: Tab to the number, type it, Enter. */
async function sendFromKeyboard(element: VerifyPhoneElement, national = "0600000001") {
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  const tel = element.querySelector("input[type=tel]");
  if (document.activeElement !== tel) {
    // From the top of the page: the country picker comes first in the tab order, then the number.
    await userEvent.keyboard("{Tab}{Tab}");
  }
  expect(document.activeElement).toBe(tel);
  await userEvent.keyboard(`${national}{Enter}`);
  await expect.poll(statusOf(element)).toBe("sent");
}

test("keyboard only, the PIN flow: the code step takes the focus and says where the code went; the code verifies the number", async () => {
  const { element, events } = mountInForm<VerifyPhoneElement>('<verify-phone name="phone"></verify-phone>');
  await sendFromKeyboard(element);
  expect(document.activeElement).toBe(element.querySelector("input[autocomplete=one-time-code]"));
  expect(announced(element)).toBe(
    "We sent a code by SMS to \u2068+33\u00a06\u00a000\u00a000\u00a000\u00a001\u2069.",
  );
  await userEvent.keyboard(sandboxPin);
  await expect.poll(statusOf(element)).toBe("verified");
  expect(document.activeElement?.textContent).toBe("Number verified");
  expect(announced(element)).toBe("\u2068+33\u00a06\u00a000\u00a000\u00a000\u00a001\u2069 is verified.");
  expect(events.find((event) => event.type === "vk-verified")?.detail).toMatchObject({
    phone: "+33600000001",
  });
  expect(
    events
      .filter((event) => event.type === "vk-step")
      .map((event) => (event.detail as { step: string }).step),
  ).toEqual(expect.arrayContaining(["phone", "code", "verified"]));
});

test("the form's value under name is the verified number, and only once verified", async () => {
  const { form, element } = mountInForm<VerifyPhoneElement>('<verify-phone name="phone"></verify-phone>');
  expect(new FormData(form).get("phone")).toBeNull();
  await sendFromKeyboard(element);
  await userEvent.keyboard(sandboxPin);
  await expect.poll(statusOf(element)).toBe("verified");
  expect(new FormData(form).get("phone")).toBe("+33600000001");
  expect(element.value).toBe("+33600000001");
  // Nothing the element holds inside (the number typed, the code) goes with the form: the number alone (this
  // adapter has no proof secret, so no proof field beside it).
  expect([...new FormData(form).entries()]).toEqual([["phone", "+33600000001"]]);
});

test("required: the form refuses to submit until verified, says why and focuses the number", async () => {
  const { form, element, submitted } = mountInForm<VerifyPhoneElement>(
    '<verify-phone name="phone" required></verify-phone>',
  );
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  expect(form.checkValidity()).toBe(false);
  expect(element.validity.valueMissing).toBe(true);
  form.requestSubmit();
  expect(submitted).toHaveLength(0);
  expect(announced(element)).toBe("Verify your mobile number to continue.");
  expect(document.activeElement).toBe(element.querySelector("input[type=tel]"));
  expect(announced(element)).toBe("Verify your mobile number to continue.");
  expect(element.querySelector(".vk-flow > .vk-flow__alert")?.textContent).toBe(
    "Verify your mobile number to continue.",
  );
  await sendFromKeyboard(element);
  await userEvent.keyboard(sandboxPin);
  await expect.poll(statusOf(element)).toBe("verified");
  expect(form.checkValidity()).toBe(true);
  form.requestSubmit();
  expect(submitted.map((data) => data.get("phone"))).toEqual(["+33600000001"]);
});

test("Enter in the number and the code runs the step and never submits the page's form", async () => {
  const { element, submitted } = mountInForm<VerifyPhoneElement>(
    '<verify-phone name="phone"></verify-phone>',
  );
  await sendFromKeyboard(element);
  await userEvent.keyboard("123{Enter}");
  expect(submitted).toHaveLength(0);
  expect(element.querySelectorAll("form")).toHaveLength(0);
});

test("a wrong code: said with the attempts left, the code emptied and focused for another try", async () => {
  const { element, events } = mountInForm<VerifyPhoneElement>("<verify-phone></verify-phone>");
  await sendFromKeyboard(element);
  await userEvent.keyboard("111111");
  await expect.poll(statusOf(element)).toBe("rejected");
  expect(announced(element)).toMatch(/attempts left\.$/);
  const code = element.querySelector("input[autocomplete=one-time-code]") as HTMLInputElement;
  expect(document.activeElement).toBe(code);
  expect(code.value).toBe("");
  expect(code.getAttribute("aria-describedby")).toBe(element.querySelector(".vk-pin-input__error")?.id);
  expect(events.find((event) => event.type === "vk-error")?.detail).toMatchObject({ code: "pin_invalid" });
});

test("a malformed number: shown on the field, described by it, said, and the focus stays there", async () => {
  const { element, events } = mountInForm<VerifyPhoneElement>("<verify-phone></verify-phone>");
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  const input = element.querySelector("input[type=tel]") as HTMLInputElement;
  input.focus();
  await userEvent.keyboard("06{Enter}");
  await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
  expect(document.getElementById(input.getAttribute("aria-describedby") as string)?.textContent).toBe(
    announced(element),
  );
  expect(document.activeElement).toBe(input);
  expect(events.find((event) => event.type === "vk-error")?.detail).toMatchObject({
    code: "phone_too_short",
  });
});

test("Change number goes back to the number, filled in, focused and said", async () => {
  const { element } = mountInForm<VerifyPhoneElement>("<verify-phone></verify-phone>");
  await sendFromKeyboard(element);
  (element.querySelector(".vk-button[data-variant=link]") as HTMLButtonElement).click();
  await expect.poll(statusOf(element)).toBe("idle");
  const input = element.querySelector("input[type=tel]") as HTMLInputElement;
  expect(document.activeElement).toBe(input);
  // The number sent, E.164, back in the field as dialled in its country, leading 0 and all (once the new
  // field has read it with the rules, a few promises later), its country picked.
  await expect.poll(() => input.value).toBe("06 00 00 00 01");
  expect((element.querySelector("select") as HTMLSelectElement).value).toBe("FR");
  expect(announced(element)).toBe("Check the number, then send a new code.");
});

test("consent=required: no channel chosen, the send is refused, said once and the first box focused", async () => {
  const { element } = mountInForm<VerifyPhoneElement>(
    '<verify-phone consent="required" phone="+33600000001"></verify-phone>',
  );
  await expect.poll(() => element.querySelector(".vk-consent-field")).not.toBeNull();
  (element.querySelector("[data-vk-submit]") as HTMLButtonElement).click();
  await expect.poll(() => announced(element)).toBe("Choose at least one way we may contact you.");
  expect(document.activeElement).toBe(element.querySelector(".vk-consent-field__checkbox"));
  // The flow's live region says it; no second live region repeats it.
  expect(element.querySelectorAll("[aria-live]")).toHaveLength(1);
  await userEvent.keyboard(" ");
  (element.querySelector("[data-vk-submit]") as HTMLButtonElement).click();
  await expect.poll(statusOf(element)).toBe("sent");
});

test("lang=fr: French texts, the French chunk loaded on demand", async () => {
  const { element } = mountInForm<VerifyPhoneElement>('<verify-phone lang="fr"></verify-phone>');
  await expect
    .poll(() => element.querySelector(".vk-flow__title")?.textContent)
    .toBe("Vérifiez votre numéro de mobile");
  expect(element.querySelector("label")?.textContent).toBe("Numéro de mobile");
});

test("right to left: the flow follows the page, the number and the code stay left to right", async () => {
  document.documentElement.dir = "rtl";
  try {
    const { element } = mountInForm<VerifyPhoneElement>('<verify-phone phone="+33600000001"></verify-phone>');
    await expect.poll(() => element.querySelector(".vk-phone-field__row")).not.toBeNull();
    expect(element.querySelector(".vk-flow")?.matches(":dir(rtl)")).toBe(true);
    expect(element.querySelector(".vk-phone-field__row")?.matches(":dir(ltr)")).toBe(true);
  } finally {
    document.documentElement.dir = "";
  }
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds nothing on the number, code and success steps (${theme})`, async () => {
    // A dark page paints its own background: the kit's dark colours are for it.
    document.documentElement.dataset.theme = theme;
    document.body.style.background = "var(--vk-color-bg)";
    try {
      const { element } = mountInForm<VerifyPhoneElement>(
        '<verify-phone name="phone" consent="optional"></verify-phone>',
      );
      await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
      expect(await axeViolations(document.body)).toEqual([]);
      await sendFromKeyboard(element);
      expect(await axeViolations(document.body)).toEqual([]);
      await userEvent.keyboard(sandboxPin);
      await expect.poll(statusOf(element)).toBe("verified");
      expect(await axeViolations(document.body)).toEqual([]);
    } finally {
      delete document.documentElement.dataset.theme;
      document.body.style.background = "";
    }
  });
}

test("countries, in any case and separated by spaces or commas: the country picker offers those alone", async () => {
  const { element } = mountInForm<VerifyPhoneElement>('<verify-phone countries="fr, be ch"></verify-phone>');
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  // The country names come with the phone rules, loaded once the field is used.
  element.querySelector<HTMLInputElement>("input[type=tel]")?.focus();
  await expect.poll(() => element.querySelectorAll("select option").length, { timeout: 10_000 }).toBe(3);
  const offered = [...element.querySelectorAll<HTMLOptionElement>("select option")].map(
    (option) => option.value,
  );
  expect(offered.sort()).toEqual(["BE", "CH", "FR"]);
});

test("with a proof secret on the adapter, the page's submit carries phone_proof, which readVerificationProof accepts for the posted number", async () => {
  const secret = "a-host-secret-shared-with-the-adapter-0123";
  const { form, element, submitted, events } = mountInForm<VerifyPhoneElement>(
    '<verify-phone name="phone" required></verify-phone>',
    { proof: { secret } },
  );
  await sendFromKeyboard(element);
  await userEvent.keyboard(sandboxPin);
  await expect.poll(statusOf(element)).toBe("verified");
  form.requestSubmit();
  const posted = submitted[0] as FormData;
  const read = await readVerificationProof(posted.get("phone_proof"), {
    secret,
    phone: String(posted.get("phone")),
  });
  expect(read).toMatchObject({ ok: true, value: { phone: "+33600000001", method: "sms" } });
  expect(events.find((event) => event.type === "vk-verified")?.detail).toMatchObject({
    proof: posted.get("phone_proof"),
  });
  expect(
    await readVerificationProof(posted.get("phone_proof"), { secret, phone: "+33612345678" }),
  ).toMatchObject({
    ok: false,
    error: { code: "proof_wrong_number" },
  });
});
