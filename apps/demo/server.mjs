// `pnpm start`: the demo in production, one Node process: the built app (dist/), the backend adapter's API
// under /api and, when no DQE server is configured, the embedded DQE sandbox with its operator pages.
// Settings come from the environment, as for the adapter alone (see packages/server/README.md).
// @ts-check
import { existsSync } from "node:fs";
import { relative } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { apiSetupFromEnv, createLogger, createVerifyServerApp } from "@verify-kit/server";
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
try {
  setup = apiSetupFromEnv({ API_PORT: process.env.PORT ?? "3000", ...process.env });
} catch (error) {
  console.error(`verify-kit demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const verify = createVerifyServerApp(setup, createLogger({ level: setup.logLevel }));
// serveStatic resolves its root against the working directory.
const root = relative(process.cwd(), dist) || ".";

const app = new Hono();
// The plain-HTML checkout (no React) sets its own security headers.
app.route("/", plainCheckout());
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

const server = serve({ fetch: app.fetch, port: setup.port, hostname: setup.host }, (info) => {
  console.info(
    `verify-kit demo on http://${setup.host}:${info.port} (API under /api, talking to ${setup.dqeTarget})`,
  );
});
server.once("error", (error) => {
  console.error(`verify-kit demo: ${error.message}`);
  process.exit(1);
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Held long polls would keep close() waiting.
    if ("closeAllConnections" in server) server.closeAllConnections();
  });
}
