import { useEffect, useState } from "react";
import { type BackendConfig, fetchBackendConfig } from "./fetchBackendConfig.js";

/** Says whether the backend adapter answers through the dev proxy, and whether it talks to the sandbox. */
export function BackendStatus() {
  const [config, setConfig] = useState<BackendConfig | "loading">("loading");

  useEffect(() => {
    const controller = new AbortController();
    fetchBackendConfig(controller.signal).then(setConfig, () => {
      // Aborted because the component unmounted: nothing to show.
    });
    return () => controller.abort();
  }, []);

  return (
    <section aria-labelledby="backend-status">
      <h2 id="backend-status">Backend adapter</h2>
      <p role="status">{describe(config)}</p>
    </section>
  );
}

function describe(config: BackendConfig | "loading"): string {
  if (config === "loading") return "Asking the backend adapter…";
  if (config.state === "unreachable") {
    return `The backend adapter does not answer (${config.reason}). Start everything with pnpm dev.`;
  }
  return config.sandbox
    ? "The backend adapter answers and uses the local DQE sandbox (sandbox: true)."
    : "The backend adapter answers and uses a real DQE server (sandbox: false).";
}
