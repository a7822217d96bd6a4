import type { Logger } from "pino";
import { socketAddress } from "../api/clientAddress.js";
import { createVerifyApi, type VerifyApi, type VerifyApiOptions } from "../api/createVerifyApi.js";
import { embeddedSandboxDqe, sandboxFetch } from "../api/embeddedSandbox.js";
import type { Limits } from "../api/limits.js";
import { createLogger } from "../api/logger.js";
import { defaultSmsTexts, type SmsSettings } from "../api/smsSettings.js";
import { createSandbox, type Sandbox } from "../sandbox/createSandbox.js";
import type { SandboxOptions } from "../sandbox/sandboxOptions.js";
import { countingFetch } from "./countingFetch.js";

export interface SandboxedApiOptions {
  /** The sandbox's settings (`pin`, `pinTtlS`, `checkTtlS`, `latencyMs`, `slowMs`, `now`...). */
  readonly sandbox?: SandboxOptions;
  readonly limits?: Partial<Limits>;
  readonly sms?: Partial<SmsSettings>;
  /**
   * The licence the adapter gives DQE. Any other than the sandbox's gets DQE's invalid-licence answers: a
   * set-up error only DQE can see (start-up checks cannot). @default the sandbox's licence
   */
  readonly dqeLicence?: string;
  /** @default a silent logger */
  readonly logger?: Logger;
  /** Where relative URLs (`/api/pin/send`) resolve in this process. @default "http://verify-kit.local" */
  readonly origin?: string;
  readonly api?: Pick<
    VerifyApiOptions,
    | "checkTtlS"
    | "refreshAfterS"
    | "maxWaitS"
    | "now"
    | "store"
    | "clientAddress"
    | "allowedOrigins"
    | "fraud"
    | "proof"
  >;
}

// In this process there is one visitor, the test or the story; served over HTTP, each socket is its own.
const socketOrLoopback = (request: Request, env: unknown) => socketAddress(request, env) ?? "127.0.0.1";

/**
 * The real backend adapter wired to the real sandbox, in this process and without a port: hand its
 * `fetch` to the browser client (`createVerifyApiClient({ fetch })`) in tests and Storybook, instead
 * of a fake that drifts. `dqeRequests` counts what reached "DQE"; `apiRequests` what the browser sent.
 * Served over HTTP (`serve({ fetch: sandboxed.api.fetch })`), its operator links are on the server's
 * address, under `/api/sandbox/operator/`.
 */
export function createSandboxedApi(options: SandboxedApiOptions = {}) {
  const origin = (options.origin ?? "http://verify-kit.local").replace(/\/+$/, "");
  const sandbox: Sandbox = createSandbox(options.sandbox);
  const dqeRequests = countingFetch(sandboxFetch(sandbox));
  const api: VerifyApi = createVerifyApi({
    dqe: embeddedSandboxDqe(sandbox, {
      fetch: dqeRequests.fetch,
      ...(options.dqeLicence === undefined ? {} : { licence: options.dqeLicence }),
    }),
    sandbox,
    sms: {
      company: "VerifyKit",
      smsText: defaultSmsTexts.en,
      smsTexts: { fr: defaultSmsTexts.fr },
      pinDurationMin: 3,
      ...options.sms,
    },
    logger: options.logger ?? createLogger({ level: "silent" }),
    clientAddress: socketOrLoopback,
    ...(options.limits ? { limits: options.limits } : {}),
    ...options.api,
  });
  // Relative URLs ("/api/pin/send") resolve against the pretend origin, as in a page.
  const apiRequests = countingFetch(async (input, init) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), origin), init);
    return api.fetch(request);
  });

  return {
    /** The API as a fetch, for `createVerifyApiClient({ baseUrl: "/api", fetch })`. */
    fetch: apiRequests.fetch,
    apiRequests,
    dqeRequests,
    api,
    sandbox,
    /** The SMS the sandbox sent to a number (E.164 or DQE format), newest first. */
    messages: (phone: string) => sandbox.messages(phone.replace(/^\+/, "")),
    /** The latest PIN sent to a number. */
    latestPin: (phone: string) => sandbox.messages(phone.replace(/^\+/, ""))[0]?.pin,
    /**
     * Plays the phone: opens the operator URL on "mobile data" and follows DQE's redirect back to the
     * API's callback. Resolves with the callback's answer (the "done" page), or the operator page's.
     */
    async openOperatorUrl(url: string): Promise<Response> {
      const answer = await api.fetch(new Request(url, { redirect: "manual" }));
      const location = answer.headers.get("location");
      if (answer.status >= 300 && answer.status < 400 && location?.startsWith(new URL(url).origin)) {
        return api.fetch(new Request(location));
      }
      return answer;
    },
  };
}

export type SandboxedApi = ReturnType<typeof createSandboxedApi>;
