import type { Metadata } from "next";
import "./globals.css";
// After the app's reset: the kit's rules weigh nothing (`:where()`), so the later sheet wins a tie.
import "@verify-kit/ui/styles.css";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: "Shop (Next.js)",
  description: "verify-kit in a Next.js App Router app",
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <nav>
            <a href="/signup">Sign up</a> · <a href="/checkout">Checkout</a>
          </nav>
          <main>{children}</main>
        </Providers>
      </body>
    </html>
  );
}
