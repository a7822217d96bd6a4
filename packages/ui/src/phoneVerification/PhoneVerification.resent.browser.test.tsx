// After Resend (issue 15, point 4): the code step says when the new code went out and that only it works,
// on screen and in the live region, and a wrong code after a resend says so too: SMS arrive late and out
// of order. The time is the flow state's (when the resend was accepted), read here with a frozen clock.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
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

/** Spaces as a reader gets them (Intl's narrow no-break space before PM, no-break spaces in numbers). */
const read = (text: string | null | undefined) => plainText(text).replace(/\s/g, " ");

function setup(locale: "en" | "fr") {
  // 14:02 in this machine's time zone, whatever it is: the line shows the user's local time.
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(2026, 11, 7, 14, 2, 30) });
  const sandbox = createSandbox();
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
  const sentLine = () => read(root().querySelector(".vk-flow__step > .vk-flow__text")?.textContent);
  const codeError = () => read(root().querySelector(".vk-field-error")?.textContent);
  const toCodeStep = async () => {
    document.querySelector<HTMLInputElement>(".vk-phone-field__input")?.focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(status).toBe("sent");
  };
  return { sandbox, status, live, sentLine, codeError, toCodeStep, root };
}

const cases = [
  {
    locale: "en",
    resend: "Resend code",
    changeNumber: "Change number",
    first: "We sent a code by SMS to +33 6 00 00 00 01.",
    resent: "New code sent at 2:02 PM to +33 6 00 00 00 01. Only the latest code works.",
    wrong:
      "This code is not right. Check the SMS and try again. Only the latest code works. 4 attempts left.",
  },
  {
    locale: "fr",
    resend: "Renvoyer le code",
    changeNumber: "Changer de numéro",
    first: "Nous avons envoyé un code par SMS au +33 6 00 00 00 01.",
    resent: "Nouveau code envoyé à 14 h 02 au +33 6 00 00 00 01. Seul le dernier code fonctionne.",
    wrong:
      "Ce code n’est pas le bon. Vérifiez le SMS et réessayez. Seul le dernier code fonctionne. 4 essais restants.",
  },
] as const;

describe("PhoneVerification after Resend", () => {
  test.each(cases)(
    "$locale: the new code's time on screen and announced; a wrong code says only the latest works",
    async (texts) => {
      const flow = setup(texts.locale);
      await flow.toCodeStep();
      expect(flow.sentLine()).toBe(`${texts.first} ${texts.changeNumber}`);
      await userEvent.click(screen.getByRole("button", { name: texts.resend }));
      await expect.poll(flow.live).toBe(texts.resent);
      // On screen, in place of the first send's line (which no longer holds), beside "Change number".
      expect(flow.sentLine()).toBe(`${texts.resent} ${texts.changeNumber}`);
      expect(await axeViolations(flow.root())).toEqual([]);

      await userEvent.keyboard("111111");
      await expect.poll(flow.status).toBe("rejected");
      expect(flow.codeError()).toBe(texts.wrong);
      await expect.poll(flow.live).toBe(texts.wrong);
      expect(flow.sentLine()).toBe(`${texts.resent} ${texts.changeNumber}`);
      expect(await axeViolations(flow.root())).toEqual([]);

      await userEvent.keyboard(sandboxPin);
      await expect.poll(flow.status).toBe("verified");
    },
  );

  test("a wrong code before any resend does not speak of the latest code", async () => {
    const flow = setup("en");
    await flow.toCodeStep();
    await userEvent.keyboard("111111");
    await expect.poll(flow.status).toBe("rejected");
    expect(flow.codeError()).toBe("This code is not right. Check the SMS and try again. 4 attempts left.");
  });
});
