import { afterEach, describe, expect, test } from "vitest";
import { cdp } from "vitest/browser";
import "./styles.css";
import css from "./styles.css?raw";
import { contrast, luminance } from "./testSupport/contrast.js";

// The colour pairs the stylesheet draws, read as Chromium resolves its custom properties in each theme.
// Text and the parts of a control (borders, focus ring) alike must reach 4.5:1.
const pairs = [
  ["--vk-color-text", "--vk-color-slot-bg"],
  ["--vk-color-text", "--vk-color-bg"],
  ["--vk-color-error", "--vk-color-bg"],
  ["--vk-color-error", "--vk-color-slot-bg"],
  ["--vk-color-border", "--vk-color-slot-bg"],
  ["--vk-color-border", "--vk-color-bg"],
  ["--vk-color-accent", "--vk-color-bg"],
  ["--vk-color-accent", "--vk-color-slot-bg"],
  ["--vk-color-disabled-text", "--vk-color-disabled-bg"],
  ["--vk-color-on-accent", "--vk-color-accent"],
  ["--vk-color-muted", "--vk-color-bg"],
  ["--vk-color-muted", "--vk-color-slot-bg"],
  ["--vk-color-success", "--vk-color-bg"],
] as const;
const minimum = 4.5;

/** Each pair's contrast where `element` sits, its colours resolved by the browser. */
function measure(element: HTMLElement) {
  const probe = document.createElement("span");
  element.append(probe);
  const resolve = (property: string) => {
    probe.style.color = `var(${property})`;
    return getComputedStyle(probe).color;
  };
  const ratios = pairs.map(([fg, bg]) => ({
    pair: `${fg} on ${bg}`,
    ratio: Math.round(contrast(resolve(fg), resolve(bg)) * 100) / 100,
  }));
  probe.remove();
  return ratios;
}

function themed(theme?: "light" | "dark") {
  const element = document.createElement("div");
  if (theme) element.dataset.theme = theme;
  document.body.append(element);
  return element;
}

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

describe("styles.css colours", () => {
  test("every colour the stylesheet declares is in a measured pair", () => {
    const declared = new Set(css.match(/--vk-color-[a-z-]+/g));
    const measured = new Set(pairs.flat());
    expect([...declared].filter((name) => !measured.has(name as never))).toEqual([]);
  });

  test.each([
    ["light (system)", "light", undefined],
    ["dark (system)", "dark", undefined],
    ['data-theme="light" over a dark system', "dark", "light"],
    ['data-theme="dark" over a light system', "light", "dark"],
  ] as const)(`%s: every pair reaches ${minimum}:1`, async (_, system, theme) => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "prefers-color-scheme", value: system }],
    });
    const ratios = measure(themed(theme));
    expect(ratios.filter(({ ratio }) => ratio < minimum)).toEqual([]);
  });

  test("the themes differ: dark really is dark", async () => {
    const light = themed("light");
    const dark = themed("dark");
    const background = (element: HTMLElement) => {
      element.style.color = "var(--vk-color-bg)";
      return luminance(getComputedStyle(element).color);
    };
    expect(background(light)).toBeGreaterThan(0.9);
    expect(background(dark)).toBeLessThan(0.05);
  });
});

test("with reduced motion, the caret of the code field does not blink", async () => {
  const slot = document.createElement("span");
  slot.className = "vk-pin-input__slot";
  slot.dataset.caret = "";
  document.body.append(slot);
  expect(getComputedStyle(slot, "::after").animationName).toBe("vk-caret");
  await cdp().send("Emulation.setEmulatedMedia", {
    features: [{ name: "prefers-reduced-motion", value: "reduce" }],
  });
  expect(getComputedStyle(slot, "::after").animationName).toBe("none");
});
