import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Testing Library cleans up on its own only with Vitest's globals, which this repository does not turn on.
afterEach(() => {
  cleanup();
});
