import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { userEvent } from "vitest/browser";
import { ConsentChannels } from "../consentChannels/ConsentChannels.js";
import { ConsentChannelsField } from "../consentChannels/ConsentChannelsField.js";
import { NumberVerification } from "../numberVerification/NumberVerification.js";
import { PhoneField } from "../phoneField/PhoneField.js";
import { PhoneVerification } from "../phoneVerification/PhoneVerification.js";
import { PinInput } from "../pinInput/PinInput.js";
import { holds } from "./networkFaults.js";
import {
  createSandbox,
  type SandboxOptions,
  SandboxProvider,
  sandboxNumbers,
  sandboxPin,
} from "./sandbox.js";

// Every component in its main states, on one page, each driven there through the real sandbox: what the
// styling and layout tests measure.

/** The states the gallery shows, by name. */
export type GalleryState =
  | "pin"
  | "pin-invalid"
  | "phone-field"
  | "consent"
  | "consent-field"
  | "sms-number"
  | "sms-code"
  | "sms-rejected"
  | "sms-checking"
  | "sms-verified"
  | "operator-number"
  | "operator-desktop"
  | "operator-on-phone"
  | "operator-failed";

interface Entry {
  readonly state: GalleryState;
  readonly node: ReactNode;
  /** Brings the component from its first render to the state. */
  readonly drive?: (root: HTMLElement) => Promise<void>;
}

/** Waits (in a hook too, where expect.poll is not allowed) until the flow in `root` has `status`. */
const reaches = (root: HTMLElement, status: string) =>
  vi.waitFor(() => {
    const now = root.querySelector(".vk-flow")?.getAttribute("data-status");
    if (now !== status) throw new Error(`the flow is ${now}, not ${status}`);
  });

async function submit(root: HTMLElement, status: string) {
  (root.querySelector("button[type=submit]") as HTMLButtonElement).click();
  await reaches(root, status);
}

async function typeCode(root: HTMLElement, code: string, status: string) {
  (root.querySelector(".vk-pin-input__input") as HTMLInputElement).focus();
  await userEvent.keyboard(code);
  await reaches(root, status);
}

function withSandbox(node: ReactNode, options: SandboxOptions = {}) {
  return <SandboxProvider sandbox={createSandbox(options)}>{node}</SandboxProvider>;
}

const entries: readonly Entry[] = [
  { state: "pin", node: <PinInput label="Code from the SMS" defaultValue="123" /> },
  {
    state: "pin-invalid",
    node: <PinInput label="Code from the SMS" defaultValue="123456" error="This code has expired." />,
  },
  {
    state: "phone-field",
    node: <PhoneField defaultValue="+33612345678" error="Check the number: it is not a mobile number." />,
  },
  {
    state: "consent",
    node: <ConsentChannels channels={{ phone: false, post: false, sms: true, email: true }} />,
  },
  { state: "consent-field", node: <ConsentChannelsField showError /> },
  { state: "sms-number", node: withSandbox(<PhoneVerification defaultCountry="FR" askConsent />) },
  {
    state: "sms-code",
    node: withSandbox(<PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />),
    drive: (root) => submit(root, "sent"),
  },
  {
    state: "sms-rejected",
    node: withSandbox(<PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />),
    drive: async (root) => {
      await submit(root, "sent");
      await typeCode(root, "111111", "rejected");
    },
  },
  {
    state: "sms-checking",
    node: withSandbox(<PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />, {
      between: holds("/api/pin/check"),
    }),
    drive: async (root) => {
      await submit(root, "sent");
      await typeCode(root, sandboxPin, "checking");
    },
  },
  {
    state: "sms-verified",
    node: withSandbox(
      <PhoneVerification
        defaultCountry="FR"
        defaultPhone={sandboxNumbers.ok}
        askConsent
        defaultConsent={{ phone: false, post: false, sms: true, email: false }}
      />,
    ),
    drive: async (root) => {
      await submit(root, "sent");
      await typeCode(root, sandboxPin, "verified");
    },
  },
  {
    state: "operator-number",
    node: withSandbox(<NumberVerification defaultCountry="FR" device="desktop" />),
  },
  {
    state: "operator-desktop",
    node: withSandbox(
      <NumberVerification defaultCountry="FR" device="desktop" defaultPhone={sandboxNumbers.ok} />,
    ),
    drive: (root) => submit(root, "pending"),
  },
  {
    state: "operator-on-phone",
    node: withSandbox(
      <NumberVerification defaultCountry="FR" device="phone" defaultPhone={sandboxNumbers.ok} />,
    ),
    drive: (root) => submit(root, "pending"),
  },
  {
    state: "operator-failed",
    node: withSandbox(
      <NumberVerification defaultCountry="FR" device="desktop" defaultPhone={sandboxNumbers.ineligible} />,
    ),
    drive: (root) => submit(root, "failed"),
  },
];

export interface Gallery {
  /** The element around every state. */
  readonly frame: HTMLElement;
  /** The element around one state. */
  readonly state: (name: GalleryState) => HTMLElement;
}

/**
 * Renders the states in `dir`, one a row (`columns: 1`, each as wide as the frame allows) or in as many
 * columns as fit, drives each to its state, and leaves focus nowhere.
 */
export async function renderGallery(
  options: { readonly dir?: "ltr" | "rtl"; readonly columns?: 1 | "auto" } = {},
): Promise<Gallery> {
  const { dir = "ltr", columns = "auto" } = options;
  const { container } = render(
    <div
      className="gallery"
      dir={dir}
      style={{
        display: "grid",
        gridTemplateColumns: columns === 1 ? "minmax(0, 1fr)" : "repeat(auto-fill, minmax(22rem, 1fr))",
        gap: "2rem",
        padding: "16px",
      }}
    >
      {entries.map((entry) => (
        <div key={entry.state} data-state={entry.state} style={{ minWidth: 0 }}>
          {entry.node}
        </div>
      ))}
    </div>,
  );
  const frame = container.querySelector(".gallery") as HTMLElement;
  const state = (name: GalleryState) => frame.querySelector(`[data-state="${name}"]`) as HTMLElement;
  for (const entry of entries) await entry.drive?.(state(entry.state));
  (document.activeElement as HTMLElement | null)?.blur();
  return { frame, state };
}
