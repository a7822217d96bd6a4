import { QueryClientProvider } from "@tanstack/react-query";
import { VerificationProvider } from "@verify-kit/react";
import { UiMessagesProvider } from "@verify-kit/ui";
import { fr } from "@verify-kit/ui/locales/fr";
import { lazy, Suspense } from "react";
import { queryClient, verifyClient } from "./kit/demoKit.js";
import { useApiConfig } from "./kit/useApiConfig.js";
import { SandboxPhonePanel } from "./sandboxPhone/SandboxPhonePanel.js";
import { DemoSettingsProvider, useDemoSettings } from "./shell/DemoSettings.js";
import { SettingsBar } from "./shell/SettingsBar.js";
import { useHashRoute } from "./shell/useHashRoute.js";
import { SignupPage } from "./signup/SignupPage.js";

// The checkout (and the QR code library of its operator check) loads when first visited.
const CheckoutPage = lazy(() =>
  import("./checkout/CheckoutPage.js").then((module) => ({ default: module.CheckoutPage })),
);

export function App() {
  return (
    <DemoSettingsProvider>
      <QueryClientProvider client={queryClient}>
        <VerificationProvider adapter={verifyClient} queryClient={queryClient}>
          <Shell />
        </VerificationProvider>
      </QueryClientProvider>
    </DemoSettingsProvider>
  );
}

function Shell() {
  const { t, locale } = useDemoSettings();
  const route = useHashRoute();
  const config = useApiConfig();

  return (
    // English is built into the kit; French is its language pack.
    <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
      <a className="demo-skip" href="#content">
        {t.skipToContent}
      </a>
      <header className="demo-header">
        <p className="demo-brand">{t.brand}</p>
        <nav aria-label={t.navLabel}>
          <ul className="demo-nav">
            <li>
              <a href="#/signup" aria-current={route === "signup" ? "page" : undefined}>
                {t.navSignup}
              </a>
            </li>
            <li>
              <a href="#/checkout" aria-current={route === "checkout" ? "page" : undefined}>
                {t.navCheckout}
              </a>
            </li>
          </ul>
        </nav>
        <SettingsBar />
      </header>
      <div className="demo-layout">
        <main id="content" tabIndex={-1}>
          {config.isPending ? (
            <p role="status">{t.loading}</p>
          ) : config.isError ? (
            <div className="demo-card" role="alert">
              <h1>{t.backendDownTitle}</h1>
              <p>{t.backendDown}</p>
              <button type="button" className="demo-button" onClick={() => config.refetch()}>
                {t.retry}
              </button>
            </div>
          ) : route === "checkout" ? (
            <Suspense fallback={<p role="status">{t.loading}</p>}>
              <CheckoutPage />
            </Suspense>
          ) : (
            <SignupPage />
          )}
        </main>
        {config.data?.sandbox === true && <SandboxPhonePanel />}
        {config.data?.sandbox === false && (
          <aside className="demo-phone" aria-label={t.sandboxTitle}>
            <p>{t.realDqe}</p>
          </aside>
        )}
      </div>
    </UiMessagesProvider>
  );
}
