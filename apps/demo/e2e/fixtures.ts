import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

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
