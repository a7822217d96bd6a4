import { afterEach, expect, test } from "vitest";
import { commands, userEvent } from "vitest/browser";
import "@verify-kit/ui/styles.css";
import { axeViolations, mountInForm } from "../test/elementSandbox.js";
import type { VerifyNumberElement } from "./VerifyNumberElement.js";

declare module "vitest/browser" {
  interface BrowserCommands {
    failQrCodeLoads(fail: boolean): Promise<void>;
  }
}

// The QR code is a chunk of its own: here its request fails (see qrLoadCommands.ts). The check still waits,
// and the link the code would carry is there to copy by hand.

afterEach(async () => {
  await commands.failQrCodeLoads(false);
  document.body.replaceChildren();
});

test("a QR code that cannot load: the check waits, its link shown, the focus left on the step, nothing unhandled", async () => {
  await commands.failQrCodeLoads(true);
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  window.addEventListener("unhandledrejection", onRejection);
  try {
    const { element } = mountInForm<VerifyNumberElement>('<verify-number device="desktop"></verify-number>');
    await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
    (element.querySelector("input[type=tel]") as HTMLInputElement).focus();
    await userEvent.keyboard("0600000001{Enter}");
    const linkInput = () => element.querySelector<HTMLInputElement>("input.vk-flow__link");
    await expect.poll(() => linkInput()?.hidden ?? true, { timeout: 5000 }).toBe(false);
    const link = linkInput() as HTMLInputElement;
    expect(link.getAttribute("aria-label")).toBe("Link to the check");
    expect(link.value).toMatch(/^https?:\/\//);
    // Shown, not focused: the step's title keeps the focus it took.
    expect(document.activeElement?.textContent).toBe("Scan with your phone");
    expect(element.querySelector(".vk-number-verification")?.getAttribute("data-status")).toBe("pending");
    expect(element.querySelector("svg.vk-qr")).toBeNull();
    expect(await axeViolations(element)).toEqual([]);
    expect(rejections).toEqual([]);
  } finally {
    window.removeEventListener("unhandledrejection", onRejection);
  }
});
