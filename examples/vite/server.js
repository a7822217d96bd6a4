// The backend adapter of this app on a small Node server. In development Vite passes /api here
// (vite.config.ts); `npm run api` starts it.
import { serve } from "@hono/node-server";
import { createVerifyApi } from "@verify-kit/server";
import { createSandbox } from "@verify-kit/server/sandbox";

const port = Number(process.env.API_PORT ?? 8787);

const api = createVerifyApi({
  // A DQE sandbox in this process: test numbers, no real SMS, no DQE account. In production, give
  // `dqe: createDqeClient({ server, licence, clientSecret })` from @verify-kit/core/dqe instead.
  sandbox: createSandbox(),
  sms: { company: "MYSHOP", smsText: "Your My shop code:", pinDurationMin: 3 },
  // Vite's proxy rewrites Host to this server's: allow the page's origin.
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? "http://localhost:5173").split(","),
});

// Node hands each request's socket to the API: every visitor has limits of their own.
serve({ fetch: api.fetch, port, hostname: "127.0.0.1" }, (info) => {
  console.info(`verify-kit API on http://127.0.0.1:${info.port}/api`);
});
