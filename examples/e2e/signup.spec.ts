import { targets } from "./apps.js";
import { expect, freshPhone, national, sentCodes, test, watchPageForm } from "./fixtures.js";

// Signup: PhoneVerification inside the app's react-hook-form <form>, which the kit never submits; the
// form's own submit is held back until the number is verified, then carries it.

for (const target of targets) {
  test.describe(target.name, () => {
    test.use({ baseURL: target.url, target });

    test(`signup (${target.peers}): the SMS code inside the page's form, whose submit carries the number`, async ({
      page,
    }) => {
      const phone = freshPhone(target);
      if (target.serverRendered) {
        const html = await (await page.request.get("/signup")).text();
        expect(html).toContain('class="vk-flow vk-phone-verification"');
        expect(html).toMatch(/<input(?=[^>]* name="phone")(?=[^>]* value="")[^>]*>/);
      }
      await page.goto("/signup");
      const pageForm = await watchPageForm(page);
      const name = page.getByRole("textbox", { name: "Full name" });
      await name.fill("Ada Lovelace");

      // Not verified yet: the page's submit is refused, and the flow says why.
      await page.getByRole("button", { name: "Create account" }).click();
      const number = page.getByRole("textbox", { name: "Mobile number" });
      await expect(number).toBeFocused();
      await expect(page.locator(".vk-flow__alert")).toHaveText("Verify your mobile number to continue.");

      // Enter in the number sends the code.
      await number.fill(national(phone));
      await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
      await number.press("Enter");
      await expect(page.getByRole("heading", { name: "Enter the code" })).toBeVisible();
      await expect.poll(() => sentCodes(page, phone)).toHaveLength(1);

      // The kit's buttons: back to the number, then Send code.
      await page.getByRole("button", { name: "Change number" }).click();
      await page.getByRole("button", { name: "Send code" }).click();
      await expect(page.getByRole("heading", { name: "Enter the code" })).toBeVisible();
      await expect.poll(() => sentCodes(page, phone)).toHaveLength(2);
      const [code = ""] = await sentCodes(page, phone);
      await page.getByRole("textbox", { name: "Code from the SMS" }).pressSequentially(code);
      await expect(page.getByRole("heading", { name: "Number verified" })).toBeVisible();

      expect(await pageForm()).toEqual({ submits: 0, sameDocument: true });
      await expect(name).toHaveValue("Ada Lovelace");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByTestId("signup-result")).toHaveText(
        JSON.stringify({ name: "Ada Lovelace", phone }),
      );
      expect(await pageForm()).toEqual({ submits: 1, sameDocument: true });
    });
  });
}
