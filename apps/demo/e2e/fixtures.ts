import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";

/** One request the browser made, with its answer, as the page saw them. */
export interface SeenExchange {
  readonly url: string;
  readonly method: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string;
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: string;
}

let numberCounter = 0;

/**
 * A valid French mobile number no other test uses (tests run in parallel against shared servers, and the
 * sandbox's inbox is per number). Never one of the sandbox's test numbers (+33 6 00 00 0…).
 */
export function freshPhone(): string {
  numberCounter += 1;
  const worker = Number(process.env.TEST_WORKER_INDEX ?? 0) % 10;
  const stamp = (Date.now() % 10_000).toString().padStart(4, "0");
  return `+3361${worker}${stamp}${(numberCounter % 100).toString().padStart(2, "0")}`;
}

/** The phone number as the user types it in the national field (the country picker says France). */
export const national = (e164: string) => `0${e164.slice(3)}`;

export const test = base.extend<{ traffic: SeenExchange[] }>({
  // Every request and answer of the page, recorded for the leak checks.
  traffic: async ({ context }, use) => {
    const seen: SeenExchange[] = [];
    const pending: Promise<void>[] = [];
    context.on("response", (response) => {
      const request = response.request();
      pending.push(
        (async () => {
          const body = await response.text().catch(() => "");
          seen.push({
            url: request.url(),
            method: request.method(),
            requestHeaders: await request.allHeaders().catch(() => ({})),
            requestBody: request.postData() ?? "",
            status: response.status(),
            responseHeaders: await response.allHeaders().catch(() => ({})),
            responseBody: body,
          });
        })(),
      );
    });
    await use(seen);
    await Promise.all(pending);
  },
});

export { expect };

/** Runs axe on the page as it is: any violation fails the test, with its rule and targets. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(found, `axe violations in ${state}`).toEqual([]);
}

/** The newest code the sandbox phone panel shows for the number in use, once one arrives. */
export async function pinFromPanel(page: Page, notThis?: string): Promise<string> {
  const panel = page.getByRole("complementary", { name: /sandbox phone|téléphone du bac à sable/i });
  const newest = panel.getByTestId("sandbox-pin").first();
  await expect(newest).toHaveText(/^\d{6}$/);
  if (notThis !== undefined) await expect(newest).not.toHaveText(notThis);
  return (await newest.textContent()) ?? "";
}

/** The signup form's own fields: name and email. */
export async function fillAccount(page: Page): Promise<void> {
  await page.getByRole("textbox", { name: "Full name" }).fill("Ada Lovelace");
  await page.getByRole("textbox", { name: "Email" }).fill("ada@example.com");
}

/** Signup up to the code entry: name, email, the number with SMS consent, "Send code". */
export async function sendSignupCode(page: Page, phone: string): Promise<void> {
  await fillAccount(page);
  await page.getByRole("textbox", { name: "Mobile number" }).fill(national(phone));
  await page.getByRole("checkbox", { name: "Text messages (SMS)" }).check();
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByRole("textbox", { name: "Code from the SMS" })).toBeFocused();
}

/** Types the code, waits for "Number verified", then creates the account. */
export async function finishSignup(page: Page, pin: string): Promise<void> {
  await page.getByRole("textbox", { name: "Code from the SMS" }).fill(pin);
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeVisible();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Account created" })).toBeFocused();
}

/** Checkout up to the operator check's QR code (a desktop browser). */
export async function startOperatorCheck(page: Page, phone: string): Promise<void> {
  await page.getByRole("textbox", { name: "Mobile number" }).fill(national(phone));
  await page.getByRole("button", { name: "Verify my number" }).click();
  await expect(page.getByRole("img", { name: "QR code of the page to open on your phone" })).toBeVisible();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A French mobile as the flows write it: `+33 6 12 34 56 78`. */
export const international = (e164: string) =>
  `+33 ${e164.slice(3, 4)} ${e164.slice(4).match(/\d\d/g)?.join(" ")}`;

/**
 * A sentence naming `e164` as the flows show it: international format on one line (its spaces may be
 * no-break spaces), possibly wrapped in the invisible Unicode isolates that keep it left to right in any page.
 */
export const withPhone = (before: string, e164: string, after = "") =>
  new RegExp(
    `${escapeRegExp(before)}[\u2066-\u2069]?${escapeRegExp(international(e164)).replaceAll(" ", "\\s")}[\u2066-\u2069]?${escapeRegExp(after)}`,
  );

/** A visible paragraph with this text (the flows' live regions say the same, but are not paragraphs). */
export const shown = (page: Page, text: string | RegExp) =>
  page.getByRole("paragraph").filter({ hasText: text });

/** Waits until one of the page's polite live regions (`role=status`) in the main content says `text`. */
export const expectAnnounced = (page: Page, text: string | RegExp) =>
  expect(page.getByRole("main").getByRole("status").filter({ hasText: text })).toHaveCount(1);

/** What the phone's page says after the operator, by outcome: its heading and its status line. */
const phoneSays = {
  verified: ["Number verified", "Your number has been verified."],
  not_confirmed: [
    "Number not confirmed",
    "Your operator did not confirm that this phone uses the number you entered.",
  ],
  declined: ["Check declined", "You declined the check on this phone, so your number was not verified."],
} as const;

/**
 * The panel's button opens the operator link as the phone would; the phone lands on the callback page, which
 * names the site and says what happened.
 */
export async function openLinkAsPhone(
  page: Page,
  context: BrowserContext,
  outcome: keyof typeof phoneSays = "verified",
) {
  const popupOpened = context.waitForEvent("page");
  await page.getByRole("button", { name: "Open the link as the phone" }).click();
  const phonePage = await popupOpened;
  await expect(phonePage).toHaveURL(/\/api\/number-verify\/callback\?/);
  const [heading, said] = phoneSays[outcome];
  await expect(phonePage.getByRole("heading", { name: heading })).toBeVisible();
  await expect(phonePage.getByRole("status")).toHaveText(said);
  await expect(phonePage.locator("header")).toContainText("verify-kit demo");
  await phonePage.close();
}
