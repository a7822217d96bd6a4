import { test as base, expect, type Page } from "@playwright/test";
import { type Target, targets } from "./apps.js";

/**
 * Every test watches every page it opens: any console error or warning (React's hydration errors and
 * warnings included) or uncaught error fails it.
 */
export const test = base.extend<{ target: Target; consoleProblems: string[] }>({
  // The app under test: set by each describe block (`test.use({ target })`).
  target: [targets[0] as Target, { option: true }],
  consoleProblems: [
    async ({ context, target }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on("console", (message) => {
          if (message.type() !== "error" && message.type() !== "warning") return;
          // The adapter's own pages for the phone have no icon: the browser's request for /favicon.ico
          // misses on the adapter's server when it serves nothing else (Vite's proxy recipe).
          if (message.location().url.endsWith("/favicon.ico") && !page.url().startsWith(target.url)) return;
          problems.push(`${page.url()} ${message.type()}: ${message.text()}`);
        });
        page.on("pageerror", (error) => problems.push(`${page.url()} uncaught: ${error.message}`));
      };
      context.on("page", watch);
      await use(problems);
      expect(problems, "console errors and warnings").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

let numbers = 0;

/** A French mobile number no other test uses (the sandbox's inbox and limits are per number). */
export function freshPhone(target: Target): string {
  numbers += 1;
  const app = { next: 1, "vite-dev": 2, "vite-express": 3 }[target.name];
  const stamp = (Date.now() % 100_000).toString().padStart(5, "0");
  return `+336${app}${process.env.TEST_WORKER_INDEX ?? 0}${stamp}${numbers % 10}`;
}

/** The number as typed in the national field (the country picker says France). */
export const national = (e164: string) => `0${e164.slice(3)}`;

/** The codes the sandbox sent to `phone`, newest first, read from the app's own /api (its SMS inbox). */
export async function sentCodes(page: Page, phone: string): Promise<string[]> {
  const answer = await page.request.get(`/api/sandbox/messages?phone=${encodeURIComponent(phone)}`);
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { pin?: string }[]).flatMap((message) =>
    message.pin ? [message.pin] : [],
  );
}

/**
 * Watches the page's own form: submit events, and whether the document is still the one loaded (a form
 * the kit submitted would reload it and lose what the user typed).
 */
export async function watchPageForm(page: Page) {
  await page.evaluate(() => {
    const scope = window as unknown as { submits: number; sameDocument: boolean };
    scope.submits = 0;
    scope.sameDocument = true;
    document.addEventListener("submit", () => scope.submits++, true);
  });
  return async () =>
    page.evaluate(() => {
      const scope = window as unknown as { submits?: number; sameDocument?: boolean };
      return { submits: scope.submits, sameDocument: scope.sameDocument };
    });
}
