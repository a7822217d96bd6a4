import { cleanup, render, screen } from "@testing-library/react";
import { createVerifyApiClient, type ErrorCode, errorCatalogue, locales } from "@verify-kit/core";
import { errorMessages } from "@verify-kit/core/messages";
import { VerificationProvider } from "@verify-kit/react";
import { afterEach, describe, expect, test } from "vitest";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { PhoneVerification } from "./PhoneVerification.js";
import "../testSupport/phoneParserLoaded.js";

// Every code of the catalogue, as the server would answer it to "Send code": the user reads its message
// in each language of the kit (English built in, French from its pack), on screen and in the live region.

afterEach(() => {
  cleanup();
});

const codes = Object.keys(errorCatalogue) as ErrorCode[];

/** Resolves once `read()` returns `expected` (checked after every task), or fails after a second. */
async function until(read: () => string, expected: string, label: string) {
  const deadline = performance.now() + 1000;
  while (read() !== expected) {
    if (performance.now() > deadline) expect(read(), label).toBe(expected);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe("PhoneVerification: every error code's message", () => {
  test.each(locales)("%s", async (locale) => {
    let code: ErrorCode = codes[0] as ErrorCode;
    const adapter = createVerifyApiClient({
      fetch: async () =>
        new Response(JSON.stringify({ error: { code, retryable: errorCatalogue[code].retryable } }), {
          status: 400,
          headers: { "content-type": "application/json" },
        }),
    });
    render(
      <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
        <VerificationProvider adapter={adapter}>
          <PhoneVerification defaultPhone="+33600000001" />
        </VerificationProvider>
      </UiMessagesProvider>,
    );
    const live = () => document.querySelector(".vk-live-region")?.textContent?.replace(/\u00a0$/, "") ?? "";
    const shown = () =>
      Array.from(document.querySelectorAll(".vk-flow__alert, .vk-field-error"), (node) => node.textContent);
    for (const next of codes) {
      code = next;
      (screen.getByRole("button") as HTMLButtonElement).click();
      // Codes in a row may share a text: let the click render ("Sending", which clears the previous error)
      // before looking for this answer's message.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const message = errorMessages[locale][code];
      await until(() => (shown().includes(message) ? live() : `(${code} not shown yet)`), message, code);
      expect(shown(), code).toContain(message);
    }
  });
});
