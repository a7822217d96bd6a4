import { cleanup, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, test } from "vitest";
import { cdp, userEvent } from "vitest/browser";
import "./styles.css";
import { fr } from "./locales/fr.js";
import { UiMessagesProvider } from "./messages/UiMessagesProvider.js";
import { NumberVerification } from "./numberVerification/NumberVerification.js";
import { PhoneVerification } from "./phoneVerification/PhoneVerification.js";
import { axeViolations } from "./testSupport/axe.js";
import { holds, pathOf } from "./testSupport/networkFaults.js";
import { plainText } from "./testSupport/plainText.js";
import { createSandbox, SandboxProvider, sandboxNumbers, sandboxPin } from "./testSupport/sandbox.js";
import "./testSupport/phoneParserLoaded.js";

// A request in flight shows as progress: the control that sent it says so (aria-busy, a turning ring beside
// its label), keeps its colours and its size, moves nothing around it, and the flow's live region says the
// step once. In English and French, light and dark, left to right and right to left, with reduced motion.

afterEach(async () => {
  cleanup();
  document.documentElement.removeAttribute("data-theme");
  document.body.style.background = "";
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

const texts = {
  en: {
    sending: "Sending the code…",
    checking: "Checking the code…",
    starting: "Starting the check…",
    resend: "Resend code",
  },
  fr: {
    sending: "Envoi du code…",
    checking: "Vérification du code…",
    starting: "Démarrage de la vérification…",
    resend: "Renvoyer le code",
  },
} as const;

interface Scene {
  readonly lang: "en" | "fr";
  readonly theme: "light" | "dark";
  readonly dir: "ltr" | "rtl";
}

const scenes: readonly Scene[] = [
  { lang: "en", theme: "light", dir: "ltr" },
  { lang: "fr", theme: "dark", dir: "rtl" },
];

function show(scene: Scene, node: ReactNode) {
  document.documentElement.dataset.theme = scene.theme;
  // The page in the theme's colours, as a host page in that theme would be.
  document.body.style.background = "var(--vk-color-bg)";
  render(
    <UiMessagesProvider locale={scene.lang === "fr" ? fr : "en"}>
      <div dir={scene.dir} lang={scene.lang} style={{ width: "24rem" }}>
        {node}
      </div>
    </UiMessagesProvider>,
  );
  const flow = document.querySelector(".vk-flow") as HTMLElement;
  return {
    flow,
    status: () => flow.getAttribute("data-status"),
    live: () => plainText(flow.querySelector(".vk-live-region")?.textContent),
  };
}

/** Where a box is, to the half pixel. */
const box = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return [x, y, width, height].map((value) => Math.round(value * 2) / 2);
};

/** A colour of the stylesheet as the browser resolves it where `element` is. */
function resolved(element: Element, property: string): string {
  const probe = document.createElement("span");
  probe.style.color = `var(${property})`;
  element.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The ring inside `element`: shown, one line high, turning (or not), in the text's colour. */
function expectRing(element: Element, { turning }: { readonly turning: boolean }) {
  const rings = element.querySelectorAll(".vk-progress");
  expect(rings).toHaveLength(1);
  const ring = rings[0] as HTMLElement;
  expect(ring.checkVisibility({ visibilityProperty: true })).toBe(true);
  expect(ring.getAttribute("aria-hidden")).toBe("true");
  const style = getComputedStyle(ring, "::before");
  const { width, height } = ring.getBoundingClientRect();
  expect(width).toBeGreaterThanOrEqual(12);
  expect(height).toBe(width);
  expect(height).toBeLessThanOrEqual(Number.parseFloat(getComputedStyle(element).lineHeight));
  expect(style.borderTopColor).toBe(getComputedStyle(element).color);
  expect(style.borderLeftColor).toBe("rgba(0, 0, 0, 0)");
  expect(style.animationName).toBe(turning ? "vk-spin" : "none");
  return ring;
}

/** The ring stands on the start side of the words. */
function expectRingFirst(ring: Element, dir: "ltr" | "rtl") {
  const face = ring.parentElement as HTMLElement;
  const words = document.createRange();
  words.selectNodeContents(face);
  words.setStartAfter(ring);
  const text = words.getBoundingClientRect();
  const at = ring.getBoundingClientRect();
  if (dir === "ltr") expect(at.right).toBeLessThanOrEqual(text.left);
  else expect(at.left).toBeGreaterThanOrEqual(text.right);
}

/** What the flow's announcers say: its live region alone speaks (no progressbar, no second region). */
const spoken = (flow: Element) =>
  [...flow.querySelectorAll('[role="status"], [role="alert"], [role="progressbar"], [aria-live]')]
    .map((element) => plainText(element.textContent))
    .filter((text) => text !== "");

/** Holds the requests to `path` in flight, and counts them. */
function holding(path: string) {
  const sent = { count: 0 };
  const between = (inner: typeof fetch): typeof fetch => {
    const held = holds(path)(inner);
    return (input, init) => {
      if (pathOf(input) === path) sent.count += 1;
      return held(input, init);
    };
  };
  return { sent, between };
}

describe.each(scenes)("$lang $theme $dir", (scene) => {
  const t = texts[scene.lang];

  test("Send code: busy with a turning ring, in its colours, the same size; the step said once", async () => {
    const send = holding("/api/pin/send");
    const sandbox = createSandbox({ between: send.between });
    const flow = show(
      scene,
      <SandboxProvider sandbox={sandbox}>
        <PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />
      </SandboxProvider>,
    );
    const button = flow.flow.querySelector("button[data-vk-submit]") as HTMLButtonElement;
    const field = flow.flow.querySelector(".vk-phone-field") as HTMLElement;
    const before = { button: box(button), field: box(field), flow: box(flow.flow) };
    expect(button).not.toHaveAttribute("aria-busy");
    await userEvent.click(button);
    await expect.poll(flow.status).toBe("sending");
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleName(t.sending);
    const ring = expectRing(button, { turning: true });
    expectRingFirst(ring, scene.dir);
    // Not the grey dashed box of a disabled button: the accent, solid.
    const style = getComputedStyle(button);
    expect(style.borderTopStyle).toBe("solid");
    expect(style.backgroundColor).toBe(resolved(button, "--vk-color-accent"));
    expect(style.color).toBe(resolved(button, "--vk-color-on-accent"));
    expect(style.cursor).toBe("progress");
    // Nothing moves between idle and sending.
    expect({ button: box(button), field: box(field), flow: box(flow.flow) }).toEqual(before);
    await expect.poll(flow.live).toBe(t.sending);
    expect(spoken(flow.flow)).toEqual([t.sending]);
    // A click while it is in flight sends nothing more.
    button.click();
    expect(send.sent.count).toBe(1);
    expect(await axeViolations(flow.flow)).toEqual([]);
  });

  test("reduced motion: the ring stands still, still shown", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "prefers-reduced-motion", value: "reduce" }],
    });
    const flow = show(
      scene,
      <SandboxProvider sandbox={createSandbox({ between: holds("/api/pin/send") })}>
        <PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />
      </SandboxProvider>,
    );
    const button = flow.flow.querySelector("button[data-vk-submit]") as HTMLButtonElement;
    await userEvent.click(button);
    await expect.poll(flow.status).toBe("sending");
    expectRing(button, { turning: false });
  });

  test("Resend code: its own progress, secondary colours, the same size; the code field stays put", async () => {
    const flow = show(
      scene,
      <SandboxProvider sandbox={createSandbox({ between: holds("/api/pin/resend") })}>
        <PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />
      </SandboxProvider>,
    );
    await userEvent.click(flow.flow.querySelector("button[data-vk-submit]") as HTMLButtonElement);
    await expect.poll(flow.status).toBe("sent");
    const resend = screen.getByRole("button", { name: t.resend });
    const code = flow.flow.querySelector(".vk-pin-input") as HTMLElement;
    const before = { resend: box(resend), code: box(code) };
    await userEvent.click(resend);
    await expect.poll(flow.status).toBe("sending");
    expect(resend).toHaveAttribute("aria-busy", "true");
    expect(resend).toHaveAccessibleName(t.sending);
    expectRing(resend, { turning: true });
    const style = getComputedStyle(resend);
    expect(style.borderTopStyle).toBe("solid");
    expect(style.backgroundColor).toBe("rgba(0, 0, 0, 0)");
    expect(style.color).toBe(resolved(resend, "--vk-color-accent"));
    expect({ resend: box(resend), code: box(code) }).toEqual(before);
    await expect.poll(flow.live).toBe(t.sending);
    expect(spoken(flow.flow)).toEqual([t.sending]);
    expect(await axeViolations(flow.flow)).toEqual([]);
  });

  test("Checking the code: a ring beside the line, the code field busy, Resend waiting, nothing moved", async () => {
    const flow = show(
      scene,
      <SandboxProvider sandbox={createSandbox({ between: holds("/api/pin/check") })}>
        <PhoneVerification defaultCountry="FR" defaultPhone={sandboxNumbers.ok} />
      </SandboxProvider>,
    );
    await userEvent.click(flow.flow.querySelector("button[data-vk-submit]") as HTMLButtonElement);
    await expect.poll(flow.status).toBe("sent");
    const resend = screen.getByRole("button", { name: t.resend });
    const input = flow.flow.querySelector(".vk-pin-input__input") as HTMLInputElement;
    const before = box(resend);
    expect(input).not.toHaveAttribute("aria-busy");
    await userEvent.keyboard(sandboxPin);
    await expect.poll(flow.status).toBe("checking");
    const line = flow.flow.querySelector(".vk-flow__progress") as HTMLElement;
    expect(plainText(line.textContent)).toBe(t.checking);
    const ring = expectRing(line, { turning: true });
    expectRingFirst(ring, scene.dir);
    expect(input).toHaveAttribute("aria-busy", "true");
    // Resend waits for the check, but it is not what is in flight.
    expect(resend).toHaveAttribute("aria-disabled", "true");
    expect(resend).not.toHaveAttribute("aria-busy");
    expect(box(resend)).toEqual(before);
    await expect.poll(flow.live).toBe(t.checking);
    expect(spoken(flow.flow)).toEqual([t.checking]);
    expect(await axeViolations(flow.flow)).toEqual([]);
  });

  test("NumberVerification's Start: busy with its ring; it and the button beside it stay put", async () => {
    const flow = show(
      scene,
      <SandboxProvider sandbox={createSandbox({ between: holds("/api/number-verify/start") })}>
        <NumberVerification defaultCountry="FR" device="desktop" defaultPhone={sandboxNumbers.ok} />
      </SandboxProvider>,
    );
    const [start, other] = [...flow.flow.querySelectorAll(".vk-flow__actions button")] as HTMLButtonElement[];
    const before = { start: box(start as Element), other: box(other as Element) };
    await userEvent.click(start as HTMLButtonElement);
    await expect.poll(flow.status).toBe("starting");
    expect(start).toHaveAttribute("aria-busy", "true");
    expect(start).toHaveAttribute("aria-disabled", "true");
    expect(start).toHaveAccessibleName(t.starting);
    expectRing(start as HTMLButtonElement, { turning: true });
    expect({ start: box(start as Element), other: box(other as Element) }).toEqual(before);
    await expect.poll(flow.live).toBe(t.starting);
    expect(spoken(flow.flow)).toEqual([t.starting]);
    expect(await axeViolations(flow.flow)).toEqual([]);
  });
});
