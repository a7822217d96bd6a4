import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The backend adapter runs apart (`npm run api`, server.js); the dev server and `vite preview` pass /api to it.
const api = process.env.API_URL ?? "http://127.0.0.1:8787";

// https://vite.dev/config/
export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": api } },
});
