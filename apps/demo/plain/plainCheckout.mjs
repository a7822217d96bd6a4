// A checkout page that is not React: plain server-rendered HTML (a Rails or WooCommerce template would do the
// same), a native <form> posted to the server, and the kit's custom elements loaded by one script tag:
// `<verify-number>` (the operator check, with its SMS fallback) or `<verify-phone>` (the SMS code), chosen
// by a link. Mounted by server.mjs under /plain; `pnpm start` serves it at /plain/checkout.
// @ts-check
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { errorMessage } from "@verify-kit/core/messages";
import { readVerificationProof } from "@verify-kit/server";
import { Hono } from "hono";

// The built elements: verify-kit-elements.js, its chunks and its stylesheet, served as they are.
const elementsDir = dirname(
  fileURLToPath(import.meta.resolve("@verify-kit/elements/verify-kit-elements.js")),
);
const shopCss = fileURLToPath(new URL("./shop.css", import.meta.url));
const assetName = /^verify-kit-elements[\w-]*\.(js|css)$/;

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The adapter's base URL the elements talk to: `/api` on this server, or another server's (cross-origin,
 * allowed by its CORS_ORIGINS) given as `?api=`.
 * @param {string | undefined} api
 */
function apiOf(api) {
  if (api === undefined || api === "") return undefined;
  try {
    const url = new URL(api);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ method: "operator" | "sms", lang: "en" | "fr", theme: "light" | "dark", dir: "ltr" | "rtl", api: URL | undefined, device: string | undefined }} page
 */
function checkoutPage({ method, lang, theme, dir, api, device }) {
  const apiAttribute = api ? ` api="${escapeHtml(api.href.replace(/\/$/, ""))}"` : "";
  const deviceAttribute = device === "phone" || device === "desktop" ? ` device="${device}"` : "";
  const query = (/** @type {string} */ next) => {
    const params = new URLSearchParams({ method: next, lang, theme, dir });
    if (api) params.set("api", api.href);
    return `?${params}`;
  };
  const element =
    method === "sms"
      ? `<verify-phone name="phone" required consent="optional" country="FR"${apiAttribute}></verify-phone>`
      : `<verify-number name="phone" required country="FR"${apiAttribute}${deviceAttribute}></verify-number>`;
  return `<!doctype html>
<html lang="${lang}" dir="${dir}" data-theme="${theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checkout · The Plain Shop</title>
<link rel="stylesheet" href="/plain/shop.css">
<script type="module" src="/plain/elements/verify-kit-elements.js"></script>
</head>
<body>
<main class="plain-shop">
<h1>Checkout</h1>
<p>Your order: one teapot, €45.50.</p>
<nav aria-label="How to confirm your phone">
<a href="${escapeHtml(query("operator"))}"${method === "operator" ? ' aria-current="page"' : ""}>With my operator</a> ·
<a href="${escapeHtml(query("sms"))}"${method === "sms" ? ' aria-current="page"' : ""}>With a code by SMS</a>
</nav>
<form method="post" action="/plain/order">
<fieldset>
<legend>Delivery</legend>
<label for="name">Full name</label>
<input id="name" name="name" autocomplete="name" required>
<label for="address">Address</label>
<input id="address" name="address" autocomplete="street-address" required>
</fieldset>
${element}
<button class="pay" type="submit">Pay €45.50</button>
</form>
</main>
</body>
</html>`;
}

/**
 * A page of the shop after a post: its title and the main part's content (already escaped).
 * @param {string} title
 * @param {string} content
 */
const shopPage = (title, content) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · The Plain Shop</title>
<link rel="stylesheet" href="/plain/shop.css">
</head>
<body>
<main class="plain-shop">
<h1>${title}</h1>
${content}
</main>
</body>
</html>`;

/** @param {{ name: string, phone: string }} order */
const orderPage = ({ name, phone }) =>
  shopPage(
    "Order placed",
    `<p>Thank you, ${escapeHtml(name)}. Delivery updates will go to <span data-testid="order-phone">${escapeHtml(phone)}</span>.</p>
<p><a href="/plain/checkout">Another order</a></p>`,
  );

/** @param {{ reason: string, code: string }} refusal */
const refusedPage = ({ reason, code }) =>
  shopPage(
    "Order refused",
    `<p data-testid="order-refusal">${escapeHtml(reason)}</p>
<p>Why: <code data-testid="order-refusal-code">${escapeHtml(code)}</code></p>
<p><a href="/plain/checkout">Back to the checkout, to verify your number</a></p>`,
  );

/**
 * The page's own security headers: no inline script or style at all (the elements style themselves through
 * the CSSOM, which a CSP allows), and `connect-src` opened to the adapter the page talks to.
 * @param {URL | undefined} api
 */
const pageHeaders = (api) => ({
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-cache",
  "content-security-policy": [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    `connect-src 'self'${api ? ` ${api.origin}` : ""}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
  ].join("; "),
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
});

/**
 * The routes under /plain. `proofSecret`: the adapter's (VERIFY_PROOF_SECRET), with which the order route
 * checks that the posted number is one the adapter verified.
 * @param {{ proofSecret: string }} options
 */
export function plainCheckout({ proofSecret }) {
  const app = new Hono();
  // Proofs already used for an order, until they expire (`id` -> expiry, epoch ms): each verification places
  // one order. One process's memory is enough for a demo; a shop with replicas keeps them in its database.
  /** @type {Map<string, number>} */
  const used = new Map();
  app.get("/plain/checkout", (c) => {
    const api = apiOf(c.req.query("api"));
    const html = checkoutPage({
      method: c.req.query("method") === "sms" ? "sms" : "operator",
      lang: c.req.query("lang") === "fr" ? "fr" : "en",
      theme: c.req.query("theme") === "dark" ? "dark" : "light",
      dir: c.req.query("dir") === "rtl" ? "rtl" : "ltr",
      api,
      device: c.req.query("device"),
    });
    return c.body(html, 200, pageHeaders(api));
  });
  app.post("/plain/order", async (c) => {
    // Anyone can post any number: the order is taken only with the adapter's proof that this number was
    // verified, posted beside it by the element (`phone_proof`).
    const form = await c.req.formData();
    const name = String(form.get("name") ?? "");
    const phone = String(form.get("phone") ?? "");
    const refuse = (/** @type {string} */ reason, /** @type {string} */ code) =>
      c.body(refusedPage({ reason, code }), 400, pageHeaders(undefined));
    if (phone === "") return refuse("The phone number is missing.", "phone_missing");
    // The code says which check failed (no proof, a bad one, an expired one, one for another number).
    const proof = await readVerificationProof(form.get("phone_proof"), { secret: proofSecret, phone });
    if (!proof.ok) return refuse(errorMessage(proof.error.code, "en"), proof.error.code);
    const now = Date.now();
    for (const [id, expiresAt] of used) if (expiresAt <= now) used.delete(id);
    if (used.has(proof.value.id)) {
      return refuse("This verification was already used for an order.", "proof_used");
    }
    used.set(proof.value.id, Date.parse(proof.value.expiresAt));
    return c.body(orderPage({ name, phone: proof.value.phone }), 200, pageHeaders(undefined));
  });
  app.get("/plain/shop.css", async (c) =>
    c.body(await readFile(shopCss, "utf8"), 200, { "content-type": "text/css; charset=utf-8" }),
  );
  app.get("/plain/elements/:file", async (c) => {
    const file = c.req.param("file");
    if (!assetName.test(file)) return c.notFound();
    const body = await readFile(`${elementsDir}/${file}`).catch(() => undefined);
    if (body === undefined) return c.notFound();
    const type = file.endsWith(".css") ? "text/css" : "text/javascript";
    return c.body(body, 200, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-cache" });
  });
  return app;
}
