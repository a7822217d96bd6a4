"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createVerifyApiClient } from "@verify-kit/core";
import { VerificationProvider } from "@verify-kit/react";
import { type ReactNode, useState } from "react";

// The backend adapter's API: the Route Handler at app/api/[...path]/route.ts, on this origin.
const adapter = createVerifyApiClient({ baseUrl: "/api" });

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <VerificationProvider adapter={adapter}>{children}</VerificationProvider>
    </QueryClientProvider>
  );
}
