// Visual regression: chosen states of the flows and their parts, light and dark, left to right and right to
// left, English and French, at a desktop's width and two phones', compared with the committed baselines in
// __screenshots__/ (refresh them on purpose: `pnpm exec vitest run --project ui -u <this file>`). Text is set
// in Inter, bundled with the tests (@fontsource/inter, loaded here only), so that a baseline does not depend
// on the machine's fonts. The geometry tests (flowLayout.browser.test.tsx) hold what these do not show.
import "@fontsource/inter/latin-400.css";
import "@fontsource/inter/latin-600.css";
import { cleanup } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { page } from "vitest/browser";
import "./styles.css";
import { fr } from "./locales/fr.js";
import { UiMessagesProvider } from "./messages/UiMessagesProvider.js";
import { type Gallery, type GalleryState, renderGallery } from "./testSupport/kitGallery.js";

interface Scene {
  readonly name: string;
  readonly width: number;
  readonly theme: "light" | "dark";
  readonly dir: "ltr" | "rtl";
  readonly lang: "en" | "fr";
  readonly states: readonly GalleryState[];
}

const scenes: readonly Scene[] = [
  {
    name: "light-1280",
    width: 1280,
    theme: "light",
    dir: "ltr",
    lang: "en",
    states: [
      "pin-invalid",
      "phone-field",
      "consent-field",
      "sms-number",
      "sms-sending",
      "sms-code",
      "sms-rejected",
      "sms-checking",
      "sms-verified",
      "operator-number",
      "operator-starting",
      "operator-desktop",
      "operator-failed",
    ],
  },
  {
    name: "dark-375",
    width: 375,
    theme: "dark",
    dir: "ltr",
    lang: "en",
    states: [
      "sms-number",
      "sms-sending",
      "sms-code",
      "sms-rejected",
      "sms-verified",
      "operator-on-phone",
      "operator-failed",
    ],
  },
  {
    name: "rtl-375",
    width: 375,
    theme: "light",
    dir: "rtl",
    lang: "en",
    states: ["sms-number", "sms-sending", "sms-code", "sms-verified", "operator-desktop", "operator-failed"],
  },
  {
    name: "light-320",
    width: 320,
    theme: "light",
    dir: "ltr",
    lang: "en",
    states: ["sms-number", "sms-code", "operator-number", "operator-on-phone"],
  },
  {
    name: "fr-dark-rtl-320",
    width: 320,
    theme: "dark",
    dir: "rtl",
    lang: "fr",
    states: ["sms-sending", "sms-code", "sms-rejected", "operator-failed"],
  },
];

/** Small: anti-aliasing is ignored by the comparator already; a moved line or a colour change is not. */
const tolerance = { comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.002 } } as const;

describe.each(scenes)("$name", (scene) => {
  let gallery: Gallery;

  beforeAll(async () => {
    // The clock stands still (timers run): countdowns and elapsed times read the same in every run.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2026, 11, 7, 13, 2, 0) });
    const root = document.documentElement;
    root.dataset.theme = scene.theme;
    root.style.setProperty("--vk-font-family", '"Inter", sans-serif');
    document.body.style.cssText = "margin: 0; background: var(--vk-color-bg)";
    // No taller than the runner's window, which would scale the page down and blur every baseline.
    await page.viewport(scene.width, 700);
    gallery = await renderGallery({
      dir: scene.dir,
      columns: scene.width > 700 ? "auto" : 1,
      only: scene.states,
      wrap: (node) => (
        <UiMessagesProvider locale={scene.lang === "fr" ? fr : "en"}>
          <div lang={scene.lang}>{node}</div>
        </UiMessagesProvider>
      ),
    });
    await document.fonts.ready;
    expect(document.fonts.check('600 16px "Inter"', "Vérifiez")).toBe(true);
  });

  afterAll(() => {
    cleanup();
    vi.useRealTimers();
    delete document.documentElement.dataset.theme;
  });

  test.each(scene.states)("%s", async (state) => {
    const cell = gallery.state(state);
    // Room for focus rings and shadows at the edges; each cell as tall as its content.
    Object.assign(cell.style, { padding: "8px", alignSelf: "start" });
    // The QR code carries the check's random link: the same place, a different picture every run.
    const mask = [...cell.querySelectorAll(".vk-qr")];
    // The progress ring turns: shot at its start, the same picture every run.
    await expect.element(page.elementLocator(cell)).toMatchScreenshot(`${scene.name}-${state}`, {
      ...tolerance,
      screenshotOptions: { mask, animations: "disabled" },
    });
  });
});
