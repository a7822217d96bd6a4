import { render } from "@testing-library/react";
import type { ReactNode } from "react";
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
  | "sms-sending"
  | "sms-code"
  | "sms-rejected"
  | "sms-checking"
  | "sms-verified"
  | "operator-number"
  | "operator-starting"
  | "operator-desktop"
  | "operator-on-phone"
  | "operator-failed";

interface Entry {
  readonly state: GalleryState;
  readonly node: ReactNode;
  /** The flow's status once its first step is submitted (the number sent or checked). */
  readonly submitted?: string;
  /** A code then typed, and the status it leads to. */
  readonly code?: readonly [code: string, status: string];
}

/**
 * Resolves when the flow in `cell` shows `status`: on the change itself (no polling, so no deadline of its
 * own to beat on a busy machine; the hook's timeout bounds it), or fails at once on an unexpected error.
 */
function reaches(cell: HTMLElement, status: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const now = cell.querySelector(".vk-flow")?.getAttribute("data-status");
      if (now === status || (now === "error" && status !== "error")) observer.disconnect();
      if (now === status) resolve();
      else if (now === "error") reject(new Error(`${cell.dataset.state}: error, not ${status}`));
    };
    const observer = new MutationObserver(check);
    observer.observe(cell, { subtree: true, attributeFilter: ["data-status"] });
    check();
  });
}

function withSandbox(node: ReactNode, options: SandboxOptions = {}) {
  return <SandboxProvider sandbox={createSandbox(options)}>{node}</SandboxProvider>;
}

const allEntries: readonly Entry[] = [
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
    state: "sms-sending",
    node: withSandbox(<PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />, {
      between: holds("/api/pin/send"),
    }),
    submitted: "sending",
  },
  {
    state: "sms-code",
    node: withSandbox(<PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />),
    submitted: "sent",
  },
  {
    state: "sms-rejected",
    node: withSandbox(<PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />),
    submitted: "sent",
    code: ["111111", "rejected"],
  },
  {
    state: "sms-checking",
    node: withSandbox(<PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />, {
      between: holds("/api/pin/check"),
    }),
    submitted: "sent",
    code: [sandboxPin, "checking"],
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
    submitted: "sent",
    code: [sandboxPin, "verified"],
  },
  {
    state: "operator-number",
    node: withSandbox(<NumberVerification defaultCountry="FR" device="desktop" />),
  },
  {
    state: "operator-starting",
    node: withSandbox(
      <NumberVerification defaultCountry="FR" device="desktop" defaultPhone={sandboxNumbers.ok} />,
      { between: holds("/api/number-verify/start") },
    ),
    submitted: "starting",
  },
  {
    state: "operator-desktop",
    node: withSandbox(
      <NumberVerification defaultCountry="FR" device="desktop" defaultPhone={sandboxNumbers.ok} />,
    ),
    submitted: "pending",
  },
  {
    state: "operator-on-phone",
    node: withSandbox(
      <NumberVerification defaultCountry="FR" device="phone" defaultPhone={sandboxNumbers.ok} />,
    ),
    submitted: "pending",
  },
  {
    state: "operator-failed",
    node: withSandbox(
      <NumberVerification defaultCountry="FR" device="desktop" defaultPhone={sandboxNumbers.ineligible} />,
    ),
    submitted: "failed",
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
  options: {
    readonly dir?: "ltr" | "rtl";
    readonly columns?: 1 | "auto";
    /** Only these states. @default all */
    readonly only?: readonly GalleryState[];
    /** What the gallery renders in (a messages provider). */
    readonly wrap?: (gallery: ReactNode) => ReactNode;
  } = {},
): Promise<Gallery> {
  const { dir = "ltr", columns = "auto", wrap = (gallery) => gallery } = options;
  const entries = options.only
    ? allEntries.filter((entry) => options.only?.includes(entry.state))
    : allEntries;
  const { container } = render(
    wrap(
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
    ),
  );
  const frame = container.querySelector(".gallery") as HTMLElement;
  const state = (name: GalleryState) => frame.querySelector(`[data-state="${name}"]`) as HTMLElement;
  // Every first step at once (each flow has its own sandbox), then the codes one by one (typed where focus is).
  const sending = entries.filter((entry) => entry.submitted !== undefined);
  for (const entry of sending)
    (state(entry.state).querySelector("button[data-vk-submit]") as HTMLElement).click();
  await Promise.all(sending.map((entry) => reaches(state(entry.state), entry.submitted as string)));
  for (const { state: name, code } of entries) {
    if (code === undefined) continue;
    (state(name).querySelector(".vk-pin-input__input") as HTMLInputElement).focus();
    await userEvent.keyboard(code[0]);
    await reaches(state(name), code[1]);
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return { frame, state };
}
