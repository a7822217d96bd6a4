// Why the elements render into the light DOM: what a shadow root would break, measured in Chromium on the
// same markup (a `tel` input and its label) inside a shadow root and inside <verify-phone>.
import { afterEach, expect, test } from "vitest";
import type { VerifyPhoneElement } from "./phone/VerifyPhoneElement.js";
import { mountInForm } from "./test/elementSandbox.js";

afterEach(() => document.body.replaceChildren());

class ShadowPhone extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: "open" }).innerHTML =
      '<label for="number">Mobile number</label><input id="number" type="tel" autocomplete="tel">';
  }
}
customElements.define("shadow-phone", ShadowPhone);

/** The host page's own label and hint, pointing at the input inside `host` (the page knows only its id). */
function pageRefs(form: HTMLFormElement, input: HTMLInputElement) {
  input.id ||= "number";
  const label = document.createElement("label");
  label.htmlFor = input.id;
  label.textContent = "Phone for delivery";
  const hint = document.createElement("p");
  hint.id = "delivery-hint";
  hint.textContent = "The courier texts you on arrival.";
  form.prepend(label, hint);
  input.setAttribute("aria-describedby", "delivery-hint");
  return { label, hint };
}

test("shadow DOM: the page's <label for> names nothing inside, aria-describedby finds nothing, and the page's form (where tel autofill looks) does not hold the input", async () => {
  const form = document.createElement("form");
  const host = document.createElement("shadow-phone");
  form.append(host);
  document.body.append(form);
  const input = host.shadowRoot?.querySelector("input") as HTMLInputElement;
  const { hint } = pageRefs(form, input);
  expect([...(input.labels ?? [])].map((label) => label.textContent)).toEqual(["Mobile number"]);
  expect(document.getElementById(input.id)).toBeNull();
  expect(
    (input as unknown as { ariaDescribedByElements: Element[] | null }).ariaDescribedByElements ?? [],
  ).not.toContain(hint);
  expect(input.form).toBeNull();
  expect([...form.elements]).not.toContain(input);
});

test("light DOM (<verify-phone>): the page's label names the number, its hint describes it, and the number is a control of the page's form, as tel autofill expects", async () => {
  const { form, element } = mountInForm<VerifyPhoneElement>('<verify-phone name="phone"></verify-phone>');
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  const input = element.querySelector("input[type=tel]") as HTMLInputElement;
  const ownLabelId = input.id;
  const { hint } = pageRefs(form, input);
  expect(input.id).toBe(ownLabelId);
  expect([...(input.labels ?? [])].map((label) => label.textContent)).toEqual([
    "Phone for delivery",
    "Mobile number",
  ]);
  expect(document.getElementById(input.id)).toBe(input);
  expect(
    (input as unknown as { ariaDescribedByElements: Element[] | null }).ariaDescribedByElements,
  ).toContain(hint);
  expect(input.form).toBe(form);
  expect(input.autocomplete).toBe("tel");
  // The code input, once shown, is in the page's form too (one-time-code autofill).
  expect([...form.elements]).toContain(input);
  // Only the element's value goes with the form: the inputs it holds have no name.
  expect(input.name).toBe("");
});
