// packages/elements/README.md's two examples, run as written: the script-tag embed (its HTML served as a
// page of the demo's origin, the script's folder pointed at the built files) and the bundler import (its
// JavaScript bundled by esbuild from the built package, as an app's bundler would).
import { readFileSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { readVerificationProof } from "@verify-kit/server";
import { build } from "esbuild";
import { expect, freshPhone, test } from "./fixtures.js";
import { baseUrl, proofSecret } from "./servers.js";

test.use({ baseURL: baseUrl("main") });

const readme = readFileSync(new URL("../../../packages/elements/README.md", import.meta.url), "utf8");
/** The README's fenced block after `heading`, in `language`. */
function example(heading: string, language: string): string {
  const section = readme.slice(readme.indexOf(`## ${heading}`));
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section);
  if (!match?.[1]) throw new Error(`no ${language} block under "${heading}" in the README`);
  return match[1];
}

async function codeFor(request: APIRequestContext, phone: string) {
  let pin = "";
  await expect
    .poll(async () => {
      const answer = await request.get(`/api/sandbox/messages?phone=${encodeURIComponent(phone)}`);
      pin = ((await answer.json()) as { pin?: string }[])[0]?.pin ?? "";
      return pin;
    })
    .toMatch(/^\d{6}$/);
  return pin;
}

/** The SMS flow on the page, keyboard only after the number. */
async function verify(page: Page, request: APIRequestContext, phone: string) {
  const field = page.getByRole("textbox", { name: "Mobile number" });
  // The README's pages set no country: the browser's (en-GB here) is picked first, so the number is typed
  // the international way.
  await field.fill(phone);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Code from the SMS" })).toBeFocused();
  await page.keyboard.type(await codeFor(request, phone));
  await expect(page.getByRole("heading", { name: "Number verified" })).toBeFocused();
}

test("the README's script-tag embed: the element works, and its form posts the verified number", async ({
  page,
  request,
}) => {
  const html = example("With a script tag", "html").replace(
    "/vendor/verify-kit-elements/",
    "/plain/elements/",
  );
  await page.route("**/readme/script-tag", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><main>${html}</main></html>`,
    }),
  );
  const posted: string[] = [];
  await page.route("**/order", (route) => {
    posted.push(route.request().postData() ?? "");
    return route.fulfill({
      contentType: "text/html",
      body: "<!doctype html><title>Order</title><h1>Order</h1>",
    });
  });
  await page.goto("/readme/script-tag");
  const phone = freshPhone();
  await verify(page, request, phone);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Order" })).toBeVisible();
  // One post: the number, and the adapter's proof of it (the demo's adapter has a proof secret).
  expect(posted).toHaveLength(1);
  const fields = new URLSearchParams(posted[0]);
  expect([...fields.keys()]).toEqual(["phone", "phone_proof"]);
  expect(fields.get("phone")).toBe(phone);
  expect(
    await readVerificationProof(fields.get("phone_proof"), { secret: proofSecret, phone }),
  ).toMatchObject({ ok: true, value: { phone, method: "sms" } });
});

test("the README's bundler import: bundled from the built package, the element works and the example's listener hears the number", async ({
  page,
  request,
}) => {
  const bundled = await build({
    stdin: {
      contents: example("With a bundler", "js"),
      resolveDir: new URL(".", import.meta.url).pathname,
      loader: "js",
    },
    bundle: true,
    format: "esm",
    write: false,
    outdir: "/readme-bundle",
    logLevel: "error",
  });
  const file = (extension: string) =>
    bundled.outputFiles.find((output) => output.path.endsWith(extension))?.text ?? "";
  expect(file(".css")).toContain("--vk-");
  await page.route("**/readme/bundle.js", (route) =>
    route.fulfill({ contentType: "text/javascript", body: file(".js") }),
  );
  await page.route("**/readme/bundle.css", (route) =>
    route.fulfill({ contentType: "text/css", body: file(".css") }),
  );
  await page.route("**/readme/bundler", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><html lang="en"><link rel="stylesheet" href="/readme/bundle.css"><main><verify-phone name="phone"></verify-phone></main><script type="module" src="/readme/bundle.js"></script></html>',
    }),
  );
  const logged: string[] = [];
  page.on("console", (message) => logged.push(message.text()));
  await page.goto("/readme/bundler");
  const phone = freshPhone();
  await verify(page, request, phone);
  await expect.poll(() => logged).toContain(`verified ${phone}`);
});
