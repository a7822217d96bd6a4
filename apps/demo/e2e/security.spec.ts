import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  finishSignup,
  freshPhone,
  national,
  pinFromPanel,
  type SeenExchange,
  sendSignupCode,
  startOperatorCheck,
  test,
} from "./fixtures.js";
import { baseUrl, dqeLicence } from "./servers.js";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Every place a request or an answer can carry text, in one string per exchange. */
function exchangeText(exchange: SeenExchange): string {
  return [
    exchange.method,
    exchange.url,
    JSON.stringify(exchange.requestHeaders),
    exchange.requestBody,
    JSON.stringify(exchange.responseHeaders),
    exchange.responseBody,
  ].join("\n");
}

function expectLicenceNowhere(traffic: readonly SeenExchange[]) {
  expect(traffic.length, "the browser's traffic was recorded").toBeGreaterThan(5);
  const leaks = traffic.filter((exchange) => exchangeText(exchange).includes(dqeLicence)).map((e) => e.url);
  expect(leaks, "requests or answers carrying the DQE licence").toEqual([]);
}

/** The newest code the stand-in for DQE "sent" to the number (the test playing the phone). */
async function pinFromStandIn(phone: string, notThis?: string): Promise<string> {
  const url = `${baseUrl("dqeStandIn")}/__sandbox/messages?phone=${phone.slice(1)}`;
  let pin = "";
  await expect
    .poll(async () => {
      const list = (await (await fetch(url)).json()) as { pin: string }[];
      pin = list[0]?.pin ?? "";
      return pin !== "" && pin !== notThis;
    })
    .toBe(true);
  return pin;
}

/** The operator link the page got, opened by "the phone" in a page of its own: it lands on the callback. */
async function openOperatorLinkAsPhone(context: BrowserContext, url: string) {
  const phonePage = await context.newPage();
  await phonePage.goto(url);
  await expect(phonePage.getByRole("heading", { name: "Number verified" })).toBeVisible();
  await phonePage.close();
}

/** A checkout through the operator check, the test opening the link as the phone. */
async function checkoutByOperator(page: Page, context: BrowserContext, phone: string) {
  await page.getByRole("link", { name: "Checkout" }).click();
  const started = page.waitForResponse((answer) => answer.url().endsWith("/api/number-verify/start"));
  await startOperatorCheck(page, phone);
  const { url } = (await (await started).json()) as { url: string };
  await openOperatorLinkAsPhone(context, url);
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeVisible();
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByRole("heading", { name: "Order placed" })).toBeFocused();
}

test("the licence is in no file of the built app", async () => {
  const files = await filesUnder(dist);
  expect(files.some((file) => file.endsWith("index.html"))).toBe(true);
  const carrying: string[] = [];
  for (const file of files) {
    if ((await readFile(file)).includes(dqeLicence)) carrying.push(file);
  }
  expect(carrying).toEqual([]);
});

test.describe("on a server talking to DQE (the stand-in)", () => {
  test.use({ baseURL: baseUrl("dqe") });

  test("no sandbox route answers", async ({ request }) => {
    for (const path of [
      "/api/sandbox/messages?phone=%2B33600000001",
      "/api/sandbox/numbers",
      "/api/sandbox/operator/anything",
      "/__sandbox/operator/anything",
    ]) {
      const answer = await request.get(path);
      // The app's index.html is not a 404: a path of the sandbox must not look like a page either.
      expect.soft(answer.status(), `GET ${path}: ${(await answer.text()).slice(0, 80)}`).toBe(404);
    }
  });

  test("signup and checkout end to end, the code read from DQE by the test; the licence never seen", async ({
    page,
    context,
    traffic,
  }) => {
    await page.goto("/#/signup");
    // No sandbox phone: the page says a real DQE server is used.
    const aside = page.getByRole("complementary");
    await expect(aside).toHaveText("This server talks to a real DQE server: codes go out by SMS.");
    await expect(page.getByTestId("sandbox-pin")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Test numbers" })).toHaveCount(0);
    await expectNoAxeViolations(page, "signup, real DQE server");

    const phone = freshPhone();
    await sendSignupCode(page, phone);
    await finishSignup(page, await pinFromStandIn(phone));
    await expect(page.locator(".demo-result")).toContainText(phone);

    await checkoutByOperator(page, context, freshPhone());
    await expect(page.getByRole("button", { name: "Open the link as the phone" })).toHaveCount(0);
    expectLicenceNowhere(traffic);
  });
});

test.describe("on the demo's own server (embedded sandbox)", () => {
  test.use({ baseURL: baseUrl("main") });

  test("after a signup and a checkout by SMS, no code is stored, in the URL or in the history; no licence", async ({
    page,
    context,
    request,
    traffic,
  }) => {
    const pins: string[] = [];
    await page.goto("/#/signup");
    const phone = freshPhone();
    await sendSignupCode(page, phone);
    pins.push(await pinFromPanel(page));
    await finishSignup(page, pins[0] ?? "");

    // The checkout by SMS: a number the operator cannot check.
    await page.getByRole("link", { name: "Checkout" }).click();
    const ineligible = "+33600000009";
    await page.getByRole("textbox", { name: "Mobile number" }).fill(national(ineligible));
    await page.getByRole("button", { name: "Verify my number" }).click();
    // A shared test number: wait for a code newer than any already in its inbox.
    const inbox = await request.get(`/api/sandbox/messages?phone=${encodeURIComponent(ineligible)}`);
    const earlier = ((await inbox.json()) as { pin: string }[])[0]?.pin;
    // The code is sent at once.
    await page.getByRole("button", { name: "Get a code by SMS instead" }).click();
    pins.push(await pinFromPanel(page, earlier));
    await page.getByRole("textbox", { name: "Code from the SMS" }).fill(pins[1] ?? "");
    await expect(page.getByRole("heading", { name: "Number verified" })).toBeVisible();
    await page.getByRole("button", { name: /^Pay / }).click();
    await expect(page.getByRole("heading", { name: "Order placed" })).toBeFocused();

    const stored = await page.evaluate(() => {
      const dump = (storage: Storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ""}`);
      return { local: dump(localStorage), session: dump(sessionStorage), url: location.href };
    });
    const cookies = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`);
    const cdp = await context.newCDPSession(page);
    const history = (await cdp.send("Page.getNavigationHistory")).entries.map((entry) => entry.url);
    expect(history.length, "the history was read").toBeGreaterThan(1);
    for (const pin of pins) {
      expect(pin).toMatch(/^\d{6}$/);
      expect(
        stored.local.filter((item) => item.includes(pin)),
        "localStorage",
      ).toEqual([]);
      expect(
        stored.session.filter((item) => item.includes(pin)),
        "sessionStorage",
      ).toEqual([]);
      expect(
        cookies.filter((item) => item.includes(pin)),
        "cookies",
      ).toEqual([]);
      expect(stored.url).not.toContain(pin);
      expect(
        history.filter((url) => url.includes(pin)),
        "history entries",
      ).toEqual([]);
    }
    expectLicenceNowhere(traffic);
  });

  test("a signup and a checkout by the operator: the licence never seen", async ({
    page,
    context,
    traffic,
  }) => {
    await page.goto("/#/signup");
    const phone = freshPhone();
    await sendSignupCode(page, phone);
    await finishSignup(page, await pinFromPanel(page));
    await checkoutByOperator(page, context, freshPhone());
    expectLicenceNowhere(traffic);
  });

  test("the page and the app's files are served with a Content-Security-Policy", async ({
    page,
    traffic,
  }) => {
    const document = await page.goto("/#/checkout");
    const policy = (await document?.allHeaders())?.["content-security-policy"] ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("script-src 'unsafe-inline'");
    await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
    // The document and the app's files (the JSON of /api is not a page).
    const own = traffic.filter(
      (exchange) => exchange.url.startsWith(baseUrl("main")) && !exchange.url.includes("/api/"),
    );
    expect(own.map((exchange) => exchange.url).join(" ")).toMatch(/\.js\b.*\.css\b|\.css\b.*\.js\b/);
    const without = own
      .filter((exchange) => exchange.responseHeaders["content-security-policy"] === undefined)
      .map((exchange) => `${exchange.status} ${exchange.url}`);
    expect(without, "answers without a Content-Security-Policy").toEqual([]);
  });
});
