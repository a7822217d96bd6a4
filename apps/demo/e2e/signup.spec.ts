import { expect, fillAccount, freshPhone, national, pinFromPanel, test } from "./fixtures.js";
import { baseUrl } from "./servers.js";

test.use({ baseURL: baseUrl("main") });

// axe on each of this walk's states (empty, code entry, verified, account created) is in a11y.spec.ts, in
// light, dark, right to left and French: not repeated here, where four scans made the walk slow.

test("signup: the PIN read from the sandbox phone, typed digit by digit, then the account", async ({
  page,
}) => {
  const phone = freshPhone();
  await page.goto("/#/signup");
  // The sandbox phone lists the limits the server enforces (raised on this test server).
  const limits = page.getByRole("region", { name: "Limits in force" });
  await expect(limits.getByRole("listitem")).toHaveText([
    "Countries served: all.",
    "In 60 min: 1000 SMS per number, 10000 per connection, 10000 per number range (4 digits).",
    "In 60 min: 1000 operator checks per number, 10000 per connection.",
    "No SMS budget.",
  ]);
  await fillAccount(page);
  await page.getByRole("textbox", { name: "Mobile number" }).fill(national(phone));
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();

  const pin = await pinFromPanel(page);
  const code = page.getByRole("textbox", { name: "Code from the SMS" });
  await expect(code).toBeFocused();
  await page.keyboard.type(pin, { delay: 30 });
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeVisible();

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Account created" })).toBeFocused();
  const result = page.locator(".demo-result");
  await expect(result).toContainText("ada@example.com");
  await expect(result).toContainText(phone);
  await expect(result.getByRole("listitem").filter({ hasText: "SMS" })).toHaveText(
    "Text messages (SMS) allowed",
  );
  await expect(result.getByRole("listitem").filter({ hasText: "Post" })).toHaveText("Post not allowed");
  await expect(result.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
});

test("a French page gets its SMS in French, ending in the WebOTP line the code field asks Chrome for", async ({
  page,
}) => {
  const phone = freshPhone();
  await page.goto("/?lang=fr#/signup");
  await page.getByRole("textbox", { name: "Numéro de mobile" }).fill(national(phone));
  await page.getByRole("checkbox", { name: "SMS" }).check();
  await page.getByRole("button", { name: "Envoyer le code" }).click();
  const pin = await pinFromPanel(page);
  const code = page.getByRole("textbox", { name: "Code reçu par SMS" });
  await expect(code).toBeFocused();
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  // The demo's server ends every text with "@host #" (DQE_SMS_WEBOTP_HOST): the page's host, 127.0.0.1.
  await expect(page.locator(".demo-phone__text").first()).toHaveText(
    `Votre code de confirmation : @127.0.0.1 #${pin}`,
  );
});
