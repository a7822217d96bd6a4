import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, expect, vi } from "vitest";

/**
 * Every test of the file fails when the console shows an error or a warning (React's warnings about refs,
 * keys or act included), checked after its render is cleaned up.
 */
export function failOnConsoleProblems(): void {
  let said: { error: ReturnType<typeof vi.spyOn>; warn: ReturnType<typeof vi.spyOn> };
  beforeEach(() => {
    said = { error: vi.spyOn(console, "error"), warn: vi.spyOn(console, "warn") };
  });
  afterEach(() => {
    cleanup();
    expect(said.error).not.toHaveBeenCalled();
    expect(said.warn).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
}
