import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createVerifyApiClient } from "@verify-kit/core";
import { VerificationProvider } from "@verify-kit/react";
import { useState } from "react";
import { CheckoutPage } from "./CheckoutPage.tsx";
import { SignupPage } from "./SignupPage.tsx";

// The backend adapter's API, on this page's origin (Vite's proxy in development, Express in production).
const adapter = createVerifyApiClient({ baseUrl: "/api" });

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  const page = window.location.pathname;
  return (
    <QueryClientProvider client={queryClient}>
      <VerificationProvider adapter={adapter}>
        <nav>
          <a href="/signup">Sign up</a> · <a href="/checkout">Checkout</a>
        </nav>
        <main>{page === "/checkout" ? <CheckoutPage /> : <SignupPage />}</main>
      </VerificationProvider>
    </QueryClientProvider>
  );
}
