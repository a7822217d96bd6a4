import type { Page } from "@playwright/test";
import {
  expect,
  expectAnnounced,
  expectNoAxeViolations,
  fillAccount,
  freshPhone,
  national,
  pinFromPanel,
  shown,
  test,
  withPhone,
} from "./fixtures.js";
import { baseUrl } from "./servers.js";

// The code step of the signup page: paste, wrong codes, lockout, resend, expiry, another number,
// undeliverable numbers, and the form's own rules around the verification.

test.use({ baseURL: baseUrl("main") });

/** A six-digit code that is not `pin`. */
const wrongPin = (pin: string) => `${pin.slice(0, 5)}${(Number(pin[5]) + 1) % 10}`;

const codeField = (page: Page) => page.getByRole("textbox", { name: "Code from the SMS" });
const phoneField = (page: Page) => page.getByRole("textbox", { name: "Mobile number" });
const verifiedHeading = (page: Page) => page.getByRole("heading", { name: "Number verified" });

/** Opens the signup page and asks for a code for `phone` (SMS consent ticked). */
async function sendCode(page: Page, phone: string) {
  await page.goto("/#/signup");
  await phoneField(page).fill(national(phone));
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(codeField(page)).toBeFocused();
  await expectAnnounced(page, withPhone("We sent a code by SMS to ", phone));
}

/** Types a whole code into the focused code field and waits for the flow to refuse it. */
async function typeRefusedCode(page: Page, code: string, attemptsLeft: number, afterResend = false) {
  await expect(codeField(page)).toBeFocused();
  await page.keyboard.type(code);
  const left = attemptsLeft === 1 ? "1 attempt left." : `${attemptsLeft} attempts left.`;
  const latest = afterResend ? " Only the latest code works." : "";
  await expect(codeField(page)).toHaveAccessibleDescription(
    `This code is not right. Check the SMS and try again.${latest} ${left}`,
  );
}

test("a code pasted as 123 456 fills the field with its six digits and verifies", async ({
  page,
  context,
}) => {
  const phone = freshPhone();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await sendCode(page, phone);
  const pin = await pinFromPanel(page);

  // The check is held until the field has been read, so the pasted value can be seen before success.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/api/pin/check", async (route) => {
    await held;
    await route.continue();
  });

  await page.evaluate((text) => navigator.clipboard.writeText(text), `${pin.slice(0, 3)} ${pin.slice(3)}`);
  await expect(codeField(page)).toBeFocused();
  await page.keyboard.press("ControlOrMeta+V");
  await expect(codeField(page)).toHaveValue(pin);
  await expect(shown(page, "Checking the code…")).toBeVisible();
  release();

  await expect(verifiedHeading(page)).toBeFocused();
  await expect(shown(page, withPhone("", phone, " is verified."))).toBeVisible();
  await expectAnnounced(page, withPhone("", phone, " is verified."));
});

test("a wrong code is refused with the attempts left, and the field is ready for another", async ({
  page,
}) => {
  const phone = freshPhone();
  await sendCode(page, phone);
  const pin = await pinFromPanel(page);

  await typeRefusedCode(page, wrongPin(pin), 4);
  await expectAnnounced(page, "This code is not right. Check the SMS and try again. 4 attempts left.");
  await expect(codeField(page)).toHaveValue("");
  await expect(codeField(page)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "signup, wrong code");

  await page.keyboard.type(pin);
  await expect(verifiedHeading(page)).toBeFocused();
});

test("five wrong codes lock the verification: no code field, no further check", async ({ page, traffic }) => {
  const phone = freshPhone();
  await sendCode(page, phone);
  const pin = await pinFromPanel(page);
  const wrong = wrongPin(pin);
  for (const left of [4, 3, 2, 1]) await typeRefusedCode(page, wrong, left);
  await expectAnnounced(page, "1 attempt left.");

  await page.keyboard.type(wrong);
  const locked = shown(
    page,
    "Too many wrong codes were entered: this code can no longer be used. Start again to get a new one.",
  );
  await expect(locked).toBeVisible();
  await expect(locked).toBeFocused();
  await expectAnnounced(
    page,
    "Too many wrong codes were entered: this code can no longer be used. Start again to get a new one.",
  );
  await expect(codeField(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Resend code" })).toHaveCount(0);
  await expect(verifiedHeading(page)).toHaveCount(0);
  await expectNoAxeViolations(page, "signup, locked");

  // Not only hidden: the adapter refuses even the right code for this verification now.
  const sent = traffic.find((exchange) => exchange.url.endsWith("/api/pin/send") && exchange.status === 200);
  const { verificationId } = JSON.parse(sent?.responseBody ?? "{}") as { verificationId?: string };
  expect(verificationId).toBeTruthy();
  const refusal = await page.evaluate(
    async (body) => {
      const answer = await fetch("/api/pin/check", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: answer.status, body: await answer.text() };
    },
    { verificationId, pin },
  );
  expect(refusal.body).toContain('"verification_locked"');
  expect(refusal.status).toBe(423);
});

test("after the 2 s countdown, Resend code sends a new code: the old one is refused, the new one works", async ({
  page,
}) => {
  const phone = freshPhone();
  await sendCode(page, phone);
  const first = await pinFromPanel(page);

  const resend = page.getByRole("button", { name: /^Resend code/ });
  // Its name is the label shown (the button also holds its "Sending the code…" label, unseen, for its size).
  await expect(resend).toHaveAccessibleName(/^Resend code in [12] seconds?$/);
  await expect(resend).toHaveAttribute("aria-disabled", "true");
  await expect(resend).toHaveAccessibleName("Resend code");
  await expect(resend).not.toHaveAttribute("aria-disabled");

  await resend.click();
  await expectAnnounced(page, withPhone(" to ", phone, ". Only the latest code works."));
  await expect(codeField(page)).toBeFocused();
  const second = await pinFromPanel(page, first);

  await typeRefusedCode(page, first === second ? wrongPin(first) : first, 4, true);
  await page.keyboard.type(second);
  await expect(verifiedHeading(page)).toBeFocused();
});

test.describe("with codes that live 4 s", () => {
  test.use({ baseURL: baseUrl("short") });

  test("an expired code can no longer be typed, and a new code gets the user through", async ({ page }) => {
    const phone = freshPhone();
    await sendCode(page, phone);
    const first = await pinFromPanel(page);
    await expect(shown(page, /^The code expires in 0:0\d\.$/)).toBeVisible();

    // Waiting out the code's lifetime is what this test is about.
    await expect(shown(page, "This code has expired. Ask for a new one.")).toBeVisible({ timeout: 8_000 });
    await expect(codeField(page)).toHaveAccessibleDescription("This code has expired. Ask for a new one.");
    await expectAnnounced(page, "This code has expired. Ask for a new one.");
    await expect(codeField(page)).toBeDisabled();
    const resend = page.getByRole("button", { name: "Resend code" });
    await expect(resend).toBeFocused();
    await expect(resend).not.toHaveAttribute("aria-disabled");
    await expectNoAxeViolations(page, "signup, code expired");

    await page.keyboard.press("Enter");
    await expectAnnounced(page, withPhone(" to ", phone, ". Only the latest code works."));
    await expect(codeField(page)).toBeEnabled();
    await expect(codeField(page)).toBeFocused();
    const second = await pinFromPanel(page, first);
    await page.keyboard.type(second);
    await expect(verifiedHeading(page)).toBeFocused();
  });
});

test("Change number goes back to the phone step, and the new number gets its own code", async ({ page }) => {
  const phone = freshPhone();
  const other = freshPhone();
  await sendCode(page, phone);
  await pinFromPanel(page);

  await page.getByRole("button", { name: "Change number" }).click();
  await expect(phoneField(page)).toBeFocused();
  await expect(codeField(page)).toHaveCount(0);
  await expectNoAxeViolations(page, "signup, back to the number");

  await phoneField(page).fill(national(other));
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(codeField(page)).toBeFocused();
  await expectAnnounced(page, withPhone("We sent a code by SMS to ", other));
  const panel = page.getByRole("complementary", { name: "Sandbox phone" });
  await expect(panel).toContainText(`Number in use: ${other}`);
  const pin = await pinFromPanel(page);
  await page.keyboard.type(pin);
  await expectAnnounced(page, withPhone("", other, " is verified."));
});

test("an undeliverable number is refused on the phone step, and no SMS arrives", async ({ page }) => {
  const undeliverable = "+33600000002";
  await page.goto("/#/signup");
  await phoneField(page).fill(national(undeliverable));
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();

  const message = "We could not send an SMS to this number. Check the number or use another one.";
  await expect(phoneField(page)).toBeFocused();
  await expect(phoneField(page)).toHaveAttribute("aria-invalid", "true");
  await expect(phoneField(page)).toHaveAccessibleDescription(message);
  await expectAnnounced(page, message);
  await expect(codeField(page)).toHaveCount(0);
  await expectNoAxeViolations(page, "signup, number undeliverable");

  // The panel looked at this number's inbox after the refusal and found nothing.
  const panel = page.getByRole("complementary", { name: "Sandbox phone" });
  await expect(panel).toContainText(`Number in use: ${undeliverable}`);
  await page.waitForResponse((response) => response.url().includes("/api/sandbox/messages"));
  await expect(panel.getByText("No SMS to this number yet.")).toBeVisible();
  await expect(panel.getByTestId("sandbox-pin")).toHaveCount(0);
});

test("Create account is refused until the number is verified, and leads to the phone step", async ({
  page,
}) => {
  await page.goto("/#/signup");
  await fillAccount(page);
  await page.getByRole("button", { name: "Create account" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "Verify your mobile number" });
  await expect(alert).toHaveText("Verify your mobile number before creating the account.");
  await expect(phoneField(page)).toBeFocused();
  await expect(page.getByRole("button", { name: "Create account" })).toHaveAccessibleDescription(
    "Verify your mobile number before creating the account.",
  );
  await expect(page.getByRole("heading", { name: "Account created" })).toHaveCount(0);
  await expectNoAxeViolations(page, "signup, verification missing");

  // Once verified, the same submit goes through and the message is gone.
  const phone = freshPhone();
  await phoneField(page).fill(national(phone));
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();
  await page.keyboard.type(await pinFromPanel(page));
  await expect(verifiedHeading(page)).toBeFocused();
  await expect(alert).toHaveCount(0);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Account created" })).toBeFocused();
});

test("name and email are required, and the email must look like one", async ({ page }) => {
  await page.goto("/#/signup");
  const name = page.getByRole("textbox", { name: "Full name" });
  const email = page.getByRole("textbox", { name: "Email" });
  const submit = page.getByRole("button", { name: "Create account" });

  await submit.click();
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("Enter your name.");
  await expect(email).toHaveAccessibleDescription("Enter your email address.");
  await expectNoAxeViolations(page, "signup, name and email missing");

  await name.fill("   ");
  await email.fill("ada@example");
  await submit.click();
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription("Enter your name.");
  await expect(email).toHaveAccessibleDescription("Enter an email address such as name@example.com.");

  await name.fill("Ada Lovelace");
  await submit.click();
  await expect(email).toBeFocused();
  await expect(name).not.toHaveAttribute("aria-invalid");
  await expect(page.getByText("Enter your name.")).toHaveCount(0);
  await expect(email).toHaveAccessibleDescription("Enter an email address such as name@example.com.");
  await expectNoAxeViolations(page, "signup, email invalid");

  // Both right: only the verification is left, and the phone step gets the focus.
  await email.fill("ada@example.com");
  await submit.click();
  await expect(email).not.toHaveAttribute("aria-invalid");
  await expect(phoneField(page)).toBeFocused();
});
