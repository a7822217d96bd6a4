import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor, within } from "storybook/test";
import { offline, sandboxNumbers, sandboxPin } from "../testSupport/sandbox.js";
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

export const PhoneStep: Story = {};

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
    await expect(within(canvasElement).getByText(/Turn Wi-Fi off first/)).toBeInTheDocument();
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
    await expect(liveText(canvasElement)).toBe(
      "The check was declined on the phone. You can get a code by SMS instead.",
    );
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

export const FallbackToSms: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await start(canvasElement, userEvent, "0600000009", "failed");
    await expect(liveText(canvasElement)).toBe(
      "This number cannot be checked with its operator. We will send you a code by SMS instead.",
    );
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Get a code by SMS instead" }));
    const phone = within(canvasElement).getByRole("textbox", { name: /mobile/i });
    await expect(phone).toHaveFocus();
    await expect(phone).toHaveValue("6 00 00 00 09");
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(flowStatus(canvasElement, "phone")).toBe("sent"));
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

export const ServiceError: Story = {
  args: { defaultPhone: sandboxNumbers.serverError },
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Verify my number" }));
    await waitFor(() => expect(["failed", "error"]).toContain(status(canvasElement)));
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
