import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  freshPhone,
  national,
  openLinkAsPhone,
  pinFromPanel,
  test,
  withPhone,
} from "./fixtures.js";
import { baseUrl } from "./servers.js";

test.use({ baseURL: baseUrl("main") });

const phoneStep = (page: Page) =>
  page.locator(".shop__panel").filter({ has: page.locator("#checkout-phone-title") });

async function startCheck(page: Page, phone: string) {
  await page.goto("/#/checkout");
  await page.getByRole("textbox", { name: "Mobile number" }).fill(national(phone));
  await page.getByRole("button", { name: "Verify my number" }).click();
}

/** The desktop's pending step: the QR code of the operator link, "Copy link", the time waited. */
async function expectQrPending(page: Page, phone: string) {
  await expect(page.getByRole("heading", { name: "Scan with your phone" })).toBeFocused();
  const step = phoneStep(page);
  await expect(step).toContainText(withPhone("Scan this code with the phone of ", phone, ", with Wi‑Fi off"));
  await expect(step.getByRole("img", { name: "QR code of the page to open on your phone" })).toBeVisible();
  await expect(step.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(step).toContainText(/Waiting for your phone… \d+:\d\d/);
}

async function pay(page: Page, phone: string) {
  await page.getByRole("button", { name: "Pay €45.50" }).click();
  await expect(page.getByRole("heading", { name: "Order placed" })).toBeFocused();
  await expect(page.locator("main")).toContainText(`Thank you. Delivery updates will go to ${phone}.`);
}

test("operator check: QR code and link, the phone opens it, verified, then the order", async ({
  page,
  context,
}) => {
  const phone = freshPhone();
  await startCheck(page, phone);
  await expectQrPending(page, phone);
  await expectNoAxeViolations(page, "checkout, pending QR");

  await openLinkAsPhone(page, context);
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
  await expect(phoneStep(page)).toContainText(withPhone("Your operator confirmed ", phone, "."));
  await expect(page.getByRole("img", { name: /QR code/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "checkout, verified");

  await pay(page, phone);
  await expectNoAxeViolations(page, "checkout, order placed");
});

test("operator says it is not this number: the reason, and the switch to SMS", async ({ page, context }) => {
  const phone = "+33600000002";
  await startCheck(page, phone);
  await expectQrPending(page, phone);
  await openLinkAsPhone(page, context, "not_confirmed");

  await expect(page.getByRole("heading", { name: "The check did not work" })).toBeVisible();
  const reason = phoneStep(page).locator(".vk-flow__alert");
  await expect(reason).toHaveText(
    "Your operator says this number does not belong to the phone that opened the link. You can get a code by SMS instead.",
  );
  await expect(reason).toBeFocused();
  await expect(page.getByRole("button", { name: "Get a code by SMS instead" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Use another number" })).toBeVisible();
  await expectNoAxeViolations(page, "checkout, not this number");

  // Still no way to pay.
  await page.getByRole("button", { name: "Pay €45.50" }).click();
  await expect(page.getByRole("alert")).toHaveText("Confirm your mobile number to pay.");
});

test("declined on the phone, then one click to the SMS code, verified, then the order", async ({
  page,
  context,
  request,
}) => {
  const phone = "+33600000003";
  await startCheck(page, phone);
  await expectQrPending(page, phone);
  await openLinkAsPhone(page, context, "declined");

  await expect(phoneStep(page).locator(".vk-flow__alert")).toHaveText(
    "The check was declined on the phone. You can get a code by SMS instead.",
  );
  await expectNoAxeViolations(page, "checkout, declined");
  // The number is a shared test number: wait for a code newer than any already in its inbox.
  const before = await request.get(`/api/sandbox/messages?phone=${encodeURIComponent(phone)}`);
  const earlier = ((await before.json()) as { pin: string }[])[0]?.pin;
  await page.getByRole("button", { name: "Get a code by SMS instead" }).click();

  // One click: the code goes to the check's number at once, and focus waits in the code field.
  await expect(page.getByRole("textbox", { name: "Code from the SMS" })).toBeFocused();
  await expect(phoneStep(page)).toContainText(withPhone("We sent a code by SMS to ", phone, "."));
  await expectNoAxeViolations(page, "checkout, SMS fallback");
  const pin = await pinFromPanel(page, earlier);
  await page.keyboard.type(pin);
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeVisible();
  await expect(phoneStep(page)).toContainText(withPhone("", phone, " is verified."));
  await expectNoAxeViolations(page, "checkout, verified by SMS");

  await pay(page, phone);
});

test("a number the operator cannot check goes straight to the SMS offer", async ({ page }) => {
  const phone = "+33600000009";
  await startCheck(page, phone);

  await expect(page.getByRole("heading", { name: "The check did not work" })).toBeVisible();
  const reason = phoneStep(page).locator(".vk-flow__alert");
  await expect(reason).toHaveText(
    "This number cannot be checked with its operator. Get a code by SMS instead.",
  );
  await expect(reason).toBeFocused();
  // No QR code, no link to open: nothing waits for a phone.
  await expect(page.getByRole("img", { name: /QR code/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Open the link as the phone" })).toHaveCount(0);
  await expectNoAxeViolations(page, "checkout, ineligible");

  await page.getByRole("button", { name: "Get a code by SMS instead" }).click();
  await expect(page.getByRole("textbox", { name: "Code from the SMS" })).toBeFocused();
  await expect(phoneStep(page)).toContainText(withPhone("We sent a code by SMS to ", phone, "."));
  await expect(page.getByRole("button", { name: "Send code" })).toBeVisible();
});

test.describe("on a server whose checks live 5 s", () => {
  test.use({ baseURL: baseUrl("short") });

  test("nobody opens the link: the check runs out and offers a way on", async ({ page }) => {
    const phone = freshPhone();
    await startCheck(page, phone);
    await expectQrPending(page, phone);

    // Waiting out the check's 5 s lifetime.
    await expect(page.getByRole("heading", { name: "The check did not work" })).toBeVisible({
      timeout: 15_000,
    });
    const reason = phoneStep(page).locator(".vk-flow__alert");
    await expect(reason).toHaveText(/has expired|took too long/);
    await expect(reason).toBeFocused();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Get a code by SMS instead" })).toBeVisible();
    await expectNoAxeViolations(page, "checkout, check timed out");

    // Trying again starts a new check: back to the QR code.
    await page.getByRole("button", { name: "Try again" }).click();
    await expectQrPending(page, phone);
  });
});

test("Pay before the number is confirmed: refused, and focus goes to the phone step", async ({ page }) => {
  await page.goto("/#/checkout");
  const payButton = page.getByRole("button", { name: "Pay €45.50" });
  await payButton.click();
  const refusal = page.getByRole("alert");
  await expect(refusal).toHaveText("Confirm your mobile number to pay.");
  await expect(page.getByRole("heading", { name: "Confirm your mobile number" })).toBeFocused();
  await expect(payButton).toHaveAccessibleDescription("Confirm your mobile number to pay.");
  await expect(page.getByRole("heading", { name: "Order placed" })).toHaveCount(0);
  await expectNoAxeViolations(page, "checkout, pay refused");
});

test.describe("a French phone", () => {
  test.use({ locale: "fr-FR" });
  test("the phone's page names the site and speaks the phone's language, axe-clean in light and dark", async ({
    page,
  }) => {
    await page.goto("/api/number-verify/callback?check=unknown");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator("header")).toHaveText(
      /^verify-kit demo\s*Vérification du numéro de téléphone$/,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérification introuvable");
    await expect(page).toHaveTitle("Vérification introuvable · verify-kit demo");
    await expectNoAxeViolations(page, "phone's page, light");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page, "phone's page, dark");
  });
});
