import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  freshPhone,
  national,
  openLinkAsPhone,
  pinFromPanel,
  sendSignupCode,
  startOperatorCheck,
  test,
} from "./fixtures.js";
import { baseUrl } from "./servers.js";

test.use({ baseURL: baseUrl("main") });

interface Display {
  readonly name: string;
  readonly theme: "light" | "dark";
  readonly dir: "ltr" | "rtl";
  /** The states are checked in French, switched to with the header's toggle (the walk stays in English). */
  readonly french: boolean;
}

const displays: readonly Display[] = [
  { name: "light", theme: "light", dir: "ltr", french: false },
  { name: "dark", theme: "dark", dir: "ltr", french: false },
  { name: "right to left", theme: "light", dir: "rtl", french: false },
  { name: "French", theme: "light", dir: "ltr", french: true },
];

async function open(page: Page, display: Display, route: "signup" | "checkout") {
  await page.goto(`/?lang=en&theme=${display.theme}&dir=${display.dir}#/${route}`);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", display.theme);
  await expect(html).toHaveAttribute("dir", display.dir);
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    String(display.theme === "dark"),
  );
  await expect(page.getByRole("button", { name: "Right to left" })).toHaveAttribute(
    "aria-pressed",
    String(display.dir === "rtl"),
  );
}

async function switchLanguage(page: Page, to: "en" | "fr") {
  await page.getByRole("button", { name: to === "fr" ? "Français" : "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

/** axe on the state as it is, or for the French display on the same state in French. */
async function check(page: Page, display: Display, state: string) {
  if (!display.french) {
    await expectNoAxeViolations(page, `${state}, ${display.name}`);
    return;
  }
  await switchLanguage(page, "fr");
  await expect(page.getByRole("complementary")).toContainText("Téléphone du bac à sable");
  await expectNoAxeViolations(page, `${state}, ${display.name}`);
  await switchLanguage(page, "en");
}

/** Signup up to the code entry; the code the sandbox phone shows. */
async function signupToCode(page: Page) {
  await sendSignupCode(page, freshPhone());
  return pinFromPanel(page);
}

// A few states per test: axe takes seconds per run.
for (const display of displays) {
  test.describe(`axe, ${display.name}`, () => {
    test("signup: empty, then code entry", async ({ page }) => {
      await open(page, display, "signup");
      await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
      await check(page, display, "signup, empty");
      await signupToCode(page);
      await check(page, display, "signup, code entry");
    });

    test("signup: verified, then account created", async ({ page }) => {
      await open(page, display, "signup");
      const pin = await signupToCode(page);
      await page.getByRole("textbox", { name: "Code from the SMS" }).fill(pin);
      await expect(page.getByRole("heading", { name: "Number verified" })).toBeVisible();
      await check(page, display, "signup, verified");

      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByRole("heading", { name: "Account created" })).toBeFocused();
      await check(page, display, "signup, account created");
    });

    test("checkout: start, then a failure with the SMS offer", async ({ page }) => {
      await open(page, display, "checkout");
      await expect(
        page.getByRole("heading", { name: "Verify your number with your operator" }),
      ).toBeVisible();
      await check(page, display, "checkout, start");

      // A number the operator cannot check.
      await page.getByRole("textbox", { name: "Mobile number" }).fill(national("+33600000009"));
      await page.getByRole("button", { name: "Verify my number" }).click();
      await expect(page.getByRole("button", { name: "Get a code by SMS instead" })).toBeVisible();
      await check(page, display, "checkout, failure with the SMS offer");
    });

    test("checkout: pending QR code, verified, order placed", async ({ page, context }) => {
      await open(page, display, "checkout");
      await startOperatorCheck(page, freshPhone());
      await check(page, display, "checkout, pending QR code");

      await openLinkAsPhone(page, context);
      await expect(page.getByRole("heading", { name: "Number verified" })).toBeVisible();
      await check(page, display, "checkout, verified");

      await page.getByRole("button", { name: /^Pay / }).click();
      await expect(page.getByRole("heading", { name: "Order placed" })).toBeFocused();
      await check(page, display, "checkout, order placed");
    });
  });
}

/** Each state is measured even when an earlier one scrolls sideways. */
const softly = expect.configure({ soft: true, timeout: 3000 });

/** Fails with the innermost elements sticking out when the page scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, state: string) {
  const overflow = () =>
    page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      if (root.scrollWidth <= root.clientWidth) return [];
      const outside = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right + window.scrollX > root.clientWidth + 0.5;
      };
      const innermost = [...document.querySelectorAll("body *")].filter(
        (element) => outside(element) && ![...element.children].some(outside),
      );
      return [
        `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`,
        ...innermost.slice(0, 5).map((element) => {
          const box = element.getBoundingClientRect();
          const right = Math.round(box.right + window.scrollX);
          return `${element.tagName.toLowerCase()}.${element.className} ends at ${right} px`;
        }),
      ];
    });
  await softly.poll(overflow, { message: `sideways scrolling in ${state}` }).toEqual([]);
}

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  /** Checks the state in English, then in French. */
  async function bothLanguages(page: Page, state: string) {
    await expectNoSidewaysScroll(page, state);
    await switchLanguage(page, "fr");
    await expectNoSidewaysScroll(page, `${state}, in French`);
    await switchLanguage(page, "en");
  }

  test("no sideways scrolling on either page, in English and French", async ({ page }) => {
    await page.goto("/?lang=en#/signup");
    await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
    await bothLanguages(page, "signup, empty");
    await sendSignupCode(page, freshPhone());
    await pinFromPanel(page);
    await bothLanguages(page, "signup, code entry");

    await page.getByRole("link", { name: "Checkout" }).click();
    await expect(page.getByRole("heading", { name: "Verify your number with your operator" })).toBeVisible();
    await bothLanguages(page, "checkout, start");
    await startOperatorCheck(page, freshPhone());
    await bothLanguages(page, "checkout, pending QR code");
  });
});
