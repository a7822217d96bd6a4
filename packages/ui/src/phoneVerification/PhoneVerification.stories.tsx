import type { Meta, StoryObj } from "@storybook/react-vite";
import { createSandboxedApi } from "@verify-kit/server";
import { expect, fn, waitFor, within } from "storybook/test";
import { holds, losesFirst, offline, pathOf } from "../testSupport/networkFaults.js";
import { sandboxNumbers, sandboxPin } from "../testSupport/sandbox.js";
import {
  flowStatus,
  liveText,
  type StorySandbox,
  sandboxLoader,
  withSandbox,
} from "../testSupport/storySandbox.js";
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

/** The story's sandbox (`context.loaded`), to count requests or act as DQE behind the page's back. */
const sandboxOf = (loaded: Record<string, unknown>) => loaded.sandbox as StorySandbox;

/** The flow's current step, without its live region (which repeats the messages). */
const stepOf = (canvasElement: HTMLElement) =>
  within(canvasElement.querySelector(".vk-flow__step") as HTMLElement);

/** The adapter restarted after the code was sent: its in-memory store no longer knows the verification. */
const restartedBeforeCheck = (inner: typeof fetch): typeof fetch => {
  const restarted = createSandboxedApi();
  return async (input, init) =>
    pathOf(input) === "/api/pin/check" ? restarted.fetch(input, init) : inner(input, init);
};

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

export const Checking: Story = {
  parameters: { sandbox: { between: holds("/api/pin/check") } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await userEvent.keyboard(sandboxPin);
    await waitFor(() => expect(status(canvasElement)).toBe("checking"));
    const canvas = within(canvasElement);
    await expect(stepOf(canvasElement).getByText("Checking the code…")).toBeVisible();
    await expect(liveText(canvasElement)).toBe("Checking the code…");
    const code = canvas.getByRole("textbox", { name: "Code from the SMS" });
    await expect(code).toHaveAttribute("readonly");
    await expect(code).toHaveValue(sandboxPin);
    await expect(canvas.getByRole("button", { name: "Resend code" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  },
};

export const CheckFailedRetry: Story = {
  parameters: { sandbox: { between: losesFirst("/api/pin/check") } },
  play: async ({ args, canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await userEvent.keyboard(sandboxPin);
    await waitFor(() => expect(status(canvasElement)).toBe("error"));
    const message = "The connection failed. Check your network and try again.";
    const canvas = within(canvasElement);
    await expect(stepOf(canvasElement).getByText(message)).toHaveFocus();
    await expect(liveText(canvasElement)).toBe(message);
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(status(canvasElement)).toBe("verified"));
    await expect(canvas.getByRole("heading", { name: "Number verified" })).toHaveFocus();
    await expect(args.onVerified).toHaveBeenCalledTimes(1);
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
    await waitFor(() =>
      expect(liveText(canvasElement)).toMatch(
        /^New code sent at .+ to \+33 6 00 00 00 01\. Only the latest code works\.$/,
      ),
    );
  },
};

export const NoResendLeft: Story = {
  parameters: { sandbox: { limits: { maxResends: 0 } } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText("No more codes can be sent for this verification: start again to get a new one."),
    ).toBeInTheDocument();
    await expect(canvas.queryByRole("button", { name: /Resend code/ })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button", { name: "Start again" }));
    await expect(status(canvasElement)).toBe("idle");
    await waitFor(() => expect(liveText(canvasElement)).toBe("Check the number, then send a new code."));
    const field = canvas.getByRole("textbox", { name: /mobile/i });
    await expect(field).toHaveFocus();
    await expect(field).toHaveValue("6 00 00 00 01");
  },
};

export const ResendRateLimited: Story = {
  parameters: { sandbox: { limits: { sendsPerNumber: 1 } } },
  play: async ({ canvasElement, loaded, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Resend code" }));
    await waitFor(() => expect(status(canvasElement)).toBe("error"));
    await expect(liveText(canvasElement)).toBe("Too many codes were sent. You can try again in 1 hour.");
    // The sentence says the same wait as the button.
    const alert = stepOf(canvasElement).getByText("Too many codes were sent. You can try again in 1 hour.");
    await expect(alert).toHaveFocus();
    const resend = canvas.getByRole("button", { name: "Resend code in 1 hour" });
    await expect(resend).toHaveAttribute("aria-disabled", "true");
    // Pressed while it waits, it sends nothing.
    await userEvent.click(resend);
    await expect(sandboxOf(loaded).sandboxed.apiRequests.count("/api/pin/resend")).toBe(1);
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
      "Too many wrong codes were entered: this code can no longer be used. Start again to get a new one.",
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

/** The number's own errors: shown on the field, announced, focused, and no request sent. */
function numberError(national: string, message: string): Story {
  return {
    play: async ({ canvasElement, loaded, userEvent }) => {
      await send(canvasElement, userEvent, national);
      await expect(liveText(canvasElement)).toBe(message);
      const field = within(canvasElement).getByRole("textbox", { name: /mobile/i });
      await expect(field).toHaveAccessibleDescription(message);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveFocus();
      // Nothing was sent (the flow only asked the server which countries it serves).
      await expect(sandboxOf(loaded).sandboxed.apiRequests.count("/api/pin")).toBe(0);
    },
  };
}

export const NumberTooShort = numberError("0612", "This phone number is too short.");

export const NumberTooLong = numberError("06123456789", "This phone number is too long.");

export const NumberNotValid = numberError("0712345678", "This phone number is not valid.");

/** The carrier refuses the SMS (GDPR_MSG `REJECTED`): the sandbox's 0600000006. */
export const SmsRejected: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000006");
    await waitFor(() => expect(status(canvasElement)).toBe("undeliverable"));
    const message = "The SMS to this number was refused. Use another number.";
    await expect(liveText(canvasElement)).toBe(message);
    const field = within(canvasElement).getByRole("textbox", { name: /mobile/i });
    await expect(field).toHaveAccessibleDescription(message);
    await expect(field).toHaveFocus();
  },
};

/**
 * A set-up error only DQE can see: the site's licence is not one DQE accepts (expired, mistyped). The
 * adapter's start-up checks catch what they can (a sender name DQE refuses), never this.
 */
export const NotSetUp: Story = {
  parameters: { sandbox: { dqeLicence: "EXPIRED-LICENCE" } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("error"));
    const message = "Phone verification is not available: it is not set up correctly on this site.";
    const canvas = within(canvasElement);
    await expect(stepOf(canvasElement).getByText(message)).toHaveFocus();
    await expect(liveText(canvasElement)).toBe(message);
    // Not the user's to retry: the button stays "Send code".
    await expect(canvas.queryByRole("button", { name: /Try again/ })).not.toBeInTheDocument();
    await expect(canvas.getByRole("button", { name: "Send code" })).not.toHaveAttribute("aria-disabled");
  },
};

export const VerificationGone: Story = {
  parameters: { sandbox: { between: restartedBeforeCheck } },
  play: async ({ canvasElement, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await userEvent.keyboard(sandboxPin);
    await waitFor(() => expect(status(canvasElement)).toBe("error"));
    const message = "This verification no longer exists. Start again.";
    const canvas = within(canvasElement);
    // Back to the number, filled in, for a new send.
    await expect(canvas.getByRole("heading", { name: "Verify your mobile number" })).toBeInTheDocument();
    await expect(stepOf(canvasElement).getByText(message)).toHaveFocus();
    await expect(liveText(canvasElement)).toBe(message);
    await expect(canvas.getByRole("textbox", { name: /mobile/i })).toHaveValue("6 00 00 00 01");
    await userEvent.click(canvas.getByRole("button", { name: "Send code" }));
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
  },
};

export const CodeNoLongerUsable: Story = {
  play: async ({ canvasElement, loaded, userEvent }) => {
    await send(canvasElement, userEvent, "0600000001");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    // DQE forgets the SMS token: it answers GDPR_VERIF with its "token invalid" error.
    sandboxOf(loaded).sandboxed.sandbox.reset();
    await userEvent.keyboard(sandboxPin);
    await waitFor(() => expect(status(canvasElement)).toBe("expired"));
    const message = "This code can no longer be used. Ask for a new one.";
    const canvas = within(canvasElement);
    await expect(liveText(canvasElement)).toBe(message);
    await expect(canvas.getByRole("textbox", { name: "Code from the SMS" })).toHaveAccessibleDescription(
      message,
    );
    await expect(canvas.getByRole("button", { name: "Resend code" })).toHaveFocus();
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

export const FrenchErrors: Story = {
  globals: { locale: "fr" },
  parameters: { sandbox: { limits: { sendsPerNumber: 1 } } },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("textbox", { name: "Numéro de mobile" }));
    await userEvent.keyboard("0600000001{Enter}");
    await waitFor(() => expect(status(canvasElement)).toBe("sent"));
    await userEvent.keyboard("111111");
    await waitFor(() => expect(status(canvasElement)).toBe("rejected"));
    const wrong = "Ce code n’est pas le bon. Vérifiez le SMS et réessayez. 4 essais restants.";
    await expect(liveText(canvasElement)).toBe(wrong);
    await expect(canvas.getByRole("textbox", { name: "Code reçu par SMS" })).toHaveAccessibleDescription(
      wrong,
    );
    await userEvent.click(canvas.getByRole("button", { name: "Renvoyer le code" }));
    await waitFor(() => expect(status(canvasElement)).toBe("error"));
    await expect(liveText(canvasElement)).toBe(
      "Trop de codes ont été envoyés. Vous pourrez réessayer dans 1 heure.",
    );
    await expect(canvas.getByRole("button", { name: "Renvoyer le code dans 1 heure" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  },
};

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
