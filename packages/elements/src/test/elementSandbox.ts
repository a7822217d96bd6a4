import { createVerifyApiClient } from "@verify-kit/core";
import { createSandboxedApi, type SandboxedApiOptions } from "@verify-kit/server";
import axe from "axe-core";
import "../index.js";
import type { VerifyNumberElement } from "../number/VerifyNumberElement.js";
import type { VerifyPhoneElement } from "../phone/VerifyPhoneElement.js";

/** The PIN every sandbox SMS carries in these tests. */
export const sandboxPin = "246810";

/** The sandbox's test numbers (see the server's README). */
export const numbers = { ok: "+33600000001", declined: "+33600000003" } as const;

/**
 * The real browser client wired through `fetch` to the real backend adapter and DQE sandbox, in this page:
 * no resend cooldown, a known PIN. `openOnPhone` plays the phone opening the latest operator page.
 */
export function createElementSandbox(api: SandboxedApiOptions["api"] = {}) {
  const sandboxed = createSandboxedApi({
    sandbox: { pin: sandboxPin },
    limits: { resendCooldownS: 0, checksPerNumber: 100 },
    api,
  });
  const operatorUrls: string[] = [];
  const adapter = createVerifyApiClient({
    fetch: async (input, init) => {
      const answer = await sandboxed.fetch(input, init);
      if (String(input).endsWith("/number-verify/start") && answer.ok) {
        operatorUrls.push(((await answer.clone().json()) as { url: string }).url);
      }
      return answer;
    },
  });
  const openOnPhone = () => sandboxed.openOperatorUrl(operatorUrls.at(-1) as string);
  return { adapter, openOnPhone };
}

/**
 * A page's form holding `markup` (one element), each element given the sandboxed adapter before it connects;
 * `submitted` collects the FormData of each submit that went through (the submit is stopped there). `api`:
 * the adapter's settings (a proof secret...).
 */
export function mountInForm<E extends VerifyPhoneElement | VerifyNumberElement>(
  markup: string,
  api: SandboxedApiOptions["api"] = {},
) {
  const { adapter, openOnPhone } = createElementSandbox(api);
  const template = document.createElement("template");
  // France unless the test says otherwise: the numbers typed are French.
  const withCountry = markup.includes("country=")
    ? markup
    : markup.replace(/^<(verify-\w+)/, '<$1 country="FR"');
  template.innerHTML = `<form>${withCountry}<button type="submit">Pay</button></form>`;
  const form = template.content.firstElementChild as HTMLFormElement;
  const element = form.querySelector("verify-phone, verify-number") as E;
  element.adapter = adapter;
  const submitted: FormData[] = [];
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitted.push(new FormData(form));
  });
  const main = document.createElement("main");
  main.append(form);
  document.body.replaceChildren(main);
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ["vk-verified", "vk-error", "vk-step"]) {
    element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return { form, element, submitted, events, openOnPhone };
}

/** The live region's words, without the invisible space that makes a repeat heard. */
export const announced = (element: Element) =>
  (element.querySelector(":scope > .vk-flow > .vk-live-region")?.textContent ?? "").replace(/\u00a0$/, "");

/**
 * axe-core's violations in `element`, as `id: targets` lines. The page-level rules (landmarks) are about the
 * host page, not the kit.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    resultTypes: ["violations"],
    rules: { region: { enabled: false } },
  });
  return results.violations.map(
    (each) => `${each.id}: ${each.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}
