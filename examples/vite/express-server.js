// The app in production with Express: the built pages (`npm run build`) and the backend adapter on one
// origin. `npm start` runs it.
import { fileURLToPath } from "node:url";
import { getRequestListener } from "@hono/node-server";
import { createVerifyApi } from "@verify-kit/server";
import { createSandbox } from "@verify-kit/server/sandbox";
import express from "express";

const port = Number(process.env.PORT ?? 3000);
const dist = fileURLToPath(new URL("./dist", import.meta.url));

const api = createVerifyApi({
  // A DQE sandbox in this process, for trying the app; use `dqe: createDqeClient(...)` for real SMS.
  sandbox: createSandbox(),
  sms: { company: "MYSHOP", smsText: "Your My shop code:", pinDurationMin: 3 },
});

const app = express();
// Mounted on the full path (app.use("/api") would strip it) and before any body parser: the adapter reads
// the body itself, and gets the socket (the client's address) from the listener.
app.all("/api/{*rest}", getRequestListener(api.fetch));
app.use(express.static(dist));
// The pages are routed in the browser.
app.get("/{*page}", (_request, response) => {
  response.sendFile("index.html", { root: dist });
});

app.listen(port, "127.0.0.1", () => {
  console.info(`Shop on http://127.0.0.1:${port}`);
});
