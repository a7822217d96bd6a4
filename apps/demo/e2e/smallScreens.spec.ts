import { devices } from "@playwright/test";
import { expect, expectNoAxeViolations, fillAccount, freshPhone, national, test } from "./fixtures.js";
import { baseUrl } from "./servers.js";

// A phone: the iPhone SE's 375 px, with the 548 px of its 667 that Safari's bars leave to the page.
const { defaultBrowserType: _, ...iPhoneSE } = devices["iPhone SE"];
test.use({ ...iPhoneSE, viewport: { width: 375, height: 548 }, baseURL: baseUrl("main") });

test("signup at 375 px: Create account before verifying puts focus in the number, its message on screen", async ({
  page,
}) => {
  await page.goto("/?lang=en&theme=light#/signup");
  await fillAccount(page);
  await page.getByRole("button", { name: "Create account" }).click();

  // No stop on the card, nor on the country: the next keys type the number.
  const number = page.getByRole("textbox", { name: "Mobile number" });
  await expect(number).toBeFocused();
  const message = page.getByRole("alert").filter({ hasText: "Verify your mobile number" });
  await expect(message).toHaveText("Verify your mobile number before creating the account.");
  await expect(message).toBeInViewport({ ratio: 1 });
  await expect(number).toBeInViewport({ ratio: 1 });
  await page.keyboard.type(national(freshPhone()));
  await expect(number).not.toHaveValue("");
});

for (const theme of ["light", "dark"] as const) {
  test(`checkout on a phone, ${theme}: "Open the check" in the shop's colours, readable, axe clean`, async ({
    page,
  }) => {
    await page.goto(`/?lang=en&theme=${theme}#/checkout`);
    await page.getByRole("textbox", { name: "Mobile number" }).fill(national(freshPhone()));
    await page.getByRole("button", { name: "Verify my number" }).click();
    const open = page.getByRole("link", { name: "Open the check" });
    await expect(open).toBeVisible();
    // The shop themes the kit through --vk-* only: its green is the button, the kit's text colour on it.
    const colours = await open.evaluate((link) => {
      const style = getComputedStyle(link);
      return { text: style.color, background: style.backgroundColor };
    });
    expect(colours).toEqual(
      theme === "light"
        ? { text: "rgb(255, 255, 255)", background: "rgb(15, 107, 79)" }
        : { text: "rgb(11, 15, 25)", background: "rgb(127, 216, 180)" },
    );
    await expectNoAxeViolations(page, `checkout on a phone, ${theme}`);
  });
}
