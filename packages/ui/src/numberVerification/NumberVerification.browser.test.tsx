import { cleanup, render, screen } from "@testing-library/react";
import { createVerifyApiClient, type ErrorCode, errorCatalogue, locales } from "@verify-kit/core";
import { dqeErrorCodes } from "@verify-kit/core/dqe";
import { errorMessages, errorMessagesEn, errorMessagesFr } from "@verify-kit/core/messages";
import { VerificationProvider } from "@verify-kit/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { axeViolations } from "../testSupport/axe.js";
import { plainText } from "../testSupport/plainText.js";
import {
  createSandbox,
  type SandboxOptions,
  SandboxProvider,
  sandboxNumbers,
  sandboxPin,
} from "../testSupport/sandbox.js";
import { NumberVerification, type NumberVerificationProps } from "./NumberVerification.js";
import "../testSupport/phoneParserLoaded.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup(
  props: NumberVerificationProps = {},
  options: SandboxOptions = {},
  locale: "en" | "fr" = "en",
) {
  const sandbox = createSandbox(options);
  const onVerified = vi.fn();
  render(
    <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
      <SandboxProvider sandbox={sandbox}>
        <NumberVerification defaultCountry="FR" device="desktop" onVerified={onVerified} {...props} />
      </SandboxProvider>
    </UiMessagesProvider>,
  );
  // This flow's own region (the SMS flow it switches to has one of its own, inside).
  const live = () =>
    plainText(document.querySelector(".vk-number-verification > .vk-live-region")?.textContent);
  const phoneInput = () => document.querySelector(".vk-phone-field__input") as HTMLInputElement | null;
  const status = () => document.querySelector(".vk-number-verification")?.getAttribute("data-status");
  return { sandbox, onVerified, live, phoneInput, status };
}

async function start(flow: ReturnType<typeof setup>, national: string) {
  flow.phoneInput()?.focus();
  await userEvent.keyboard(`${national}{Enter}`);
}

/** Every text the flow's live region takes from now on, in order (what a screen reader would say). */
function recordAnnouncements(): string[] {
  const said: string[] = [];
  const region = document.querySelector(".vk-number-verification > .vk-live-region");
  if (region === null) throw new Error("no live region");
  const observer = new MutationObserver(() => {
    if (region.textContent) said.push(plainText(region.textContent));
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A fetch answering the start of a check with `error` (the body a limit answers: 429, `retryAfterS`). */
function refusingStart(error: { code: ErrorCode; retryAfterS?: number }, status = 429): typeof fetch {
  return async () =>
    new Response(JSON.stringify({ error: { ...error, retryable: errorCatalogue[error.code].retryable } }), {
      status,
      headers: { "content-type": "application/json" },
    });
}

/**
 * The SMS flow is a chunk of its own, loaded as the user heads for its button (or a failure offers it): the
 * switch shows once it has (at once in a page where it had loaded, on the dev server's first import later).
 */
const smsChunkLoaded = () =>
  expect
    .poll(() => document.querySelector(".vk-number-verification")?.getAttribute("data-step"), {
      timeout: 5000,
    })
    .toBe("sms");

describe("NumberVerification", () => {
  test("desktop, keyboard only: explanation, QR code and elapsed time, then verified when the phone opens the page", async () => {
    const flow = setup();
    expect(screen.getByText(/Your mobile operator confirms that the number is yours/)).toBeDefined();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(flow.phoneInput());
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(flow.status).toBe("pending");
    await expect.poll(flow.live).toBe("Scan with your phone");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Scan with your phone" }));
    // The QR encoder is a chunk of its own, loaded as the check started: drawn in the frame already there.
    const qr = screen.getByRole("img", { name: "QR code of the page to open on your phone" });
    await expect.poll(() => qr.querySelector("path")?.getAttribute("d")?.length ?? 0).toBeGreaterThan(100);
    expect(qr.hasAttribute("aria-busy")).toBe(false);
    // However long the machine took to get here, the time since the start shows.
    expect(screen.getByText(/^Waiting for your phone… \d+:\d\d$/)).toBeDefined();
    await flow.sandbox.openOnPhone();
    await expect.poll(flow.status).toBe("verified");
    await expect.poll(flow.live).toBe("Your operator confirmed +33 6 00 00 00 01.");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Number verified" }));
    expect(flow.onVerified).toHaveBeenCalledTimes(1);
  });

  test("the elapsed time counts up while waiting", async () => {
    const flow = setup({ defaultPhone: sandboxNumbers.ok });
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(flow.status).toBe("pending");
    const seconds = () => {
      const shown = screen.queryByText(/^Waiting for your phone… \d+:\d\d$/)?.textContent ?? "";
      const [minutes = 0, secs = 0] = shown.replace(/^\D+/, "").split(":").map(Number);
      return minutes * 60 + secs;
    };
    const first = seconds();
    // A second later (on a slow machine, some seconds later), a greater time shows.
    await expect.poll(seconds, { timeout: 5000 }).toBeGreaterThan(first);
  });

  test("copy link: the page's address on the clipboard, announced", async () => {
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    const flow = setup({ defaultPhone: sandboxNumbers.ok });
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(flow.status).toBe("pending");
    await userEvent.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith(flow.sandbox.operatorUrls.at(-1));
    await expect.poll(flow.live).toBe("Link copied.");
  });

  test("copy link refused: the link is shown selected, and the failure announced", async () => {
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    const flow = setup({ defaultPhone: sandboxNumbers.ok });
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(flow.status).toBe("pending");
    expect(screen.queryByRole("textbox", { name: "Link to the check" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Copy link" }));
    await expect.poll(flow.live).toBe("The link could not be copied: select it below and copy it.");
    const field = screen.getByRole("textbox", { name: "Link to the check" }) as HTMLInputElement;
    expect(field.value).toBe(flow.sandbox.operatorUrls.at(-1));
    expect(field.readOnly).toBe(true);
    // Selected and focused: Ctrl+C copies it at once.
    expect(document.activeElement).toBe(field);
    expect(field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0)).toBe(field.value);
  });

  test("on a phone: a button opens the operator's page, with the Wi-Fi hint", async () => {
    const flow = setup({ device: "phone", defaultPhone: sandboxNumbers.ok });
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(flow.status).toBe("pending");
    const link = screen.getByRole("link", { name: "Open the check" });
    expect(link.getAttribute("href")).toBe(flow.sandbox.operatorUrls.at(-1));
    expect(screen.getByText("Turn Wi‑Fi off first: the check goes through mobile data.")).toBeDefined();
    expect(screen.queryByRole("img")).toBeNull();
  });

  test("cancel: back to the number, announced, focused", async () => {
    const flow = setup();
    await start(flow, "0600000001");
    await expect.poll(flow.status).toBe("pending");
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(flow.status()).toBe("idle");
    await expect.poll(flow.live).toBe("Check cancelled.");
    expect(document.activeElement).toBe(flow.phoneInput());
  });

  test("not this number: the reason, focused; one click to the SMS code with the number filled in", async () => {
    const flow = setup();
    await start(flow, "0600000002");
    await expect.poll(flow.status).toBe("pending");
    await flow.sandbox.openOnPhone();
    await expect.poll(flow.status).toBe("not_verified");
    const message = errorMessagesEn.number_not_verified;
    await expect.poll(flow.live).toBe(message);
    expect(document.activeElement?.textContent).toBe(message);
    await userEvent.click(screen.getByRole("button", { name: "Get a code by SMS instead" }));
    await smsChunkLoaded();
    expect(screen.getByRole("heading", { name: "Verify your mobile number" })).toBeDefined();
    // As typed: national form, its leading 0.
    expect(flow.phoneInput()?.value).toBe("06 00 00 00 02");
    expect(document.activeElement).toBe(flow.phoneInput());
  });

  test("declined on the phone: the reason and the SMS switch", async () => {
    const flow = setup();
    await start(flow, "0600000003");
    await expect.poll(flow.status).toBe("pending");
    await flow.sandbox.openOnPhone();
    await expect.poll(flow.status).toBe("failed");
    await expect.poll(flow.live).toBe(errorMessagesEn.check_declined);
    expect(screen.getByRole("button", { name: "Get a code by SMS instead" })).toBeDefined();
  });

  test("ineligible number: the SMS fallback completes the verification by keyboard", async () => {
    const flow = setup();
    await start(flow, "0600000009");
    await expect.poll(flow.status).toBe("failed");
    await expect.poll(flow.live).toBe(errorMessagesEn.number_ineligible);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Get a code by SMS instead" }));
    // One key from the choice to the code field: the code is sent at once.
    await userEvent.keyboard("{Enter}");
    await smsChunkLoaded();
    await expect
      .poll(() => document.querySelector(".vk-phone-verification")?.getAttribute("data-status"))
      .toBe("sent");
    expect(document.activeElement).toBe(document.querySelector(".vk-pin-input__input"));
    await userEvent.keyboard(sandboxPin);
    await expect
      .poll(() => document.querySelector(".vk-phone-verification")?.getAttribute("data-status"))
      .toBe("verified");
  });

  test("onFallbackToSms takes the number instead of switching in place", async () => {
    const onFallbackToSms = vi.fn();
    const flow = setup({ onFallbackToSms });
    await start(flow, "0600000009");
    await expect.poll(flow.status).toBe("failed");
    await userEvent.click(screen.getByRole("button", { name: "Get a code by SMS instead" }));
    expect(onFallbackToSms).toHaveBeenCalledWith("+33600000009");
  });

  test("the phone never opens the page: timed out, with a retry", async () => {
    const flow = setup({ deadlineS: 1 });
    await start(flow, "0600000001");
    await expect.poll(flow.status, { timeout: 3000 }).toBe("timed_out");
    await expect.poll(flow.live).toBe(errorMessagesEn.check_timed_out);
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await expect.poll(flow.status).toBe("pending");
  });

  test("an invalid number is refused before any request", async () => {
    const flow = setup();
    await start(flow, "0612");
    await expect.poll(flow.live).toBe("This phone number is too short.");
    expect(document.activeElement).toBe(flow.phoneInput());
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/number-verify")).toBe(0);
  });

  test("in French", async () => {
    const flow = setup({ defaultPhone: sandboxNumbers.ok }, {}, "fr");
    expect(
      screen.getByRole("heading", { name: "Vérifiez votre numéro auprès de votre opérateur" }),
    ).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "Vérifier mon numéro" }));
    await expect.poll(flow.status).toBe("pending");
    await expect.poll(flow.live).toBe("Scannez avec votre téléphone");
    await flow.sandbox.openOnPhone();
    await expect.poll(flow.live).toBe("Votre opérateur a confirmé le +33 6 00 00 00 01.");
  });

  test("a limit says when to try again; the retry waits it out, focusable, its label counting down", async () => {
    const flow = setup({}, { limits: { checksPerNumber: 1, windowS: 2 } });
    await start(flow, "0600000001");
    await expect.poll(flow.status).toBe("pending");
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await userEvent.keyboard("{Enter}");
    await expect.poll(flow.status).toBe("failed");
    const limited = literal(errorMessagesEn.too_many_checks);
    await expect.poll(flow.live).toMatch(new RegExp(`^${limited} You can try again in [12] seconds?\\.$`));
    const alert = document.querySelector(".vk-flow__alert") as HTMLElement;
    expect(document.activeElement).toBe(alert);
    expect(plainText(alert.textContent)).toMatch(
      new RegExp(`^${limited} You can try again in [12] seconds?\\.$`),
    );

    const retry = screen.getByRole("button", { name: /^Try again in [12] seconds?$/ });
    expect(retry).toHaveAttribute("aria-disabled", "true");
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(retry);
    const starts = flow.sandbox.sandboxed.apiRequests.count("/api/number-verify/start");
    await userEvent.keyboard("{Enter}");
    expect(flow.status()).toBe("failed");
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/number-verify/start")).toBe(starts);

    // The wait is over: a plain retry, and the sentence about the wait is gone.
    await expect.poll(() => retry.textContent, { timeout: 3000 }).toBe("Try again");
    expect(retry).not.toHaveAttribute("aria-disabled");
    expect(plainText(alert.textContent)).toBe(errorMessagesEn.too_many_checks);
    await userEvent.keyboard("{Enter}");
    await expect.poll(flow.status).toBe("pending");
  });

  test("in French, a limit's wait in words, on screen, announced and on the retry button", async () => {
    render(
      <UiMessagesProvider locale={fr}>
        <VerificationProvider
          adapter={createVerifyApiClient({
            fetch: refusingStart({ code: "too_many_checks", retryAfterS: 300 }),
          })}
        >
          <NumberVerification defaultPhone={sandboxNumbers.ok} device="desktop" />
        </VerificationProvider>
      </UiMessagesProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Vérifier mon numéro" }));
    const expected = `${errorMessagesFr.too_many_checks} Vous pourrez réessayer dans 5 minutes.`;
    const live = () => plainText(document.querySelector(".vk-live-region")?.textContent);
    await expect.poll(live).toBe(expected);
    expect(plainText(document.querySelector(".vk-flow__alert")?.textContent)).toBe(expected);
    expect(screen.getByRole("button", { name: "Réessayer dans 5 minutes" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });

  test("a wait of seconds, and an override counting {seconds}", async () => {
    render(
      <VerificationProvider
        adapter={createVerifyApiClient({
          fetch: refusingStart({ code: "too_many_checks", retryAfterS: 42 }),
        })}
      >
        <NumberVerification
          defaultPhone={sandboxNumbers.ok}
          messages={{ numberVerificationRetryIn: "Retry after {seconds} s" }}
        />
      </VerificationProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(() => screen.queryByRole("button", { name: /^Retry after (42|41) s$/ })).not.toBeNull();
  });

  test("connection lost while waiting: announced once, and the waiting step again once it is back, not at each poll", async () => {
    let down = true;
    let failedPolls = 0;
    const flow = setup(
      { defaultPhone: sandboxNumbers.ok },
      {
        between: (inner) => async (input, init) => {
          const url = String(input);
          if (!url.includes("/number-verify/") || url.endsWith("/start")) return inner(input, init);
          if (down) {
            // Not at once: the step shows before its first poll fails.
            await new Promise((resolve) => setTimeout(resolve, 50));
            failedPolls += 1;
            throw new TypeError("Failed to fetch");
          }
          // Answered at once rather than held: a poll every second or so, each a new pending state.
          return inner(url.replace(/waitS=\d+/, "waitS=0"), init);
        },
      },
    );
    const retryingShown = () =>
      Array.from(document.querySelectorAll(".vk-flow__muted"), (line) => line.textContent).includes(
        "Connection lost, trying again…",
      );
    const said = recordAnnouncements();
    await userEvent.click(screen.getByRole("button", { name: "Verify my number" }));
    await expect.poll(retryingShown).toBe(true);
    // Announced by the effect that follows the render that shows the line.
    await expect.poll(flow.live).toBe("Connection lost, trying again…");
    await expect.poll(() => failedPolls, { timeout: 3000 }).toBe(2);
    down = false;
    await expect.poll(retryingShown, { timeout: 4000 }).toBe(false);
    const polls = flow.sandbox.sandboxed.apiRequests.count("/api/number-verify/");
    await expect
      .poll(() => flow.sandbox.sandboxed.apiRequests.count("/api/number-verify/") - polls, { timeout: 4000 })
      .toBeGreaterThanOrEqual(2);
    expect(flow.status()).toBe("pending");
    expect(said).toEqual([
      "Starting the check…",
      "Scan with your phone",
      "Connection lost, trying again…",
      "Scan with your phone",
    ]);
  });

  test("switching to the SMS code is announced in this flow's region, kept mounted; the SMS flow's region speaks its own steps", async () => {
    const flow = setup();
    await start(flow, "0600000009");
    await expect.poll(flow.status).toBe("failed");
    const region = document.querySelector(".vk-number-verification > .vk-live-region");
    await userEvent.click(screen.getByRole("button", { name: "Get a code by SMS instead" }));
    await smsChunkLoaded();
    expect(document.querySelector(".vk-number-verification > .vk-live-region")).toBe(region);
    expect(flow.live()).toBe("Sending a code by SMS to +33 6 00 00 00 09.");
    expect(document.querySelector(".vk-number-verification")?.getAttribute("data-step")).toBe("sms");
    const smsLive = () =>
      plainText(document.querySelector(".vk-phone-verification > .vk-live-region")?.textContent);
    // Sent at once: one click from the choice to the code field.
    await expect.poll(smsLive).toBe("We sent a code by SMS to +33 6 00 00 00 09.");
    expect(document.activeElement).toBe(document.querySelector(".vk-pin-input__input"));
    expect(flow.live()).toBe("Sending a code by SMS to +33 6 00 00 00 09.");
  });

  test("in French, the switch to the SMS code is announced", async () => {
    const flow = setup({}, {}, "fr");
    await start(flow, "0600000009");
    await expect.poll(flow.status).toBe("failed");
    await userEvent.click(screen.getByRole("button", { name: "Recevoir plutôt un code par SMS" }));
    await smsChunkLoaded();
    expect(flow.live()).toBe("Envoi d’un code par SMS au +33 6 00 00 00 09.");
  });
});

describe('"Text me a code instead": from the start and while the check waits, one click to the code field', () => {
  /** The SMS flow took over, sent the code to `e164` and focused the code field. */
  async function expectCodeField(flow: ReturnType<typeof setup>, e164: string) {
    const sms = () => document.querySelector(".vk-phone-verification")?.getAttribute("data-status");
    await smsChunkLoaded();
    await expect.poll(sms).toBe("sent");
    expect(document.activeElement).toBe(document.querySelector(".vk-pin-input__input"));
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(1);
    expect(flow.sandbox.sandboxed.messages(e164)).toHaveLength(1);
    expect(await axeViolations(document.querySelector(".vk-number-verification") as Element)).toEqual([]);
  }

  test("on the number step, beside the check: the code by SMS instead, with no check started", async () => {
    const flow = setup();
    const button = screen.getByRole("button", { name: "Text me a code instead" });
    expect(button.getAttribute("data-variant")).toBe("secondary");
    (flow.phoneInput() as HTMLInputElement).focus();
    await userEvent.keyboard("0600000001");
    await userEvent.click(button);
    await expectCodeField(flow, "+33600000001");
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/number-verify/start")).toBe(0);
  });

  test("on the number step, a number not valid is said, and nothing is sent", async () => {
    const flow = setup();
    (flow.phoneInput() as HTMLInputElement).focus();
    await userEvent.keyboard("06");
    await userEvent.click(screen.getByRole("button", { name: "Text me a code instead" }));
    expect(document.activeElement).toBe(flow.phoneInput());
    expect(flow.sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(0);
    await expect.poll(flow.live).not.toBe("");
  });

  test("while it waits for the phone: the check is cancelled and the code sent", async () => {
    const flow = setup();
    await start(flow, "0600000001");
    await expect.poll(flow.status).toBe("pending");
    await userEvent.click(screen.getByRole("button", { name: "Text me a code instead" }));
    await expectCodeField(flow, "+33600000001");
  });

  test("in French", async () => {
    const flow = setup({}, {}, "fr");
    await start(flow, "0600000001");
    await expect.poll(flow.status).toBe("pending");
    await userEvent.click(screen.getByRole("button", { name: "M’envoyer plutôt un code par SMS" }));
    await smsChunkLoaded();
    expect(flow.live()).toBe("Envoi d’un code par SMS au +33 6 00 00 00 01.");
    await expectCodeField(flow, "+33600000001");
  });
});

// Every code that can bring a check to the failure step, by where it comes from, as the server answers it.
const unique = (codes: readonly ErrorCode[]) => [...new Set(codes)];
/** The start of a check: the API's refusals and limit, DQE refusing the check or its token, DQE failing. */
const startCodes = unique([
  "request_malformed",
  "unsupported_media_type",
  "body_too_large",
  "origin_not_allowed",
  "phone_empty",
  "phone_too_short",
  "phone_too_long",
  "phone_invalid",
  "phone_invalid_country",
  "phone_not_mobile",
  "number_verify_unavailable",
  "too_many_checks",
  ...Object.values(dqeErrorCodes.idmobile),
  "licence_invalid",
  "request_invalid",
  "dqe_unreachable",
  "dqe_timeout",
  "dqe_http_error",
  "dqe_not_json",
  "dqe_empty_answer",
  "dqe_bad_answer",
  "dqe_unknown_status",
  "dqe_unknown_error",
  "server_error",
  "network_error",
]);
/** A status poll: the check gone or asked wrongly, DQE's verdict, its expiry, the operator's "not this number". */
const statusCodes = unique([
  "check_not_found",
  "request_malformed",
  ...Object.values(dqeErrorCodes.retrieval),
  "check_expired",
  "number_not_verified",
]);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** The server's answers, with `current` as the failure: at the start, or at the first status poll. */
function failingApi(current: () => { readonly code: ErrorCode; readonly at: "start" | "status" }) {
  return createVerifyApiClient({
    fetch: async (input) => {
      const { code, at } = current();
      const error = { code, retryable: errorCatalogue[code].retryable };
      if (String(input).endsWith("/number-verify/start")) {
        if (at === "status")
          return json(200, {
            checkId: "c1",
            url: "https://operator.test/c1",
            operator: "Orange",
            expiresInS: 300,
          });
        if (code === "network_error") throw new TypeError("Failed to fetch");
        return json(code === "server_error" ? 500 : code.startsWith("dqe_") ? 502 : 422, { error });
      }
      if (code === "number_not_verified") return json(200, { status: "not_verified" });
      if (code === "check_not_found") return json(404, { error });
      if (code === "request_malformed") return json(400, { error });
      return json(200, { status: "failed", error });
    },
  });
}

describe("NumberVerification: each error that can end a check, its message on screen and announced", () => {
  const cases = [
    ...startCodes.map((code) => ({ code, at: "start" as const })),
    ...statusCodes.map((code) => ({ code, at: "status" as const })),
  ];

  // One test per code and language: each renders its own flow, so that none waits on another's steps.
  const table = locales.flatMap((locale) => cases.map(({ code, at }) => [locale, code, at] as const));

  test.each(table)("%s: %s (at the %s)", async (locale, code, at) => {
    render(
      <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
        <VerificationProvider adapter={failingApi(() => ({ code, at }))}>
          <NumberVerification defaultPhone="+33600000001" device="desktop" />
        </VerificationProvider>
      </UiMessagesProvider>,
    );
    const alert = () => plainText(document.querySelector(".vk-flow__alert")?.textContent);
    const live = () => plainText(document.querySelector(".vk-live-region")?.textContent);
    document.querySelector<HTMLButtonElement>("button[data-vk-submit]")?.click();
    const message = errorMessages[locale][code];
    await expect.poll(alert, { timeout: 5000 }).toBe(message);
    // Announced by the effect that follows the render.
    await expect.poll(live, { timeout: 5000 }).toBe(message);
  });

  test.each(locales)("%s: the flow's own deadline (check_timed_out)", async (locale) => {
    const adapter = createVerifyApiClient({
      fetch: async (input, init) => {
        if (String(input).endsWith("/start"))
          return json(200, {
            checkId: "c1",
            url: "https://operator.test/c1",
            operator: "Orange",
            expiresInS: 300,
          });
        // A long poll held until the flow gives up on it.
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
        );
      },
    });
    render(
      <UiMessagesProvider locale={locale === "fr" ? fr : "en"}>
        <VerificationProvider adapter={adapter}>
          <NumberVerification defaultPhone="+33600000001" device="desktop" deadlineS={1} />
        </VerificationProvider>
      </UiMessagesProvider>,
    );
    document.querySelector<HTMLButtonElement>("button[data-vk-submit]")?.click();
    const message = errorMessages[locale].check_timed_out;
    await expect
      .poll(() => plainText(document.querySelector(".vk-flow__alert")?.textContent), { timeout: 3000 })
      .toBe(message);
    // Announced by the effect that follows the render.
    await expect.poll(() => plainText(document.querySelector(".vk-live-region")?.textContent)).toBe(message);
  });
});
