// A Vitest browser command (run by the test runner, beside the browser) that makes the QR code's chunk fail
// to load, as a dropped connection or a blocked path would.
import type {} from "@vitest/browser-playwright";
import type { Page, Route } from "playwright";
import type { BrowserCommand } from "vitest/node";

const qrChunk = /\/number\/qrCode\.[jt]s$/;
const failing = new WeakMap<Page, (route: Route) => Promise<void>>();

/** While `fail` is true, each request for the QR code's chunk is aborted; false lets them through again. */
export const failQrCodeLoads: BrowserCommand<[fail: boolean]> = async ({ page }, fail) => {
  const previous = failing.get(page);
  if (previous) {
    failing.delete(page);
    await page.unroute("**/*", previous);
  }
  if (!fail) return;
  const handler = async (route: Route) => {
    if (qrChunk.test(new URL(route.request().url()).pathname)) await route.abort("connectionfailed");
    // On to the next handler: Vitest's own module mocking routes requests too.
    else await route.fallback();
  };
  failing.set(page, handler);
  await page.route("**/*", handler);
};
