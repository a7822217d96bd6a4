// Limits read the same on the button and in the sentence (issue 15, point 5): a limit's alert says the wait
// the button beside it counts down, and the last resend's code says it was the last one instead of a "No
// more codes" notice that is no news then. Time is frozen (Date only), then moved on by hand.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import type { SandboxedApiOptions } from "@verify-kit/server";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { axeViolations } from "../testSupport/axe.js";
import { plainText } from "../testSupport/plainText.js";
import { createSandbox, SandboxProvider, sandboxPin } from "../testSupport/sandbox.js";
import { PhoneVerification } from "./PhoneVerification.js";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const read = (text: string | null | undefined) => plainText(text).replace(/\s/g, " ");
const start = new Date(2026, 11, 7, 14, 2, 0).getTime();

function setup(locale: "en" | "fr", options: SandboxedApiOptions) {
  vi.useFakeTimers({ toFake: ["Date"], now: start });
  const sandbox = createSandbox(options);
  render(
    <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
      <SandboxProvider sandbox={sandbox}>
        <PhoneVerification defaultCountry="FR" />
      </SandboxProvider>
    </UiMessagesProvider>,
  );
  const root = () => document.querySelector(".vk-phone-verification") as HTMLElement;
  const status = () => root().getAttribute("data-status");
  const live = () => read(document.querySelector(".vk-live-region")?.textContent);
  const alert = () => read(root().querySelector(".vk-flow__alert")?.textContent);
  const toCodeStep = async () => {
    document.querySelector<HTMLInputElement>(".vk-phone-field__input")?.focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(status).toBe("sent");
  };
  return { sandbox, root, status, live, alert, toCodeStep };
}

const cases = [
  {
    locale: "en",
    changeNumber: "Change number",
    resend: "Resend code",
    limited: "Too many codes were sent. You can try again in 55 minutes.",
    retryButton: "Try again in 55 minutes",
    resendButton: "Resend code in 55 minutes",
    lastCode: "It was the last code this verification can send.",
    noneLeft: "No more codes can be sent",
    startAgain: "Start again",
  },
  {
    locale: "fr",
    changeNumber: "Changer de numéro",
    resend: "Renvoyer le code",
    limited: "Trop de codes ont été envoyés. Vous pourrez réessayer dans 55 minutes.",
    retryButton: "Réessayer dans 55 minutes",
    resendButton: "Renvoyer le code dans 55 minutes",
    lastCode: "C’était le dernier code que cette vérification peut envoyer.",
    noneLeft: "Plus aucun code ne peut être envoyé",
    startAgain: "Recommencer",
  },
] as const;

describe("PhoneVerification: limits", () => {
  test.each(cases)(
    "$locale: sends per number, 5 minutes on: the sentence says the button's 55 minutes",
    async (texts) => {
      const flow = setup(texts.locale, { limits: { sendsPerNumber: 1 } });
      await flow.toCodeStep();
      await userEvent.click(screen.getByRole("button", { name: texts.changeNumber }));
      vi.setSystemTime(start + 5 * 60_000);
      await userEvent.keyboard("{Enter}");
      await expect.poll(flow.status).toBe("error");
      expect(flow.alert()).toBe(texts.limited);
      await expect.poll(flow.live).toBe(texts.limited);
      const retry = screen.getByRole("button", { name: texts.retryButton });
      expect(retry).toHaveAttribute("aria-disabled", "true");
      expect(await axeViolations(flow.root())).toEqual([]);
    },
  );

  test.each(cases)(
    "$locale: a resend refused by the limit: alert and Resend say the same wait",
    async (texts) => {
      const flow = setup(texts.locale, { limits: { sendsPerNumber: 1 } });
      await flow.toCodeStep();
      // A minute on (the code, alive 3 minutes, still works): 59 minutes to wait.
      vi.setSystemTime(start + 60_000);
      await userEvent.click(screen.getByRole("button", { name: texts.resend }));
      await expect.poll(flow.status).toBe("error");
      expect(flow.alert()).toBe(texts.limited.replace("55", "59"));
      const resend = screen.getByRole("button", { name: texts.resendButton.replace("55", "59") });
      expect(resend).toHaveAttribute("aria-disabled", "true");
    },
  );

  test.each(cases)(
    "$locale: the last resend's code says it was the last one, with no notice beside it",
    async (texts) => {
      const flow = setup(texts.locale, { limits: { maxResends: 1 } });
      await flow.toCodeStep();
      await userEvent.click(screen.getByRole("button", { name: texts.resend }));
      await expect.poll(flow.live).toMatch(new RegExp(`${texts.lastCode}$`));
      expect(read(flow.root().querySelector(".vk-flow__step > .vk-flow__text")?.textContent)).toContain(
        texts.lastCode,
      );
      expect(flow.root().textContent).not.toContain(texts.noneLeft);
      expect(screen.getByRole("button", { name: texts.startAgain })).toBeDefined();
      expect(await axeViolations(flow.root())).toEqual([]);
      // A wrong code meanwhile: still no notice (the code still works), and the right code verifies.
      await userEvent.keyboard("111111");
      await expect.poll(flow.status).toBe("rejected");
      expect(flow.root().textContent).not.toContain(texts.noneLeft);
      await userEvent.keyboard(sandboxPin);
      await expect.poll(flow.status).toBe("verified");
    },
  );
});
