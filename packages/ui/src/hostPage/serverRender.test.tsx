import { createVerifyApiClient } from "@verify-kit/core";
import { VerificationProvider } from "@verify-kit/react";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { NumberVerification } from "../numberVerification/NumberVerification.js";
import { PhoneField } from "../phoneField/PhoneField.js";
import { PhoneVerification } from "../phoneVerification/PhoneVerification.js";
import { otherCountryNames, otherLanguages, restoreRuntime } from "../testSupport/otherRuntime.js";
import { withoutUnstableValues } from "../testSupport/unstableValues.js";

// The server half of a server-rendered page (Next.js App Router, any SSR): what the components render in
// Node, with no window, before the browser hydrates it.

const fetch = vi.fn<typeof globalThis.fetch>();
const adapter = createVerifyApiClient({ fetch });

function Page({ locale, children }: { readonly locale: "en" | "fr"; readonly children: ReactNode }) {
  return (
    <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
      <VerificationProvider adapter={adapter}>{children}</VerificationProvider>
    </UiMessagesProvider>
  );
}

/** A signup form and a checkout step, as an app's pages hold them. */
const pages = (locale: "en" | "fr") => (
  <Page locale={locale}>
    <form>
      <input name="name" />
      <PhoneVerification askConsent name="phone" required />
      <button type="submit">Create account</button>
    </form>
    <NumberVerification name="checkedPhone" />
  </Page>
);

afterEach(() => {
  restoreRuntime();
});

describe("server rendering", () => {
  test.each(["en", "fr"] as const)(
    "%s: both flows render without reading the clock or randomness (Next's cacheComponents), markup included",
    (locale) => {
      const html = withoutUnstableValues(() => renderToString(pages(locale)));
      const titles =
        locale === "en"
          ? ["Verify your mobile number", "Verify your number with your operator"]
          : ["Vérifiez votre numéro de mobile", "Vérifiez votre numéro auprès de votre opérateur"];
      for (const title of titles) expect(html).toContain(`>${title}</h2>`);
      expect(html).toContain('class="vk-phone-field__input"');
      expect(html).toContain('data-status="idle"');
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  test("no form of the flows' own inside the page's form; the verified number's input is there, empty", () => {
    const html = renderToString(pages("en"));
    expect(html.match(/<form/g)).toHaveLength(1);
    // Required: an input the browser's validation sees (out of sight), not a hidden one.
    expect(html).toMatch(/<input(?=[^>]* name="phone")(?=[^>]* value="")(?=[^>]* aria-hidden="true")[^>]*>/);
    expect(html).toContain('<input type="hidden" name="checkedPhone" value=""/>');
    // Every button of the flows is a plain button: none submits the page's form.
    const buttons = html.match(/<button[^>]*>/g) ?? [];
    expect(buttons.filter((button) => !button.includes('type="button"'))).toEqual(['<button type="submit">']);
  });

  test("the HTML is the same whatever the runtime's languages and Intl country names (no hydration mismatch)", () => {
    const render = () =>
      renderToString(
        <Page locale="fr">
          <PhoneField />
          {pages("fr")}
        </Page>,
      );
    const bare = render();
    // Another runtime: a browser-like navigator in en-US, an ICU that words country names its own way.
    otherLanguages(["en-US"]);
    otherCountryNames((code) => `«${code}»`);
    const other = render();
    expect(other).toBe(bare);
    expect(other).not.toContain("«");
    // The country the server shows is the fallback, never one guessed from a language.
    expect(other).toContain('<option value="FR" selected="">FR (+33)</option>');
  });
});
