import { targets } from "./apps.js";
import { expect, freshPhone, national, test, watchPageForm } from "./fixtures.js";

// Checkout: NumberVerification inside the app's order form. The operator link is opened on a second page,
// as the phone that scans the QR code would; the order carries the verified number.

for (const target of targets) {
  test.describe(target.name, () => {
    test.use({ baseURL: target.url, target });

    test(`checkout (${target.peers}): the operator check, its link opened on a second page`, async ({
      page,
      context,
    }) => {
      const phone = freshPhone(target);
      const address = "1 rue de la Paix, Paris";
      if (target.serverRendered) {
        const html = await (await page.request.get("/checkout")).text();
        expect(html).toContain('class="vk-flow vk-number-verification"');
        expect(html).toContain("Verify your number with your operator");
      }
      await page.goto("/checkout");
      const pageForm = await watchPageForm(page);
      await page.getByRole("textbox", { name: "Delivery address" }).fill(address);

      const started = page.waitForResponse((answer) => answer.url().endsWith("/api/number-verify/start"));
      const number = page.getByRole("textbox", { name: "Mobile number" });
      await number.fill(national(phone));
      await number.press("Enter");
      const { url } = (await (await started).json()) as { url: string };
      await expect(page.getByRole("heading", { name: "Scan with your phone" })).toBeVisible();
      await expect(
        page.getByRole("img", { name: "QR code of the page to open on your phone" }),
      ).toBeVisible();

      // Not verified yet: the order is refused.
      await page.getByRole("button", { name: "Place order" }).click();
      await expect(page.locator(".vk-flow__alert")).toHaveText("Verify your mobile number to continue.");

      const phonePage = await context.newPage();
      await phonePage.goto(url);
      await expect(phonePage.getByRole("status")).toHaveText("Your number has been verified.");
      await expect(page.getByRole("heading", { name: "Number verified" })).toBeVisible();

      expect(await pageForm()).toEqual({ submits: 0, sameDocument: true });
      await page.getByRole("button", { name: "Place order" }).click();
      await expect(page.getByTestId("order-result")).toHaveText(JSON.stringify({ address, phone }));
    });
  });
}
