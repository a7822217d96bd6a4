import type { QueryClient } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import type { VerificationAdapter } from "@verify-kit/core/flows";
import { type ReactNode, StrictMode } from "react";
import { vi } from "vitest";
import { VerificationProvider } from "../provider/VerificationProvider.js";

/** Renders a hook inside a `VerificationProvider` (and StrictMode unless told not to). */
export function renderWithProvider<T>(
  hook: () => T,
  options: { adapter: VerificationAdapter; queryClient?: QueryClient; strict?: boolean },
) {
  const wrapper = ({ children }: { children: ReactNode }) => {
    const provided = (
      <VerificationProvider
        adapter={options.adapter}
        {...(options.queryClient ? { queryClient: options.queryClient } : {})}
      >
        {children}
      </VerificationProvider>
    );
    return options.strict === false ? provided : <StrictMode>{provided}</StrictMode>;
  };
  return renderHook(hook, { wrapper });
}

/** Lets fake time run `ms` (0: only settle what is due), answers and renders included. */
export async function advance(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}
