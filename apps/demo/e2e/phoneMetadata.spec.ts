import type { Page, Route } from "@playwright/test";
import { expect, freshPhone, national, pinFromPanel, test } from "./fixtures.js";
import { baseUrl } from "./servers.js";

// The phone field loads libphonenumber-js and the numbering plans when it is first used (or the browser is
// idle). Here the network holds those chunks back until the test lets them through: a number typed, or
// autofilled, meanwhile waits in the field and is formatted and checked once they have come.

test.use({ baseURL: baseUrl("main") });

// The chunks of the phone metadata in the demo's build: the parser, every country's metadata, one per country.
const metadataChunk =
  /\/assets\/(createPhoneParser|metadata\.max\.json|countryPlanLoaders|[A-Z]{2})-[\w-]+\.js$/;

/** Holds the phone metadata's chunks back; `release()` lets them (and any later one) through. */
async function holdPhoneMetadata(page: Page) {
  const held: Route[] = [];
  let holding = true;
  await page.route(metadataChunk, (route) => {
    if (holding) held.push(route);
    else void route.continue();
  });
  return {
    asked: () => held.length > 0,
    release: async () => {
      holding = false;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

const field = (page: Page) => page.getByRole("textbox", { name: "Mobile number" });

test("a number typed before the metadata has loaded is formatted, then checked, once it has", async ({
  page,
}) => {
  const metadata = await holdPhoneMetadata(page);
  await page.goto("/#/signup");
  await field(page).pressSequentially("0123456789");
  await page.getByRole("textbox", { name: "Full name" }).focus();
  // Typing asked for it; nothing can format or check the number yet: it waits as typed, with no error.
  await expect.poll(metadata.asked).toBe(true);
  await expect(field(page)).toHaveValue("0123456789");
  await expect(page.locator(".vk-phone-field .vk-field-error")).toHaveCount(0);
  await metadata.release();
  await expect(field(page)).toHaveValue("01 23 45 67 89");
  await expect(page.locator(".vk-phone-field .vk-field-error")).toHaveText(
    "This is not a mobile number: enter a number that can receive SMS.",
  );
});

test("a mobile number typed and sent before the metadata has loaded: the code is sent once it has", async ({
  page,
}) => {
  const phone = freshPhone();
  const metadata = await holdPhoneMetadata(page);
  await page.goto("/#/signup");
  await field(page).pressSequentially(national(phone));
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();
  await expect.poll(metadata.asked).toBe(true);
  await expect(field(page)).toHaveValue(national(phone));
  await metadata.release();
  await expect(page.getByRole("textbox", { name: "Code from the SMS" })).toBeFocused();
  expect(await pinFromPanel(page)).toMatch(/^\d{6}$/);
});

test("a number autofilled without focus (as browsers do) is read, formatted and checked", async ({
  page,
}) => {
  const phone = freshPhone();
  const metadata = await holdPhoneMetadata(page);
  await page.goto("/#/signup");
  await expect(page.getByRole("button", { name: "Send code" })).toBeVisible();
  // What autofill does: the value set and an input event, no focus, no key.
  await field(page).evaluate((input: HTMLInputElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, phone);
  await expect(field(page)).not.toBeFocused();
  await expect.poll(metadata.asked).toBe(true);
  await metadata.release();
  await expect(field(page)).toHaveValue(
    national(phone)
      .slice(1)
      .replace(/^(\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, "$1 $2 $3 $4 $5"),
  );
  await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("FR");
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByRole("textbox", { name: "Code from the SMS" })).toBeFocused();
});
