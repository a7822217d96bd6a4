import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The API is given its sandbox (`createVerifyApi({ sandbox })`): it never builds one, so that the adapter a
// production server runs does not depend on the test double.
const apiDir = dirname(fileURLToPath(import.meta.url));
const sandboxDir = resolve(apiDir, "../sandbox");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g);
  return [...found].map((match) => match[1] as string);
}

describe("src/api", () => {
  const files = sourceFiles(apiDir);

  it("has source files to check", () => {
    expect(files.some((file) => file.endsWith("createVerifyApi.ts"))).toBe(true);
  });

  it.each(files.map((file) => [relative(apiDir, file), file]))(
    "%s imports nothing from src/sandbox",
    (_, file) => {
      const intoSandbox = relativeImports(file).filter((specifier) => {
        const target = resolve(dirname(file), specifier);
        return target === sandboxDir || target.startsWith(`${sandboxDir}/`);
      });
      expect(intoSandbox).toEqual([]);
    },
  );
});
