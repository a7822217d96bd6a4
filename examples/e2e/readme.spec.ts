import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// The root README's "Use it in your app" shows these files as they are, so what it tells users is what the
// consumer tests run.

const root = new URL("../../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");

for (const file of [
  "examples/next/app/api/[...path]/route.ts",
  "examples/next/app/providers.tsx",
  "examples/vite/server.js",
  "examples/vite/vite.config.ts",
  "examples/vite/express-server.js",
]) {
  test(`the README shows ${file} as it is`, () => {
    expect(readme).toContain(readFileSync(new URL(file, root), "utf8").trim());
  });
}
