import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor, within } from "storybook/test";
import { offline, sandboxNumbers, sandboxPin } from "../testSupport/sandbox.js";
import { flowStatus, liveText, sandboxLoader, withSandbox } from "../testSupport/storySandbox.js";
import { PhoneVerification } from "./PhoneVerification.js";

const meta = {
  title: "Flows/PhoneVerification",
  component: PhoneVerification,
  loaders: [sandboxLoader],
  decorators: [withSandbox],
  args: { defaultCountry: "FR", onVerified: fn() },
  parameters: {
    docs: {
      description: {
        component:
          "The SMS code flow on `usePinVerification`, running here against the real backend adapter and DQE " +
          "sandbox in the page. Test numbers: `06 00 00 00 01` verifies (code `246810` in these stories), " +
          "`…02` is undeliverable, `…500` makes DQE fail.",
      },
    },
  },
} satisfies Meta<typeof PhoneVerification>;

export default meta;
type Story = StoryObj<typeof meta>;

const status = (canvasElement: HTMLElement) => flowStatus(canvasElement, "phone");

/** Types a number in the field and presses Enter. */
async function send(
  canvasElement: HTMLElement,
  userEvent: { keyboard(text: string): Promise<void>; click(element: Element): Promise<void> },
  national: string,
) {
  const input = within(canvasElement).getByRole("textbox", { name: /mobile/i });
  await userEvent.click(input);
  await userEvent.keyboard(`${national}{Enter}`);
}

// Each status

export const PhoneStep: Story = {};

export const WithConsentStep: Story = {
  args: { askConsent: true },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await expect(liveText(canvasElement)).toBe("Choose at least one way we may contact you.");
    const sms = within(canvasElement).getByRole("checkbox", { name: "Text messages (SMS)" });
    await userEvent.click(sms);
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Send code" }));
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
  },
};

export const Sending: Story = {
  parameters: { sandbox: { sandbox: { slowMs: 60_000 } } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000504");
    await waitFor(() =>
      expect(within(canvasElement).getByRole("button", { name: "Sending the code…" })).toBeInTheDocument(),
    );
    await expect(liveText(canvasElement)).toBe("Sending the code…");
  },
};

export const CodeSent: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await expect(liveText(canvasElement)).toBe("We sent a code by SMS to +33 6 00 00 00 01.");
    await expect(within(canvasElement).getByRole("textbox", { name: "Code from the SMS" })).toHaveFocus();
  },
};

export const WrongCode: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await userEvent.keyboard("111111");
    await waitFor(() => expect(status(canvasElement)).toBe("rejected"));
    const code = within(canvasElement).getByRole("textbox", { name: "Code from the SMS" });
    await expect(code).toHaveAccessibleDescription(
      "This code is not right. Check the SMS and try again. 4 attempts left.",
    );
    await expect(liveText(canvasElement)).toBe(
      "This code is not right. Check the SMS and try again. 4 attempts left.",
    );
    await expect(code).toHaveFocus();
  },
};

export const ResendCountdown: Story = {
  parameters: { sandbox: { limits: { resendCooldownS: 2 } } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    const resend = within(canvasElement).getByRole("button", { name: /Resend code/ });
    await expect(resend).toHaveTextContent(/Resend code in [12] seconds?/);
    await expect(resend).toHaveAttribute("aria-disabled", "true");
    await waitFor(() => expect(resend).toHaveTextContent(/^Resend code$/), { timeout: 4000 });
    await userEvent.click(resend);
    await waitFor(() => expect(liveText(canvasElement)).toBe("We sent a new code to +33 6 00 00 00 01."));
  },
};

export const NoResendLeft: Story = {
  parameters: { sandbox: { limits: { maxResends: 0 } } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() =>
      expect(
        within(canvasElement).getByText("No more codes can be sent for this number."),
      ).toBeInTheDocument(),
    );
  },
};

export const Expired: Story = {
  parameters: { sandbox: { sms: { pinTtlS: 1 } } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("expired"), { timeout: 3000 });
    await expect(liveText(canvasElement)).toBe("This code has expired. Ask for a new one.");
    await expect(within(canvasElement).getByRole("button", { name: "Resend code" })).toHaveFocus();
  },
};

export const Locked: Story = {
  parameters: { sandbox: { limits: { maxAttempts: 1 } } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await userEvent.keyboard("111111");
    await waitFor(() => expect(status(canvasElement)).toBe("locked"));
    await expect(liveText(canvasElement)).toBe(
      "Too many wrong codes for this code. Send a new code to try again.",
    );
  },
};

export const Undeliverable: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000002");
    await waitFor(() => expect(status(canvasElement)).toBe("undeliverable"));
    await expect(within(canvasElement).getByRole("textbox", { name: /mobile/i })).toHaveAccessibleDescription(
      "We could not send an SMS to this number. Check the number or use another one.",
    );
  },
};

export const Verified: Story = {
  play: async ({ args, canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await userEvent.keyboard(sandboxPin);
    await waitFor(() => expect(status(canvasElement)).toBe("verified"));
    await expect(within(canvasElement).getByRole("heading", { name: "Number verified" })).toHaveFocus();
    await expect(args.onVerified).toHaveBeenCalledTimes(1);
  },
};

export const ChangeNumber: Story = {
  args: { defaultPhone: sandboxNumbers.ok },
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Send code" }));
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Change number" }));
    await expect(within(canvasElement).getByRole("textbox", { name: /mobile/i })).toHaveFocus();
  },
};

// Each error family

export const InvalidNumber: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0123456789");
    await expect(liveText(canvasElement)).toBe(
      "This is not a mobile number: enter a number that can receive SMS.",
    );
  },
};

export const NetworkError: Story = {
  parameters: { sandbox: { between: offline } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("error"));
    await expect(liveText(canvasElement)).toBe("The connection failed. Check your network and try again.");
    await expect(within(canvasElement).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  },
};

export const ServiceError: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000500");
    await waitFor(() => expect(status(canvasElement)).toBe("error"));
    await expect(within(canvasElement).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  },
};

export const RateLimited: Story = {
  parameters: { sandbox: { limits: { sendsPerNumber: 1 } } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Change number" }));
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(status(canvasElement)).toBe("error"));
    await expect(
      within(canvasElement).getByRole("button", { name: /Try again in \d+ (second|minute|hour)s?/ }),
    ).toHaveAttribute("aria-disabled", "true");
  },
};

// Themes, direction, language

export const Dark: Story = { ...WrongCode, globals: { theme: "dark" } };

export const DarkVerified: Story = { ...Verified, globals: { theme: "dark" } };

export const RightToLeft: Story = { ...CodeSent, globals: { direction: "rtl" } };

export const French: Story = {
  globals: { locale: "fr" },
  play: async ({ canvasElement, userEvent }) => {
    const input = within(canvasElement).getByRole("textbox", { name: "Numéro de mobile" });
    await userEvent.click(input);
    await userEvent.keyboard("0600000001{Enter}");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await expect(liveText(canvasElement)).toBe("Nous avons envoyé un code par SMS au +33 6 00 00 00 01.");
  },
};
