// Vitest browser commands (run by the test runner, beside the browser) that hold back the phone rules and
// metadata on their way from the dev server, as a slow network would, and tell which of them the page asked
// for: the phone rules chunk, the countries' loader table, a country's numbering plan (its ISO code), or
// every country's metadata.
import type {} from "@vitest/browser-playwright";
import type { Page, Route } from "playwright";
import type { BrowserCommand } from "vitest/node";

/** What a request for a phone part is about, or undefined for anything else. */
function phonePart(url: string): string | undefined {
  const path = new URL(url).pathname;
  const country = /\/generated\/countries\/([A-Z]{2})\.[jt]s$/.exec(path)?.[1];
  if (country !== undefined) return country;
  if (/\/phoneRules\.[jt]s$/.test(path)) return "phoneRules";
  if (/\/countryPlanLoaders\.[jt]s$/.test(path)) return "countryPlanLoaders";
  if (/libphonenumber-js.*metadata|metadata\.max/.test(path)) return "every country";
  return undefined;
}

interface Held {
  readonly handler: (route: Route) => Promise<void>;
  readonly asked: string[];
  readonly waiting: (() => void)[];
  released: boolean;
}

const pages = new WeakMap<Page, Held>();

/** From now on, each request for a phone part is recorded and waits for `releasePhoneLoads`. */
export const holdPhoneLoads: BrowserCommand<[]> = async ({ page }) => {
  const previous = pages.get(page);
  if (previous) {
    previous.released = true;
    for (const go of previous.waiting.splice(0)) go();
    await page.unroute("**/*", previous.handler);
  }
  const asked: string[] = [];
  const waiting: (() => void)[] = [];
  const held: Held = {
    asked,
    waiting,
    released: false,
    handler: async (route) => {
      const part = phonePart(route.request().url());
      if (part !== undefined) {
        asked.push(part);
        if (!held.released) await new Promise<void>((go) => waiting.push(go));
      }
      // On to the next handler: Vitest's own module mocking routes requests too.
      await route.fallback();
    },
  };
  pages.set(page, held);
  await page.route("**/*", held.handler);
};

/** Lets every held request (and those to come) through. */
export const releasePhoneLoads: BrowserCommand<[]> = ({ page }) => {
  const held = pages.get(page);
  if (held === undefined) return;
  held.released = true;
  for (const go of held.waiting.splice(0)) go();
};

/** The phone parts asked for since `holdPhoneLoads`, in the order asked. */
export const phoneLoadsAsked: BrowserCommand<[]> = ({ page }) => pages.get(page)?.asked ?? [];
