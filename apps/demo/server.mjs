// `pnpm start`: the demo in production, one Node process: the built app (dist/), the backend adapter's API
// under /api and, when no DQE server is configured, the embedded DQE sandbox (its inbox and operator pages
// under /api/sandbox). Settings come from the environment, as for the adapter alone (packages/server/README.md).
// @ts-check
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { relative } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { apiSetupFromEnv, createLogger } from "@verify-kit/server";
import { createVerifyServerApp, listen } from "@verify-kit/server/node";
import { Hono } from "hono";
import { compress } from "hono/compress";
import { secureHeaders } from "hono/secure-headers";
import { plainCheckout } from "./plain/plainCheckout.mjs";

const dist = fileURLToPath(new URL("./dist", import.meta.url));
if (!existsSync(`${dist}/index.html`)) {
  console.error("verify-kit demo: apps/demo/dist is missing, build it first (pnpm build).");
  process.exit(1);
}

/** @type {import("@verify-kit/server").ApiSetup} */
let setup;
// The demo is there to be tried without a DQE account: with no DQE configured it asks for the embedded
// sandbox, which a production server never starts on its own.
const noDqe = !process.env.DQE_SERVER && !process.env.DQE_SANDBOX_URL;
// The demo shows WebOTP: its SMS end with "@host #" and the code, host the page's: PUBLIC_URL's, else the
// address it listens on (an empty DQE_SMS_WEBOTP_HOST turns it off). Its name heads the phone's page.
const publicUrl = process.env.PUBLIC_URL ?? "";
const listenHost = process.env.API_HOST ?? "127.0.0.1";
const webOtpHost = URL.canParse(publicUrl)
  ? new URL(publicUrl).hostname
  : /^[A-Za-z0-9.-]+$/.test(listenHost) && listenHost !== "0.0.0.0"
    ? listenHost
    : "localhost";
// The adapter signs a proof of each verification, which the plain checkout's order route checks: the number
// an order carries must be one this adapter verified. VERIFY_PROOF_SECRET when set (shared by replicas and by
// an adapter on another origin), else a new one per start (proofs of an earlier run are then refused).
const proofSecret = process.env.VERIFY_PROOF_SECRET || randomBytes(32).toString("base64url");
try {
  setup = apiSetupFromEnv({
    API_PORT: process.env.PORT ?? "3000",
    ...(noDqe ? { EMBEDDED_SANDBOX: "1" } : {}),
    DQE_SMS_WEBOTP_HOST: webOtpHost,
    SITE_NAME: "verify-kit demo",
    ...process.env,
    VERIFY_PROOF_SECRET: proofSecret,
  });
} catch (error) {
  console.error(`verify-kit demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const verify = createVerifyServerApp(setup, createLogger({ level: setup.logLevel }));
// serveStatic resolves its root against the working directory.
const root = relative(process.cwd(), dist) || ".";

const app = new Hono();
// The plain-HTML checkout (no React) sets its own security headers.
app.route("/", plainCheckout({ proofSecret }));
// First, so that the API's answers carry them too.
app.use(
  "*",
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      // React's style props (the QR code's size, the countdowns) are inline style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  }),
);
app.route("/", verify.app);
app.use("/assets/*", compress());
app.use(
  "/assets/*",
  serveStatic({
    root,
    // File names carry a content hash: they never change.
    onFound: (_path, c) => c.header("cache-control", "public, max-age=31536000, immutable"),
  }),
);
// The app's pages live in the URL's hash: the page itself is the only other address.
app.get("/", compress(), (c, next) => {
  c.header("cache-control", "no-cache");
  return next();
});
app.get("/", serveStatic({ root, path: "index.html" }));

/** @type {import("@verify-kit/server/node").Listening} */
let server;
try {
  // Bounded request times: a stalled body does not hold a connection for minutes.
  server = await listen(app.fetch, { port: setup.port, host: setup.host }, setup.timeouts);
} catch (error) {
  console.error(`verify-kit demo: ${error instanceof Error ? error.message : String(error)}`);
  await verify.close();
  process.exit(1);
}
console.info(
  `verify-kit demo on ${server.url} (API under /api, talking to ${setup.dqeTarget}; ${setup.redis ? "Redis" : "in-memory"} store)`,
);
if (setup.embeddedSandbox) {
  console.warn("verify-kit demo: a DQE sandbox is serving (test numbers, no real SMS)");
}

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, async () => {
    // Held long polls are ended too.
    await server.close();
    await verify.close();
    process.exit(0);
  });
}
