import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const apiPort = Number(process.env.API_PORT ?? 8787);

// Requests to /api go to the backend adapter, so the page and the API share one origin, as in production.
const proxy = { "/api": { target: `http://127.0.0.1:${apiPort}` } };

export default defineConfig({
  plugins: [react()],
  // Workspace packages resolve to their TypeScript sources, so `pnpm dev` needs no build first.
  resolve: { conditions: ["@verify-kit/source", ...defaultClientConditions] },
  // Vite's default 500 kB chunk warning holds: the phone metadata (libphonenumber-js) is split off and
  // loaded when the field is used; `pnpm bench` reports what the signup page ships.
  server: { host: "127.0.0.1", port: demoPort, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port: demoPort, strictPort: true, proxy },
});
