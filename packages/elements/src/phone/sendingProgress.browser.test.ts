import { afterEach, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import "@verify-kit/ui/styles.css";
import type { VerifyNumberElement } from "../number/VerifyNumberElement.js";
import { announced, axeViolations, createElementSandbox } from "../test/elementSandbox.js";
import type { VerifyPhoneElement } from "./VerifyPhoneElement.js";

// While its request is in flight, the button that sent it says so (issue 15's "sending shows no progress",
// for the custom elements): aria-busy, its own colours with a turning ring beside "Sending the code…", the
// same size as idle, and only the live region speaks. The adapter holds the request until the test lets go.

afterEach(() => document.body.replaceChildren());

/** The sandboxed adapter, its `method` held back until `release()`. */
function heldAdapter(method: "sendPin" | "startNumberVerify") {
  const { adapter } = createElementSandbox();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const original = adapter[method] as (...args: unknown[]) => Promise<unknown>;
  return {
    adapter: { ...adapter, [method]: async (...args: unknown[]) => held.then(() => original(...args)) },
    release: () => release(),
  };
}

/** The box the layout gives `element`, rounded. */
const box = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return [x, y, width, height].map(Math.round);
};

const visibleText = (button: HTMLButtonElement) =>
  [...button.querySelectorAll<HTMLElement>(".vk-button__face")]
    .filter((face) => getComputedStyle(face).visibility === "visible")
    .map((face) => face.textContent)
    .join("");

test("<verify-phone>: Send code turns busy with a ring, keeps its size, and the live region alone speaks", async () => {
  const { adapter, release } = heldAdapter("sendPin");
  const element = document.createElement("verify-phone") as VerifyPhoneElement;
  element.setAttribute("country", "FR");
  element.adapter = adapter;
  document.body.replaceChildren(element);
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  const send = element.querySelector("[data-vk-submit]") as HTMLButtonElement;
  const idleBox = box(send);
  const idleBackground = getComputedStyle(send).backgroundColor;
  expect(visibleText(send)).toBe("Send code");
  (element.querySelector("input[type=tel]") as HTMLInputElement).focus();
  await userEvent.keyboard("0600000001{Enter}");

  await expect.poll(() => send.getAttribute("aria-busy")).toBe("true");
  expect(send.getAttribute("aria-disabled")).toBe("true");
  expect(visibleText(send)).toBe("Sending the code…");
  expect(box(send)).toEqual(idleBox);
  // Its own colours, not the waiting button's grey dashed box.
  expect(getComputedStyle(send).backgroundColor).toBe(idleBackground);
  expect(getComputedStyle(send).borderStyle).toBe("solid");
  const ring = send.querySelector(".vk-progress") as HTMLElement;
  expect(ring.getAttribute("aria-hidden")).toBe("true");
  expect(getComputedStyle(ring, "::before").animationName).toBe("vk-spin");
  // The accessible name is the label shown; the live region says it once.
  expect(send.querySelector("[aria-hidden=true].vk-button__face")?.textContent).toBe("Send code");
  await expect.poll(() => announced(element)).toBe("Sending the code…");
  expect(await axeViolations(element)).toEqual([]);

  release();
  await expect.poll(() => element.querySelector(".vk-flow")?.getAttribute("data-status")).toBe("sent");
});

test("<verify-number>: Verify my number turns busy with a ring while the check starts, and keeps its size", async () => {
  const { adapter, release } = heldAdapter("startNumberVerify");
  const element = document.createElement("verify-number") as VerifyNumberElement;
  element.setAttribute("country", "FR");
  element.setAttribute("device", "desktop");
  element.adapter = adapter;
  document.body.replaceChildren(element);
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  const start = element.querySelector("[data-vk-submit]") as HTMLButtonElement;
  const idleBox = box(start);
  (element.querySelector("input[type=tel]") as HTMLInputElement).focus();
  await userEvent.keyboard("0600000001{Enter}");

  await expect.poll(() => start.getAttribute("aria-busy")).toBe("true");
  expect(start.getAttribute("aria-disabled")).toBe("true");
  expect(box(start)).toEqual(idleBox);
  expect(start.querySelector(".vk-progress")).not.toBeNull();
  expect(await axeViolations(element)).toEqual([]);
  release();
  await expect.poll(() => element.querySelector(".vk-flow")?.getAttribute("data-status")).toBe("pending");
});
