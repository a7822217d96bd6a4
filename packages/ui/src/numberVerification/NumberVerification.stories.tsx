import type { Meta, StoryObj } from "@storybook/react-vite";
import { errorMessagesEn, errorMessagesFr } from "@verify-kit/core/messages";
import { expect, fn, spyOn, waitFor, within } from "storybook/test";
import { holds, offline } from "../testSupport/networkFaults.js";
import { plainText } from "../testSupport/plainText.js";
import { sandboxNumbers, sandboxPin } from "../testSupport/sandbox.js";
import {
  flowStatus,
  liveText,
  type StorySandbox,
  sandboxLoader,
  withSandbox,
} from "../testSupport/storySandbox.js";
import { NumberVerification } from "./NumberVerification.js";

const meta = {
  title: "Flows/NumberVerification",
  component: NumberVerification,
  loaders: [sandboxLoader],
  decorators: [withSandbox],
  args: { defaultCountry: "FR", device: "desktop", onVerified: fn() },
  parameters: {
    docs: {
      description: {
        component:
          "The operator check on `useNumberVerifyPoll`, against the real backend adapter and DQE sandbox in " +
          "the page. Test numbers: `06 00 00 00 01` is confirmed once its page is opened, `…02` is not this " +
          "number, `…03` is declined, `…09` cannot be checked (SMS instead), `…500` makes DQE fail.",
      },
    },
  },
} satisfies Meta<typeof NumberVerification>;

export default meta;
type Story = StoryObj<typeof meta>;

const status = (canvasElement: HTMLElement) => flowStatus(canvasElement, "number");
const sandboxOf = (loaded: Record<string, unknown>) => loaded.sandbox as StorySandbox;

/** Types a number in the field and presses Enter; resolves once the check reached `until`. */
async function start(
  canvasElement: HTMLElement,
  userEvent: { keyboard(text: string): Promise<void>; click(element: Element): Promise<void> },
  national: string,
  until = "pending",
) {
  await userEvent.click(within(canvasElement).getByRole("textbox", { name: /mobile/i }));
  await userEvent.keyboard(`${national}{Enter}`);
  await waitFor(() => expect(status(canvasElement)).toBe(until));
}

/** Whether a request is a status poll of a check (not its start). */
const isPoll = (input: RequestInfo | URL) => {
  const url = String(input);
  return url.includes("/number-verify/") && !url.endsWith("/start");
};

/** The network drops once the check is started: every status poll fails (a moment later, as a network does). */
const failingPolls =
  (inner: typeof fetch): typeof fetch =>
  async (input, init) => {
    if (!isPoll(input)) return inner(input, init);
    await new Promise((resolve) => setTimeout(resolve, 50));
    throw new TypeError("Failed to fetch");
  };

/** The text of NumberVerification's own live region (the SMS flow it switches to has one inside). */
const ownLiveText = (canvasElement: HTMLElement) =>
  plainText(canvasElement.querySelector(".vk-number-verification > .vk-live-region")?.textContent);

/** A regular expression matching `text` as it is. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const PhoneStep: Story = {};

/** The start request held: the button says so and waits (`aria-disabled`), and the step is announced. */
export const Starting: Story = {
  parameters: { sandbox: { between: holds("/api/number-verify/start") } },
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001", "starting");
    await expect(within(canvasElement).getByRole("button", { name: "Starting the check…" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await expect(liveText(canvasElement)).toBe("Starting the check…");
  },
};

export const PendingOnDesktop: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001");
    await expect(
      within(canvasElement).getByRole("img", { name: "QR code of the page to open on your phone" }),
    ).toBeInTheDocument();
    await expect(within(canvasElement).getByRole("heading", { name: "Scan with your phone" })).toHaveFocus();
    await expect(within(canvasElement).getByText(/Waiting for your phone… 0:0\d/)).toBeInTheDocument();
  },
};

export const PendingOnPhone: Story = {
  args: { device: "phone" },
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001");
    await expect(within(canvasElement).getByRole("link", { name: "Open the check" })).toHaveAttribute(
      "target",
      "_blank",
    );
    await expect(within(canvasElement).getByText(/Turn Wi‑Fi off first/)).toBeInTheDocument();
  },
};

export const Verified: Story = {
  play: async ({ args, canvasElement, loaded, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001");
    await sandboxOf(loaded).openOnPhone();
    await waitFor(() => expect(status(canvasElement)).toBe("verified"));
    await expect(liveText(canvasElement)).toBe("Your operator confirmed +33 6 00 00 00 01.");
    await expect(args.onVerified).toHaveBeenCalledTimes(1);
  },
};

/** Status polls failing while the check waits: the retrying line, shown and announced (the browser tests check it is said once). */
export const PendingRetrying: Story = {
  parameters: { sandbox: { between: failingPolls } },
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001");
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByText("Connection lost, trying again…", { selector: "p" })).toBeInTheDocument(),
    );
    await waitFor(() => expect(liveText(canvasElement)).toBe("Connection lost, trying again…"));
    await expect(canvas.getByRole("button", { name: "Cancel" })).toBeInTheDocument();
  },
};

/** The link could not be put on the clipboard: it is shown, selected, in a read-only field. */
export const CopyLinkFallback: Story = {
  beforeEach: () => {
    if (!navigator.clipboard) return undefined;
    const refused = spyOn(navigator.clipboard, "writeText").mockRejectedValue(
      new DOMException("Write permission denied.", "NotAllowedError"),
    );
    return () => refused.mockRestore();
  },
  play: async ({ canvasElement, loaded, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001");
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("textbox", { name: "Link to the check" })).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Copy link" }));
    await waitFor(() =>
      expect(liveText(canvasElement)).toBe("The link could not be copied: select it below and copy it."),
    );
    const link = canvas.getByRole("textbox", { name: "Link to the check" });
    await expect(link).toHaveValue(sandboxOf(loaded).operatorUrls.at(-1));
    await expect(link).toHaveAttribute("readonly");
    // Selected, ready for the copy shortcut.
    const field = link as HTMLInputElement;
    await expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  },
};

export const Cancelled: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001");
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Cancel" }));
    await expect(liveText(canvasElement)).toBe("Check cancelled.");
    await expect(within(canvasElement).getByRole("textbox", { name: /mobile/i })).toHaveFocus();
  },
};

export const NotThisNumber: Story = {
  play: async ({ canvasElement, loaded, userEvent }) => {
    await start(canvasElement, userEvent, "0600000002");
    await sandboxOf(loaded).openOnPhone();
    await waitFor(() => expect(status(canvasElement)).toBe("not_verified"));
    await expect(
      within(canvasElement).getByRole("button", { name: "Get a code by SMS instead" }),
    ).toBeInTheDocument();
  },
};

export const Declined: Story = {
  play: async ({ canvasElement, loaded, userEvent }) => {
    await start(canvasElement, userEvent, "0600000003");
    await sandboxOf(loaded).openOnPhone();
    await waitFor(() => expect(status(canvasElement)).toBe("failed"));
    await expect(liveText(canvasElement)).toBe(errorMessagesEn.check_declined);
  },
};

export const TimedOut: Story = {
  args: { deadlineS: 1 },
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("timed_out"), { timeout: 3000 });
    await expect(within(canvasElement).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  },
};

/**
 * The operator limits checks per number (here 1): the second one says when to try again, and "Try again"
 * waits (`aria-disabled`, still focusable), its label saying how long; the SMS code is offered meanwhile.
 */
export const TooManyChecks: Story = {
  parameters: { sandbox: { limits: { checksPerNumber: 1 } } },
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001");
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Cancel" }));
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(status(canvasElement)).toBe("failed"));
    const wait = /^Try again in 1 hour$/;
    const said = new RegExp(`^${literal(errorMessagesEn.too_many_checks)} You can try again in 1 hour\\.$`);
    await waitFor(() => expect(liveText(canvasElement)).toMatch(said));
    await expect(canvasElement.querySelector(".vk-flow__alert")?.textContent).toMatch(said);
    const retry = canvas.getByRole("button", { name: wait });
    await expect(retry).toHaveAttribute("aria-disabled", "true");
    retry.focus();
    await expect(retry).toHaveFocus();
    await expect(canvas.getByRole("button", { name: "Get a code by SMS instead" })).toBeInTheDocument();
  },
};

/** The same limit in French: the message, and the wait in French words. */
export const FrenchTooManyChecks: Story = {
  globals: { locale: "fr" },
  parameters: { sandbox: { limits: { checksPerNumber: 1 } } },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("textbox", { name: "Numéro de mobile" }));
    await userEvent.keyboard("0600000001{Enter}");
    await waitFor(() => expect(status(canvasElement)).toBe("pending"));
    await userEvent.click(canvas.getByRole("button", { name: "Annuler" }));
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(status(canvasElement)).toBe("failed"));
    const said = new RegExp(
      `^${literal(errorMessagesFr.too_many_checks)} Vous pourrez réessayer dans 1 heure\\.$`,
    );
    await waitFor(() => expect(liveText(canvasElement)).toMatch(said));
    await expect(canvas.getByRole("button", { name: /^Réessayer dans 1 heure$/ })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await expect(canvas.getByRole("button", { name: "Recevoir plutôt un code par SMS" })).toBeInTheDocument();
  },
};

export const FallbackToSms: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000009", "failed");
    await expect(liveText(canvasElement)).toBe(errorMessagesEn.number_ineligible);
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Get a code by SMS instead" }));
    // The switch is announced by this flow's region, kept mounted around the SMS flow, and sends at once.
    await expect(ownLiveText(canvasElement)).toBe("Sending a code by SMS to +33 6 00 00 00 09.");
    await waitFor(() => expect(flowStatus(canvasElement, "phone")).toBe("sent"));
    await expect(within(canvasElement).getByRole("textbox", { name: "Code from the SMS" })).toHaveFocus();
    await userEvent.keyboard(sandboxPin);
    await waitFor(() => expect(flowStatus(canvasElement, "phone")).toBe("verified"));
  },
};

export const NetworkError: Story = {
  parameters: { sandbox: { between: offline } },
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000001", "error");
    await expect(liveText(canvasElement)).toBe("The connection failed. Check your network and try again.");
    await expect(within(canvasElement).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  },
};

/** DQE answers an HTML error page: the service's trouble, said and focused, and a retry. */
export const ServiceError: Story = {
  args: { defaultPhone: sandboxNumbers.serverError },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Verify my number" }));
    await waitFor(() => expect(status(canvasElement)).toBe("error"));
    const message = errorMessagesEn.dqe_http_error;
    await waitFor(() => expect(liveText(canvasElement)).toBe(message));
    const alert = canvasElement.querySelector(".vk-flow__alert");
    await expect(alert).toHaveTextContent(message);
    await expect(alert).toHaveFocus();
    const retry = canvas.getByRole("button", { name: "Try again" });
    await expect(retry).not.toHaveAttribute("aria-disabled");
    await expect(canvas.queryByRole("button", { name: "Get a code by SMS instead" })).toBeNull();
  },
};

export const Dark: Story = { ...PendingOnDesktop, globals: { theme: "dark" } };

export const DarkFailed: Story = { ...NotThisNumber, globals: { theme: "dark" } };

export const RightToLeft: Story = { ...PendingOnDesktop, globals: { direction: "rtl" } };

export const French: Story = {
  globals: { locale: "fr" },
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole("textbox", { name: "Numéro de mobile" }));
    await userEvent.keyboard("0600000001{Enter}");
    await waitFor(() => expect(status(canvasElement)).toBe("pending"));
    await expect(within(canvasElement).getByRole("button", { name: "Copier le lien" })).toBeInTheDocument();
  },
};
