import { act, cleanup } from "@testing-library/react";
import { createVerifyApiClient } from "@verify-kit/core";
import { VerificationProvider } from "@verify-kit/react";
import type { ReactElement } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import "../styles.css";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { NumberVerification } from "../numberVerification/NumberVerification.js";
import { PhoneField } from "../phoneField/PhoneField.js";
import { PhoneVerification } from "../phoneVerification/PhoneVerification.js";
import { otherCountryNames, otherLanguages, restoreRuntime } from "../testSupport/otherRuntime.js";

// A server-rendered page hydrating in Chromium. The server is another runtime: its ICU words some country
// names its own way, and it knows nothing of the browser's languages. React must find its HTML as it would
// have rendered it: no hydration error (#418), no warning.

let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  restoreRuntime();
  cleanup();
  vi.restoreAllMocks();
});

/** The page's HTML as a server in `languages` with another ICU renders it (Node's names differ from Chromium's). */
function serverHtml(page: ReactElement, languages: readonly string[]) {
  otherLanguages(languages);
  otherCountryNames((code, own) => (code === "FK" ? "Falkland Islands (Islas Malvinas)" : `${own} (server)`));
  const said = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    return renderToString(page);
  } finally {
    restoreRuntime();
    said.mockRestore();
    // Rendered in a browser, where the kit's layout effects stay layout effects: React 18 says they do
    // nothing on a server. A real server has no document, and there they are plain effects.
    const unexpected = said.mock.calls.filter(
      ([message]) => !String(message).includes("useLayoutEffect does nothing on the server"),
    );
    expect(unexpected).toEqual([]);
  }
}

/** Hydrates `html` with `page` in a browser in `languages`; every error React reports, and the console's. */
async function hydrate(html: string, page: ReactElement, languages: readonly string[]) {
  otherLanguages(languages);
  const consoleErrors = vi.spyOn(console, "error");
  const consoleWarnings = vi.spyOn(console, "warn");
  const container = document.createElement("div");
  container.innerHTML = html;
  document.body.append(container);
  const reported: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, page, { onRecoverableError: (error) => reported.push(error) });
  });
  return { container, reported, consoleErrors, consoleWarnings };
}

const adapter = createVerifyApiClient({ fetch: () => Promise.reject(new Error("no request expected")) });

const signup = (locale: "en" | "fr") => (
  <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
    <VerificationProvider adapter={adapter}>
      <form>
        <PhoneVerification askConsent name="phone" required />
      </form>
      <NumberVerification />
    </VerificationProvider>
  </UiMessagesProvider>
);

describe("hydration of server-rendered pages", () => {
  test.each(["en", "fr"] as const)("%s: both flows hydrate without an error or a warning", async (locale) => {
    const html = serverHtml(signup(locale), ["fr-FR"]);
    const page = await hydrate(html, signup(locale), ["en-US"]);
    expect(page.reported).toEqual([]);
    expect(page.consoleErrors).not.toHaveBeenCalled();
    expect(page.consoleWarnings).not.toHaveBeenCalled();
    expect(page.container.querySelectorAll(".vk-flow")).toHaveLength(2);
  });

  test("after hydration, the browser's own: its country, and country names from its Intl", async () => {
    const field = (
      <UiMessagesProvider locale="en">
        <PhoneField />
      </UiMessagesProvider>
    );
    const html = serverHtml(field, ["fr-FR"]);
    const page = await hydrate(html, field, ["en-GB"]);
    expect(page.reported).toEqual([]);
    expect(page.consoleErrors).not.toHaveBeenCalled();
    const select = page.container.querySelector("select") as HTMLSelectElement;
    await expect.poll(() => select.value).toBe("GB");
    const falklands = select.querySelector('option[value="FK"]')?.textContent;
    expect(falklands).toBe(`${new Intl.DisplayNames(["en"], { type: "region" }).of("FK")} (+500)`);
  });

  test("with defaultCountry, the server and the browser agree from the start", async () => {
    const field = <PhoneField defaultCountry="BE" />;
    const html = serverHtml(field, ["fr-FR"]);
    expect(html).toContain('<option value="BE" selected="">');
    const page = await hydrate(html, field, ["en-US"]);
    expect(page.reported).toEqual([]);
    expect((page.container.querySelector("select") as HTMLSelectElement).value).toBe("BE");
  });
});
