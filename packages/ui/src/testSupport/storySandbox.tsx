import type { ComponentType } from "react";
import { plainText } from "./plainText.js";
import { createSandbox, type SandboxOptions, SandboxProvider } from "./sandbox.js";

export type StorySandbox = ReturnType<typeof createSandbox>;

/**
 * A fresh in-page API and DQE sandbox for each story (`parameters.sandbox` sets its limits, lifetimes,
 * network...). The play function finds it as `context.loaded.sandbox`, to play the phone of an operator
 * check or read the requests made.
 */
export const sandboxLoader = async (context: { readonly parameters: Record<string, unknown> }) => ({
  sandbox: createSandbox((context.parameters.sandbox as SandboxOptions | undefined) ?? {}),
});

/** Renders the story inside `VerificationProvider` with the sandbox's browser client. */
export const withSandbox = (Story: ComponentType, context: { readonly loaded: Record<string, unknown> }) => {
  const sandbox = context.loaded.sandbox as StorySandbox;
  return (
    <SandboxProvider sandbox={sandbox}>
      <Story />
    </SandboxProvider>
  );
};

/** The text of a flow's live region, without the invisible marks it may carry. */
export function liveText(canvasElement: HTMLElement): string {
  return plainText(canvasElement.querySelector(".vk-live-region")?.textContent);
}

/** The `data-status` of the flow in the canvas. */
export function flowStatus(canvasElement: HTMLElement, flow: "phone" | "number"): string | null {
  return (
    canvasElement
      .querySelector(flow === "phone" ? ".vk-phone-verification" : ".vk-number-verification")
      ?.getAttribute("data-status") ?? null
  );
}
