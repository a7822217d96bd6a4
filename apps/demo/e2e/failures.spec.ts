import type { Page } from "@playwright/test";
import {
  expect,
  expectAnnounced,
  expectNoAxeViolations,
  freshPhone,
  national,
  pinFromPanel,
  shown,
  test,
  withPhone,
} from "./fixtures.js";
import { baseUrl } from "./servers.js";

// DQE failing (HTTP 500 with an HTML page, or answering after the adapter's 1.5 s time-out) and the backend
// adapter not answering at all: each time a clear message, a way to try again, and a page that still works.

test.use({ baseURL: baseUrl("main") });

const failing = {
  serverError: {
    phone: "+33600000500",
    message: "The verification service had a problem. Please try again in a moment.",
  },
  slow: {
    phone: "+33600000504",
    message: "The verification service is taking too long to answer. Please try again.",
  },
} as const;

/** The adapter gives DQE 1.5 s and the slow number answers after 5 s: an error well before that. */
const beforeSlowAnswerMs = 4_500;

const phoneField = (page: Page) => page.getByRole("textbox", { name: "Mobile number" });

for (const [kind, { phone, message }] of Object.entries(failing)) {
  test(`signup: DQE ${kind === "slow" ? "too slow" : "failing"} gives a retryable error, then another number goes through`, async ({
    page,
  }) => {
    await page.goto("/#/signup");
    await phoneField(page).fill(national(phone));
    await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
    const started = Date.now();
    await page.getByRole("button", { name: "Send code" }).click();

    const alert = shown(page, message);
    await expect(alert).toBeVisible({ timeout: beforeSlowAnswerMs });
    expect(Date.now() - started).toBeLessThan(beforeSlowAnswerMs);
    await expect(alert).toBeFocused();
    await expectAnnounced(page, message);
    const retry = page.getByRole("button", { name: "Try again" });
    await expect(retry).toBeVisible();
    await expect(retry).not.toHaveAttribute("aria-disabled");
    await expect(page.getByRole("textbox", { name: "Code from the SMS" })).toHaveCount(0);
    await expectNoAxeViolations(page, `signup, DQE ${kind}`);

    // Trying again asks again (saying so while it waits, which only the slow number leaves time to see).
    await retry.click();
    if (kind === "slow") {
      await expect(page.getByRole("button", { name: "Sending the code…" })).toHaveAttribute(
        "aria-disabled",
        "true",
      );
    }
    await expect(alert).toBeFocused({ timeout: beforeSlowAnswerMs });
    await expect(retry).not.toHaveAttribute("aria-disabled");

    // Another number: the error was about the old one, so it goes and the button sends again; the flow
    // ends verified.
    const good = freshPhone();
    await phoneField(page).fill(national(good));
    await expect(alert).toHaveCount(0);
    await expect(retry).toHaveCount(0);
    await page.getByRole("button", { name: "Send code" }).click();
    const code = page.getByRole("textbox", { name: "Code from the SMS" });
    await expect(code).toBeFocused();
    await page.keyboard.type(await pinFromPanel(page));
    await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
  });

  test(`checkout: the operator check with DQE ${kind === "slow" ? "too slow" : "failing"} gives a retryable error, then another number goes through`, async ({
    page,
    context,
  }) => {
    await page.goto("/#/checkout");
    await phoneField(page).fill(national(phone));
    const started = Date.now();
    await page.getByRole("button", { name: "Verify my number" }).click();

    const alert = shown(page, message);
    await expect(alert).toBeVisible({ timeout: beforeSlowAnswerMs });
    expect(Date.now() - started).toBeLessThan(beforeSlowAnswerMs);
    await expect(alert).toBeFocused();
    await expect(page.getByRole("heading", { name: "The check did not work" })).toBeVisible();
    await expectAnnounced(page, message);
    const retry = page.getByRole("button", { name: "Try again" });
    await expect(retry).toBeVisible();
    await expectNoAxeViolations(page, `checkout, DQE ${kind}`);

    await retry.click();
    await expect(alert).toBeFocused({ timeout: beforeSlowAnswerMs });

    await page.getByRole("button", { name: "Use another number" }).click();
    await expect(phoneField(page)).toBeFocused();
    const good = freshPhone();
    await phoneField(page).fill(national(good));
    await page.getByRole("button", { name: "Verify my number" }).click();
    await expect(page.getByRole("heading", { name: "Scan with your phone" })).toBeFocused();
    await expect(page.getByRole("img", { name: "QR code of the page to open on your phone" })).toBeVisible();

    // The sandbox phone opens the operator's link; the page learns the answer by itself.
    const operatorPage = context.waitForEvent("page");
    await page
      .getByRole("complementary", { name: "Sandbox phone" })
      .getByRole("button", { name: "Open the link as the phone" })
      .click();
    await (await operatorPage).close();
    await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
    await expect(shown(page, withPhone("Your operator confirmed ", good))).toBeVisible();
    await page.getByRole("button", { name: /^Pay / }).click();
    await expect(page.getByRole("heading", { name: "Order placed" })).toBeFocused();
  });
}

test("the backend adapter not answering: the demo says so with a retry, which works once it is back", async ({
  page,
}) => {
  await page.route("**/api/**", (route) => route.abort("connectionrefused"));
  await page.goto("/#/signup");

  const down = page.getByRole("alert").filter({ hasText: "The backend adapter does not answer." });
  await expect(down).toBeVisible();
  const retry = down.getByRole("button", { name: "Try again" });
  await expect(retry).toBeEnabled();
  await expect(page.getByRole("heading", { name: "Create your account" })).toHaveCount(0);

  // Still down: the same message again, nothing else.
  await retry.click();
  await expect(down).toBeVisible();
  await expect(retry).toBeEnabled();

  await page.unroute("**/api/**");
  await retry.click();
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expect(down).toHaveCount(0);
  await expect(page.getByRole("complementary", { name: "Sandbox phone" })).toBeVisible();

  // And the flow works end to end.
  const phone = freshPhone();
  await phoneField(page).fill(national(phone));
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();
  await page.keyboard.type(await pinFromPanel(page));
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
});

test("the backend adapter not answering: the error state passes axe", async ({ page }) => {
  await page.route("**/api/**", (route) => route.abort("connectionrefused"));
  await page.goto("/#/signup");
  await expect(
    page.getByRole("alert").filter({ hasText: "The backend adapter does not answer." }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "backend adapter down");
});

test("the backend adapter going away mid-flow: sending the code fails with a retry, which works once it is back", async ({
  page,
}) => {
  await page.goto("/#/signup");
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await page.route("**/api/**", (route) => route.abort("connectionrefused"));
  const phone = freshPhone();
  await phoneField(page).fill(national(phone));
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();

  const message = "The connection failed. Check your network and try again.";
  await expect(shown(page, message)).toBeFocused();
  await expectAnnounced(page, message);
  await expectNoAxeViolations(page, "signup, adapter gone");

  await page.unroute("**/api/**");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("textbox", { name: "Code from the SMS" })).toBeFocused();
  await page.keyboard.type(await pinFromPanel(page));
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
});
