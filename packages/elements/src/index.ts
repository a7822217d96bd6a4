import { VerifyNumberElement } from "./number/VerifyNumberElement.js";
import { VerifyPhoneElement } from "./phone/VerifyPhoneElement.js";

export type { FlowEventMap } from "./support/FlowElement.js";
export { VerifyNumberElement, VerifyPhoneElement };

/** Registers `<verify-phone>` and `<verify-number>` (once: a second copy of the kit on the page is ignored). */
export function defineVerifyElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get("verify-phone")) registry.define("verify-phone", VerifyPhoneElement);
  if (!registry.get("verify-number")) registry.define("verify-number", VerifyNumberElement);
}

// Importing the package registers the elements.
defineVerifyElements();

declare global {
  interface HTMLElementTagNameMap {
    "verify-phone": VerifyPhoneElement;
    "verify-number": VerifyNumberElement;
  }
}
