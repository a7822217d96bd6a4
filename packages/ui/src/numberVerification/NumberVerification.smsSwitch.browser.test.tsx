import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { createSandbox, SandboxProvider } from "../testSupport/sandbox.js";
import { NumberVerification, smsFallback } from "./NumberVerification.js";
import "../testSupport/phoneParserLoaded.js";

// "Text me a code instead" waits for the SMS flow's chunk when it has not loaded yet (a slow network, a
// keyboard user who never hovered the button). Here the chunk comes only when the test lets it.
let arrive: () => void;

beforeEach(() => {
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const load = smsFallback.load.bind(smsFallback);
  vi.spyOn(smsFallback, "load").mockImplementation(async () => {
    await arrived;
    return load();
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The flow at its waiting step, "Text me a code instead" pressed twice, its chunk not there yet. */
async function switchWhileWaiting() {
  const sandbox = createSandbox();
  const onVerified = vi.fn();
  render(
    <SandboxProvider sandbox={sandbox}>
      <NumberVerification defaultCountry="FR" device="desktop" onVerified={onVerified} />
    </SandboxProvider>,
  );
  const flow = () => document.querySelector(".vk-number-verification");
  (document.querySelector(".vk-phone-field__input") as HTMLInputElement).focus();
  await userEvent.keyboard("0600000001{Enter}");
  await expect.poll(() => flow()?.getAttribute("data-status")).toBe("pending");
  const textInstead = screen.getByRole("button", { name: "Text me a code instead" });
  await userEvent.click(textInstead);
  await userEvent.click(textInstead);
  return { sandbox, onVerified, flow };
}

/** Lets the chunk come, and every promise waiting on it settle. */
async function chunkArrives() {
  arrive();
  await smsFallback.load();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

test("pressed twice while the chunk loads: once it comes, the code step, one code sent, said once", async () => {
  const { sandbox, flow } = await switchWhileWaiting();
  const region = document.querySelector(".vk-number-verification > .vk-live-region") as Element;
  const said: string[] = [];
  new MutationObserver(() => said.push(region.textContent ?? "")).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  await chunkArrives();
  await expect.poll(() => flow()?.getAttribute("data-step"), { timeout: 5000 }).toBe("sms");
  await expect.poll(() => sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(1);
  expect(said.filter((text) => text.startsWith("Sending a code by SMS"))).toHaveLength(1);
});

test("the phone verifies the number while the chunk loads: the verification stands, and no SMS is sent", async () => {
  const { sandbox, onVerified, flow } = await switchWhileWaiting();
  await sandbox.openOnPhone();
  await expect.poll(() => flow()?.getAttribute("data-status"), { timeout: 5000 }).toBe("verified");
  expect(onVerified).toHaveBeenCalledTimes(1);
  // The chunk's arrival changes nothing: still verified, the SMS step never shown, nothing sent.
  await chunkArrives();
  expect(flow()?.getAttribute("data-status")).toBe("verified");
  expect(flow()?.getAttribute("data-step")).not.toBe("sms");
  expect(sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(0);
  expect(screen.getByRole("heading", { name: "Number verified" })).toBeDefined();
});
