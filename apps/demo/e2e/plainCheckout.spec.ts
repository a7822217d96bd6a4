// The plain-HTML checkout (apps/demo/plain): no React on the page, the kit's custom elements loaded by one
// script tag, a native form posted to the server.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, freshPhone, national, test, withPhone } from "./fixtures.js";
import { baseUrl } from "./servers.js";

test.use({ baseURL: baseUrl("main") });

const phoneField = (page: Page) => page.getByRole("textbox", { name: "Mobile number" });
const codeField = (page: Page) => page.getByRole("textbox", { name: "Code from the SMS" });

/** The newest code in the adapter's sandbox inbox for `phone` (`inbox`: where it is), once one newer than `notThis` came. */
async function codeFor(request: APIRequestContext, phone: string, notThis?: string, inbox = baseUrl("main")) {
  const url = inbox.endsWith("4176")
    ? `${inbox}/__sandbox/messages?phone=${phone.slice(1)}`
    : `${inbox}/api/sandbox/messages?phone=${encodeURIComponent(phone)}`;
  let pin = "";
  await expect
    .poll(async () => {
      const answer = await request.get(url);
      const messages = answer.ok() ? ((await answer.json()) as { pin?: string }[]) : [];
      pin = messages[0]?.pin ?? "";
      return pin !== "" && pin !== notThis;
    })
    .toBe(true);
  return pin;
}

async function fillDelivery(page: Page) {
  await page.getByRole("textbox", { name: "Full name" }).fill("Grace Hopper");
  await page.getByRole("textbox", { name: "Address" }).fill("1 Harbour Street");
}

/** Pay: the server's order page shows the number the form carried. */
async function pay(page: Page, phone: string) {
  await page.getByRole("button", { name: "Pay €45.50" }).click();
  await expect(page.getByRole("heading", { name: "Order placed" })).toBeVisible();
  await expect(page.getByTestId("order-phone")).toHaveText(phone);
}

/** The operator page the QR code shows (also in the element's link field, for copying by hand). */
const operatorUrl = (page: Page) => page.locator("verify-number input.vk-flow__link").inputValue();

/** Opens the operator page as the phone would; the page it lands on says what happened (`outcome`). */
async function openAsPhone(page: Page, url: string, outcome: "Number verified" | "Check declined") {
  const phone = await page.context().newPage();
  await phone.goto(url);
  await expect(phone.getByRole("heading", { name: outcome })).toBeVisible();
  await phone.close();
}

test("no React on the page; until the phone field is used only the entry loads; Pay is refused until the number is verified, said, and the number focused; axe on the number step", async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on("request", (each) => loaded.push(new URL(each.url()).pathname));
  // The field also loads its phone rules once the browser is idle: idle time held back, "before use" lasts.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto("/plain/checkout?method=sms");
  await expect(page.getByRole("heading", { name: "Verify your mobile number" })).toBeVisible();
  expect(await page.evaluate(() => "React" in window || document.querySelector("#root") !== null)).toBe(
    false,
  );
  expect(loaded.filter((path) => path.includes("/assets/"))).toEqual([]);
  expect(loaded.filter((path) => path.startsWith("/plain/elements/"))).toEqual([
    "/plain/elements/verify-kit-elements.js",
    "/plain/elements/verify-kit-elements.css",
  ]);
  await expectNoAxeViolations(page, "plain checkout, SMS, number");

  await fillDelivery(page);
  await page.getByRole("button", { name: "Pay €45.50" }).click();
  await expect(phoneField(page)).toBeFocused();
  await expect(page.locator("verify-phone > .vk-flow > .vk-flow__alert")).toHaveText(
    "Verify your mobile number to continue.",
  );
  await expect(page).toHaveURL(/\/plain\/checkout/);
  // Focusing the field loaded the phone rules.
  await expect.poll(() => loaded.some((path) => /verify-kit-elements-phoneRules-/.test(path))).toBe(true);
});

test("SMS code, keyboard only: the code from the sandbox verifies the number, the order carries it; axe on the code step", async ({
  page,
  request,
}) => {
  const phone = freshPhone();
  await page.goto("/plain/checkout?method=sms");
  await fillDelivery(page);
  // From the address field: the country picker, then the number.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(phoneField(page)).toBeFocused();
  await page.keyboard.type(national(phone));
  await page.keyboard.press("Enter");
  await expect(codeField(page)).toBeFocused();
  await expect(
    page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: withPhone("We sent a code by SMS to ", phone, ".") }),
  ).toHaveCount(1);
  // Enter in the number neither submitted nor left the page.
  await expect(page).toHaveURL(/\/plain\/checkout/);
  await expectNoAxeViolations(page, "plain checkout, SMS, code");

  await page.keyboard.type(await codeFor(request, phone));
  // The success step's axe check is the elements' browser test's (light and dark): one page-wide axe run
  // per test keeps it short on a loaded machine.
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
  await pay(page, phone);
});

test("operator check on a desktop: the QR code, the phone opens the page, verified, the order carries the number; axe on each step", async ({
  page,
}) => {
  const phone = freshPhone();
  await page.goto("/plain/checkout");
  await fillDelivery(page);
  await phoneField(page).fill(national(phone));
  await page.getByRole("button", { name: "Verify my number" }).click();
  await expect(page.getByRole("heading", { name: "Scan with your phone" })).toBeFocused();
  await expect(page.getByRole("img", { name: "QR code of the page to open on your phone" })).toBeVisible();
  await expectNoAxeViolations(page, "plain checkout, operator, pending");

  await openAsPhone(page, await operatorUrl(page), "Number verified");
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
  await expect(page.locator("verify-number")).toContainText(
    withPhone("Your operator confirmed ", phone, "."),
  );
  await expectNoAxeViolations(page, "plain checkout, operator, verified");
  await pay(page, phone);
});

test("declined on the phone, then the SMS fallback: the code verifies the number and the order carries it", async ({
  page,
  request,
}) => {
  // A shared test number: wait for a code newer than any already in its inbox.
  const phone = "+33600000003";
  await page.goto("/plain/checkout");
  await fillDelivery(page);
  await phoneField(page).fill(national(phone));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await openAsPhone(page, await operatorUrl(page), "Check declined");
  const reason = page.locator("verify-number .vk-flow__alert").first();
  await expect(reason).toHaveText("The check was declined on the phone. You can get a code by SMS instead.");
  await expect(reason).toBeFocused();
  await expectNoAxeViolations(page, "plain checkout, declined");

  const before = await request.get(`/api/sandbox/messages?phone=${encodeURIComponent(phone)}`);
  const earlier = ((await before.json()) as { pin: string }[])[0]?.pin;
  await page.getByRole("button", { name: "Get a code by SMS instead" }).click();
  // The fallback is <verify-phone>, which sends at once: one click from the choice to the code field.
  await expect(codeField(page)).toBeFocused();
  await page.keyboard.type(await codeFor(request, phone, earlier));
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
  await pay(page, phone);
});

test("a cross-origin adapter (api attribute) that allows this page's origin: the SMS flow works through CORS", async ({
  page,
  request,
}) => {
  const phone = freshPhone();
  const api = `${baseUrl("dqe")}/api`;
  const origins: Promise<string>[] = [];
  page.on("request", (each) => {
    if (each.url().startsWith(api) && each.method() === "POST")
      origins.push(each.allHeaders().then((headers) => headers.origin ?? ""));
  });
  await page.goto(`/plain/checkout?method=sms&api=${encodeURIComponent(api)}`);
  await fillDelivery(page);
  await phoneField(page).fill(national(phone));
  await page.keyboard.press("Enter");
  await expect(codeField(page)).toBeFocused();
  // The adapter there talks to its own DQE (the stand-in sandbox), whose inbox has the code.
  await page.keyboard.type(await codeFor(request, phone, undefined, baseUrl("dqeStandIn")));
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
  expect(origins.length).toBeGreaterThan(0);
  expect(new Set(await Promise.all(origins))).toEqual(new Set([baseUrl("main")]));
  await pay(page, phone);
});

test("a cross-origin adapter that does not allow this page's origin: the send fails with the network error, said and shown", async ({
  page,
}) => {
  await page.goto(`/plain/checkout?method=sms&api=${encodeURIComponent(`${baseUrl("short")}/api`)}`);
  const errors: string[] = [];
  await page.exposeFunction("recordError", (code: string) => errors.push(code));
  await page.evaluate(() =>
    document.querySelector("verify-phone")?.addEventListener("vk-error", (event) => {
      (window as unknown as { recordError: (code: string) => void }).recordError(
        (event as CustomEvent<{ code: string }>).detail.code,
      );
    }),
  );
  await phoneField(page).fill(national(freshPhone()));
  await page.keyboard.press("Enter");
  const alert = page.locator("verify-phone .vk-flow__alert").first();
  await expect(alert).toHaveText("The connection failed. Check your network and try again.");
  await expect(alert).toBeFocused();
  expect(errors).toEqual(["network_error"]);
});

test("the order route trusts no posted number: a forged number, no proof, a junk or reused proof are refused, saying why", async ({
  page,
  request,
}) => {
  const phone = freshPhone();
  await page.goto("/plain/checkout?method=sms");
  await fillDelivery(page);
  await phoneField(page).fill(national(phone));
  await page.keyboard.press("Enter");
  await expect(codeField(page)).toBeFocused();
  await page.keyboard.type(await codeFor(request, phone));
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
  // What the element puts in the page's form beside the number.
  const proof = await page.evaluate(() =>
    String(new FormData(document.querySelector("form") as HTMLFormElement).get("phone_proof")),
  );
  expect(proof).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

  const order = async (fields: Record<string, string>) => {
    const answer = await request.post("/plain/order", {
      form: { name: "Mallory", address: "Nowhere", ...fields },
    });
    const html = await answer.text();
    const refusal = /data-testid="order-refusal">([^<]*)</.exec(html)?.[1];
    const code = /data-testid="order-refusal-code">([^<]*)</.exec(html)?.[1];
    return { status: answer.status(), refusal, code };
  };
  const other = freshPhone();
  expect(await order({ phone: other, phone_proof: proof })).toEqual({
    status: 400,
    refusal: "This number&#39;s verification cannot be accepted: verify it again.",
    code: "proof_wrong_number",
  });
  expect(await order({ phone: other })).toEqual({
    status: 400,
    refusal: "This number&#39;s verification cannot be accepted: verify it again.",
    code: "proof_missing",
  });
  expect(await order({ phone, phone_proof: `${proof.slice(0, -4)}AAAA` })).toEqual({
    status: 400,
    refusal: "This number&#39;s verification cannot be accepted: verify it again.",
    code: "proof_invalid",
  });

  // The page's own submit goes through, once: the same proof posted again is refused.
  await pay(page, phone);
  expect(await order({ phone, phone_proof: proof })).toEqual({
    status: 400,
    refusal: "This verification was already used for an order.",
    code: "proof_used",
  });
});
