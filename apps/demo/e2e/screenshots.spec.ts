import { copyFile, mkdir, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import {
  expect,
  finishSignup,
  freshPhone,
  pinFromPanel,
  sendSignupCode,
  startOperatorCheck,
  test,
} from "./fixtures.js";
import { baseUrl } from "./servers.js";

// Screenshots for reviewing the look, and (with UPDATE_SCREENSHOTS=1) the README's, under docs/screenshots/.
// The states are the ones a11y.spec.ts checks with axe.

test.use({ baseURL: baseUrl("main") });

const outputFolder = fileURLToPath(new URL("../test-results/screenshots/", import.meta.url));
const docsFolder = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));
const updateDocs = process.env.UPDATE_SCREENSHOTS === "1";

/** The ones the README shows. */
const forDocs = new Set([
  "signup-code-light-1280",
  "checkout-qr-light-1280",
  "checkout-qr-dark-375",
  "signup-done-dark-1280",
  "phone-page-declined-light-375",
]);

const widths = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
] as const;
const themes = ["light", "dark"] as const;

/** Writes `<name>-<theme>-<width>.png`, full page, CSS pixels; copies the README's ones when asked. */
async function shoot(page: Page, name: string, theme: string, width: number) {
  const file = `${name}-${theme}-${width}`;
  const path = `${outputFolder}${file}.png`;
  // Nothing blinks or moves in the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path, fullPage: true, scale: "css", animations: "disabled", caret: "hide" });
  expect((await stat(path)).size, `${file}.png stays small`).toBeLessThan(300_000);
  if (updateDocs && forDocs.has(file)) {
    await mkdir(docsFolder, { recursive: true });
    await copyFile(path, `${docsFolder}${file}.png`);
  }
}

for (const theme of themes) {
  for (const viewport of widths) {
    test.describe(`${theme}, ${viewport.width} px`, () => {
      test.use({ viewport });

      test("signup: code entry, then account created", async ({ page }) => {
        await page.goto(`/?lang=en&theme=${theme}&dir=ltr#/signup`);
        await sendSignupCode(page, freshPhone());
        const pin = await pinFromPanel(page);
        await shoot(page, "signup-code", theme, viewport.width);
        await finishSignup(page, pin);
        await shoot(page, "signup-done", theme, viewport.width);
      });

      test("the phone's page after a declined operator check", async ({ page, context }) => {
        await page.goto(`/?lang=en&theme=${theme}&dir=ltr#/checkout`);
        const started = page.waitForResponse((answer) => answer.url().endsWith("/api/number-verify/start"));
        await startOperatorCheck(page, "+33600000003");
        const { url } = (await (await started).json()) as { url: string };
        const phonePage = await context.newPage();
        await phonePage.emulateMedia({ colorScheme: theme });
        await phonePage.setViewportSize(viewport);
        await phonePage.goto(url);
        await expect(phonePage.getByRole("heading", { name: "Check declined" })).toBeVisible();
        await shoot(phonePage, "phone-page-declined", theme, viewport.width);
      });

      test("checkout: the operator check's QR code", async ({ page }) => {
        await page.goto(`/?lang=en&theme=${theme}&dir=ltr#/checkout`);
        await startOperatorCheck(page, freshPhone());
        await expect(page.getByRole("button", { name: "Open the link as the phone" })).toBeVisible();
        // The QR encoder is a chunk of its own: the code drawn, not its empty frame.
        await expect(page.locator(".vk-qr path")).toHaveCount(1);
        await shoot(page, "checkout-qr", theme, viewport.width);
      });
    });
  }
}
