import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { page, userEvent } from "vitest/browser";
import "./styles.css";
import { axeViolations } from "./testSupport/axe.js";
import { contrast } from "./testSupport/contrast.js";
import { applyHost, type HostSheet, hostSheets, type Theme } from "./testSupport/hostSheets.js";
import { type Gallery, renderGallery } from "./testSupport/kitGallery.js";

// The styling contract: dropped into a page with its own global rules, every component in every main state
// looks, measures and reads as on a bare page, and axe finds nothing, in light and dark.

/** What a host's element rules typically set, and what would show if they reached the kit's parts. */
const properties = [
  "display",
  "position",
  "float",
  "clear",
  "box-sizing",
  "margin-top",
  "margin-right",
  "margin-bottom",
  "margin-left",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
  "border-top-left-radius",
  "border-bottom-right-radius",
  "background-color",
  "background-image",
  "color",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "line-height",
  "letter-spacing",
  "text-transform",
  "text-decoration-line",
  "text-decoration-style",
  "text-indent",
  "text-align",
  "list-style-type",
  "vertical-align",
  "box-shadow",
] as const;
const sides = ["top", "right", "bottom", "left"] as const;

/** The properties of `element` (or its `::after`) that show, with the borders and outline that are drawn. */
function looks(element: Element, pseudo?: "::after"): Record<string, string> {
  const style = getComputedStyle(element, pseudo);
  const values: Record<string, string> = {};
  for (const property of properties) values[property] = style.getPropertyValue(property);
  for (const side of sides) {
    const width = style.getPropertyValue(`border-${side}-width`);
    const drawn = `${style.getPropertyValue(`border-${side}-style`)} ${style.getPropertyValue(`border-${side}-color`)}`;
    values[`border-${side}`] = width === "0px" ? "none" : `${width} ${drawn}`;
  }
  values.outline =
    style.outlineStyle === "none"
      ? "none"
      : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor} ${style.outlineOffset}`;
  return values;
}

/**
 * Every part of the kit in the gallery: its look and its box, relative to its state's cell (a host's line
 * height may change the line box around an inline PinInput, which is the host's own layout). Live regions
 * are out of sight; the unseen country list and the checkboxes are drawn by the browser, in the page's
 * color-scheme: only their boxes count.
 */
function snapshot(
  elements: Iterable<Element> = gallery.frame.querySelectorAll("[class*='vk-']:not([role=status])"),
): Map<string, Record<string, string>> {
  const parts = new Map<string, Record<string, string>>();
  [...elements].forEach((element, index) => {
    const cell = element.closest("[data-state]") as HTMLElement;
    const name = `${cell.dataset.state} #${index} ${element.tagName.toLowerCase()}.${element.classList[0]}`;
    const origin = cell.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const native = element.matches(".vk-phone-field__select, .vk-consent-field__checkbox");
    parts.set(name, {
      ...(native ? {} : looks(element)),
      box: [box.x - origin.x, box.y - origin.y, box.width, box.height].map((n) => n.toFixed(1)).join(" "),
    });
    if (element.matches(".vk-phone-field__face")) parts.set(`${name}::after`, looks(element, "::after"));
  });
  return parts;
}

/** Each property that differs between two snapshots, as `part: property: before -> after`. */
function differences(
  bare: Map<string, Record<string, string>>,
  hosted: Map<string, Record<string, string>>,
): string[] {
  const found: string[] = [];
  for (const [part, values] of bare) {
    for (const [property, value] of Object.entries(values)) {
      const other = hosted.get(part)?.[property];
      if (other !== value) found.push(`${part}: ${property}: ${value} -> ${other}`);
    }
  }
  return found;
}

let gallery: Gallery;
let undo: () => void = () => {};

beforeAll(async () => {
  await page.viewport(1280, 2400);
  gallery = await renderGallery();
});

afterEach(() => {
  undo();
  undo = () => {};
  (document.activeElement as HTMLElement | null)?.blur();
});

afterAll(() => {
  cleanup();
});

/**
 * A snapshot of `elements` (every part of the gallery by default) on a bare page in `theme`, then under
 * `host`, with `prepare` run in each.
 */
async function bareThenHosted(
  host: HostSheet,
  theme: Theme,
  prepare: () => Promise<void> = async () => {},
  elements?: Element[],
) {
  undo = applyHost(undefined, theme);
  await prepare();
  const bare = snapshot(elements);
  undo();
  undo = applyHost(host, theme);
  await prepare();
  return { bare, hosted: snapshot(elements) };
}

/** One button of each kind (element, variant, waiting or not): hovering each of the gallery's takes seconds. */
function buttons(): HTMLElement[] {
  const kinds = new Map<string, HTMLElement>();
  for (const button of gallery.frame.querySelectorAll<HTMLElement>(".vk-button")) {
    const kind = [button.tagName, button.dataset.variant, button.getAttribute("aria-disabled")].join(" ");
    if (!kinds.has(kind)) kinds.set(kind, button);
  }
  return [...kinds.values()];
}

const elementRules = hostSheets[0] as HostSheet;
const cases = hostSheets.flatMap((host) =>
  (["light", "dark"] as const).map((theme) => [host.name, theme, host] as const),
);

describe.each(cases)("under %s, %s", (_name, theme, host) => {
  test("axe finds no violation in any state", async () => {
    undo = applyHost(host, theme);
    expect(await axeViolations(gallery.frame)).toEqual([]);
  });

  test("every part of the kit looks and measures as on a bare page", async () => {
    const { bare, hosted } = await bareThenHosted(host, theme);
    expect(differences(bare, hosted).join("\n")).toBe("");
  });

  test("every button keeps its colours and focus ring when focused", async () => {
    for (const button of buttons()) {
      const { bare, hosted } = await bareThenHosted(host, theme, async () => button.focus(), [button]);
      expect(differences(bare, hosted).join("\n")).toBe("");
      expect(getComputedStyle(button).outlineStyle, `${button.textContent}: the kit's ring`).toBe("solid");
    }
  });

  test('"Open the check", the only button of the checkout on a phone, reads at 4.5:1 at least', () => {
    undo = applyHost(host, theme);
    const link = gallery.state("operator-on-phone").querySelector("a.vk-button") as HTMLElement;
    expect(link.textContent).toBe("Open the check");
    const style = getComputedStyle(link);
    expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
  });
});

// Only the element rules style :hover (a:hover, button:hover); hovering takes a moment per button.
describe.each(["light", "dark"] as const)("hovered, under global element rules, %s", (theme) => {
  test("every button keeps its colours", async () => {
    for (const button of buttons()) {
      const hover = () => userEvent.hover(button);
      const { bare, hosted } = await bareThenHosted(elementRules, theme, hover, [button]);
      expect(differences(bare, hosted).join("\n")).toBe("");
    }
  });
});

describe("the code field's focus, in a page with a global :focus-visible outline", () => {
  const host = elementRules;

  test("the hidden input draws no box of its own (outline, border, shadow): the active slot shows the focus", async () => {
    undo = applyHost(host, "light");
    const pin = gallery.state("pin");
    const input = pin.querySelector(".vk-pin-input__input") as HTMLInputElement;
    await userEvent.click(input);
    expect(document.activeElement).toBe(input);
    const drawn = getComputedStyle(input);
    expect({
      outline: drawn.outlineWidth,
      border: drawn.borderTopWidth,
      shadow: drawn.boxShadow,
      background: drawn.backgroundColor,
    }).toEqual({ outline: "0px", border: "0px", shadow: "none", background: "rgba(0, 0, 0, 0)" });
    const active = pin.querySelector(".vk-pin-input__slot[data-active]") as HTMLElement;
    expect(getComputedStyle(active).outlineStyle).toBe("solid");
  });
});
