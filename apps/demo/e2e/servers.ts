// The servers the end-to-end run starts (see playwright.config.ts): the built demo, the real backend adapter
// and the DQE sandbox over HTTP. Lifetimes and cooldowns are short so that tests wait seconds, not minutes;
// limits a test is not about are raised, because every request comes from 127.0.0.1.

const quiet = { LOG_LEVEL: "warn" };
// As in production: the embedded sandbox runs only because these servers ask for it.
const production = { NODE_ENV: "production" };
const sandboxAskedFor = { ...production, EMBEDDED_SANDBOX: "1" };
const raisedLimits = {
  LIMIT_SENDS_PER_IP: "10000",
  LIMIT_SENDS_PER_NUMBER: "1000",
  LIMIT_CHECKS_PER_NUMBER: "1000",
  LIMIT_SENDS_PER_PREFIX: "10000",
  LIMIT_CHECKS_PER_IP: "10000",
};
// The slow test number answers after 5 s; the adapter gives DQE 1.5 s.
const fastFailures = { DQE_TIMEOUT_MS: "1500", SANDBOX_SLOW_MS: "5000" };

/**
 * The proof secret of `main` and `dqe`: the plain checkout on `main` takes orders whose number the adapter on
 * `dqe` verified (cross-origin), as replicas share one. `short` makes its own, as the demo does without one.
 */
export const proofSecret = "e2e-proof-secret-shared-by-main-and-dqe-0123";

/** The licence the DQE-mode server is given: it must never reach the browser. */
export const dqeLicence = "SANDBOX-LICENCE";

export const servers = {
  /** The demo as `pnpm start` runs it, embedded sandbox, a 2 s resend cooldown. */
  main: {
    port: 4173,
    env: {
      ...quiet,
      ...sandboxAskedFor,
      ...raisedLimits,
      ...fastFailures,
      LIMIT_RESEND_COOLDOWN_S: "2",
      VERIFY_PROOF_SECRET: proofSecret,
    },
  },
  /** Codes live 4 s, number checks 5 s: expiry and time-out. */
  short: {
    port: 4174,
    env: {
      ...quiet,
      ...sandboxAskedFor,
      ...raisedLimits,
      ...fastFailures,
      LIMIT_RESEND_COOLDOWN_S: "2",
      VERIFY_PIN_TTL_S: "4",
      VERIFY_CHECK_TTL_S: "5",
      SANDBOX_CHECK_TTL_S: "5",
    },
  },
  /** A DQE server configured (the sandbox on its own port stands for it): no sandbox route may answer. */
  dqe: {
    port: 4175,
    env: {
      ...quiet,
      ...production,
      ...raisedLimits,
      DQE_SERVER: "http://127.0.0.1:4176",
      DQE_LICENCE: dqeLicence,
      DQE_CLIENT_SECRET: "sandbox",
      // The plain-HTML checkout served by `main` calls this adapter cross-origin (plainCheckout.spec.ts).
      CORS_ORIGINS: "http://127.0.0.1:4173",
      VERIFY_PROOF_SECRET: proofSecret,
    },
  },
  /** The sandbox standing for DQE's servers. */
  dqeStandIn: { port: 4176, env: { ...quiet } },
} as const;

export const baseUrl = (name: keyof typeof servers) => `http://127.0.0.1:${servers[name].port}`;
