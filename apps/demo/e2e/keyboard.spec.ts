import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, freshPhone, national, pinFromPanel, test } from "./fixtures.js";
import { baseUrl } from "./servers.js";

// Both flows with the keyboard alone: Tab, Shift+Tab, Space, Enter and typing. No click, fill or check.
// The steps themselves are checked with axe in signup.spec.ts and checkout.spec.ts; here, the states where
// keyboard focus is shown (axe takes seconds a run on a busy machine).

test.use({ baseURL: baseUrl("main") });

/** Whether `target` has the focus right now. */
const hasFocus = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through the page;
 * fails if it is not reached within `max` presses.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 30 } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target, `reached with ${max} presses of ${backwards ? "Shift+Tab" : "Tab"}`).toBeFocused();
}

test("signup from the first Tab to the account, keyboard only", async ({ page }) => {
  const phone = freshPhone();
  await page.goto("/#/signup");
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();

  // The skip link comes first and leads to the content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the content" })).toBeFocused();

  const name = page.getByRole("textbox", { name: "Full name" });
  await tabTo(page, name);
  await page.keyboard.type("Ada Lovelace");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Email" })).toBeFocused();
  await page.keyboard.type("ada@example.com");

  const mobile = page.getByRole("textbox", { name: "Mobile number" });
  await tabTo(page, mobile);
  await page.keyboard.type(national(phone));

  // Past the SMS box and back: Shift+Tab works through the checkboxes too.
  const sms = page.getByRole("checkbox", { name: "Text messages (SMS)" });
  await tabTo(page, page.getByRole("checkbox", { name: "Email" }));
  await tabTo(page, sms, { backwards: true, max: 3 });
  await page.keyboard.press("Space");
  await expect(sms).toBeChecked();
  await expectNoAxeViolations(page, "signup by keyboard, before sending");

  const send = page.getByRole("button", { name: "Send code" });
  await tabTo(page, send, { max: 4 });
  await page.keyboard.press("Enter");

  const code = page.getByRole("textbox", { name: "Code from the SMS" });
  await expect(code).toBeFocused();
  await page.keyboard.type(await pinFromPanel(page));

  const verified = page.getByRole("heading", { name: "Number verified" });
  await expect(verified).toBeFocused();

  // The next stop after the success is the form's submit.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Create account" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Account created" })).toBeFocused();
  await expect(page.locator(".demo-result")).toContainText(phone);
});

test("checkout: operator check refused, SMS code instead, payment, keyboard only", async ({
  page,
  request,
}) => {
  // Not eligible for the operator check: the flow offers the SMS code.
  const ineligible = "+33600000009";
  await page.goto("/#/checkout");
  await expect(page.getByRole("heading", { name: "Checkout", level: 1 })).toBeVisible();

  const mobile = page.getByRole("textbox", { name: "Mobile number" });
  await tabTo(page, mobile);
  await page.keyboard.type(national(ineligible));
  const start = page.getByRole("button", { name: "Verify my number" });
  await page.keyboard.press("Tab");
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");

  const reason = page
    .getByRole("paragraph")
    .filter({ hasText: "This number cannot be checked with its operator." });
  await expect(reason).toBeFocused();
  await expect(reason).toHaveText(
    "This number cannot be checked with its operator. Get a code by SMS instead.",
  );
  await expect(page.getByRole("heading", { name: "The check did not work" })).toBeVisible();
  await expectNoAxeViolations(page, "checkout by keyboard, check refused");

  const useSms = page.getByRole("button", { name: "Get a code by SMS instead" });
  await page.keyboard.press("Tab");
  await expect(useSms).toBeFocused();
  // The test number's inbox is shared with other tests: wait for a code newer than any already there.
  const inbox = await request.get(`/api/sandbox/messages?phone=${encodeURIComponent(ineligible)}`);
  const earlier = ((await inbox.json()) as { pin: string }[])[0]?.pin;
  await page.keyboard.press("Enter");

  // One key: the code goes to the same number at once, and focus waits in the code field.
  const code = page.getByRole("textbox", { name: "Code from the SMS" });
  await expect(code).toBeFocused();
  await page.keyboard.type(await pinFromPanel(page, earlier));
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();

  const pay = page.getByRole("button", { name: /^Pay / });
  await page.keyboard.press("Tab");
  await expect(pay).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Order placed" })).toBeFocused();
  await expect(page.getByRole("main")).toContainText(`Delivery updates will go to ${ineligible}.`);
});
