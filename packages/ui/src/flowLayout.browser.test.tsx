import { cleanup, render } from "@testing-library/react";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { page } from "vitest/browser";
import "./styles.css";
import { PhoneField } from "./phoneField/PhoneField.js";
import { type Gallery, type GalleryState, renderGallery } from "./testSupport/kitGallery.js";

// The flows' layout, measured: blocks on the spacing scale, one start edge, the code's slots and the badge
// room on the right sides, "Change number" never alone, nothing cut or sticking out, at a desktop's width
// and two phones', left to right and right to left.

/** A length of the stylesheet's scale, in px, as the browser resolves it (0 where it is not defined). */
function scale(name: "--vk-space-2" | "--vk-space-4"): number {
  const probe = document.createElement("div");
  probe.style.width = `var(${name}, 0px)`;
  document.body.append(probe);
  const px = Number.parseFloat(getComputedStyle(probe).width);
  probe.remove();
  return px;
}

/** The children that take part in the layout (not the live regions out of sight, nor what is not shown). */
function laidOut(element: Element): HTMLElement[] {
  return [...element.children].filter((child): child is HTMLElement => {
    const style = getComputedStyle(child);
    return style.display !== "none" && style.position !== "absolute";
  });
}

/** The space between each block and the next, top to bottom. */
function gaps(blocks: readonly Element[]): number[] {
  return blocks.slice(1).map((block, index) => {
    const above = blocks[index]?.getBoundingClientRect().bottom ?? 0;
    return Math.round((block.getBoundingClientRect().top - above) * 10) / 10;
  });
}

const rect = (element: Element | null) => (element as Element).getBoundingClientRect();

/** The states whose steps the tests measure, and their blocks' names in order (for the messages). */
const steps: readonly GalleryState[] = [
  "sms-number",
  "sms-code",
  "sms-rejected",
  "sms-checking",
  "sms-verified",
  "operator-number",
  "operator-desktop",
  "operator-on-phone",
  "operator-failed",
];

const name = (element: Element) => `${element.tagName.toLowerCase()}.${element.classList[0] ?? ""}`;

describe.each(["ltr", "rtl"] as const)("%s", (dir) => {
  let gallery: Gallery;
  /** The side lines start from. */
  const start = (box: DOMRect) => (dir === "ltr" ? box.left : box.right);

  beforeAll(async () => {
    gallery = await renderGallery({ dir, columns: 1 });
  });

  afterAll(() => {
    cleanup();
  });

  describe.each([1280, 375, 320])("at %i px", (width) => {
    beforeEach(async () => {
      await page.viewport(width, 900);
    });

    test("each step's blocks are --vk-space-4 apart and start on one edge", () => {
      const space = scale("--vk-space-4");
      expect(space).toBe(16);
      for (const state of steps) {
        const step = gallery.state(state).querySelector(".vk-flow__step, .vk-flow__success") as HTMLElement;
        const blocks = laidOut(step);
        expect(blocks.length, state).toBeGreaterThan(2);
        const found = blocks.slice(1).map((block, index) => `${name(block)} ${gaps(blocks)[index]}`);
        expect(found, state).toEqual(blocks.slice(1).map((block) => `${name(block)} ${space}`));
        const edge = start(rect(step));
        for (const block of blocks)
          expect(start(rect(block)), `${state} ${name(block)}`).toBeCloseTo(edge, 0);
      }
    });

    test("inside a field, the label and its control are --vk-space-2 apart; the consent question's lines too", () => {
      const space = scale("--vk-space-2");
      expect(space).toBe(8);
      const phone = gallery.state("sms-number");
      expect(gaps([...phone.querySelectorAll(".vk-phone-field__label, .vk-phone-field__row")])).toEqual([
        space,
      ]);
      const code = gallery.state("sms-code");
      expect(gaps([...code.querySelectorAll(".vk-pin-input__label, .vk-pin-input__field")])).toEqual([space]);
      const consent = phone.querySelectorAll(
        ".vk-consent-field__legend, .vk-field-hint, .vk-consent-field__option",
      );
      expect(gaps([...consent])).toEqual([space, space, space, space, space]);
    });

    test("fields line up with their labels; the code field's badge room is on the end side", () => {
      const code = gallery.state("sms-code");
      const label = rect(code.querySelector(".vk-pin-input__label"));
      const slots = [...code.querySelectorAll(".vk-pin-input__slot")].map(rect);
      const input = rect(code.querySelector(".vk-pin-input__input"));
      const [first, last] = [slots[0] as DOMRect, slots.at(-1) as DOMRect];
      // The digits read left to right in both directions; the room sits after them in the reading direction.
      if (dir === "ltr") {
        expect(first.left).toBeCloseTo(label.left, 0);
        expect(input.right - last.right).toBeGreaterThanOrEqual(32);
      } else {
        expect(last.right).toBeCloseTo(label.right, 0);
        expect(first.left - input.left).toBeGreaterThanOrEqual(32);
      }
      const phone = gallery.state("sms-number");
      const phoneLabel = rect(phone.querySelector(".vk-phone-field__label"));
      const row = rect(phone.querySelector(".vk-phone-field__row"));
      expect(start(row)).toBeCloseTo(start(phoneLabel), 0);
    });

    test('"Change number" ends the sentence\'s last line beside the number wherever both fit on one', () => {
      const text = gallery.state("sms-code").querySelector(".vk-flow__text") as HTMLElement;
      const button = text.querySelector(".vk-button") as HTMLElement;
      expect(button.textContent).toBe("Change number");
      const [link, ...more] = [...button.getClientRects()];
      expect(more, "the link is on one line").toEqual([]);
      // The number (one unbreakable run) and the link, side by side: can they share a line at all?
      const pair = text.cloneNode(true) as HTMLElement;
      const sentence = pair.firstChild as Text;
      sentence.data = sentence.data.slice(sentence.data.indexOf("\u2068"));
      Object.assign(pair.style, { position: "absolute", width: "max-content", whiteSpace: "nowrap" });
      text.after(pair);
      const fits = rect(pair).width <= text.clientWidth;
      pair.remove();
      // They do at 1280 and 375 px; at 320 px only in a narrower font than Debian's DejaVu Sans.
      if (width > 320) expect(fits).toBe(true);
      if (!fits) return;
      const before = document.createRange();
      before.setStart(text, 0);
      before.setEndBefore(button);
      const lastLine = [...before.getClientRects()].filter((box) => box.width > 0).at(-1) as DOMRect;
      expect(link?.top ?? 0).toBeLessThan(lastLine.bottom);
      expect(link?.bottom ?? 0).toBeGreaterThan(lastLine.top);
    });

    test("nothing sticks out of the page sideways", () => {
      const frame = rect(gallery.frame);
      const [left, right] = [frame.left + 16, frame.right - 16];
      const out = [...gallery.frame.querySelectorAll("[class*='vk-']:not([role=status])")]
        .filter((element) => {
          const box = rect(element);
          return box.width > 0 && (box.left < left - 0.5 || box.right > right + 0.5);
        })
        .map((element) => `${element.closest("[data-state]")?.getAttribute("data-state")} ${name(element)}`);
      expect(out).toEqual([]);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    });
  });
});

// The longest national numbers libphonenumber formats for a mobile (Brazil, Argentina), and one with a
// three-digit calling code that widens the country button (Benin).
const longNumbers = [
  ["Brazil", "+5511961234567"],
  ["Argentina", "+5491123456789"],
  ["Benin", "+2290195123456"],
] as const;

// A 320 px phone with 16 px page margins, and the column of the demo's checkout there (two nested panels).
const columns = [
  ["a 320 px page", 288],
  ["the demo checkout's column at 320 px", 246],
] as const;

describe.each(["ltr", "rtl"] as const)("a long international number at 320 px, %s", (dir) => {
  beforeAll(async () => {
    await page.viewport(320, 700);
  });

  afterAll(() => {
    cleanup();
  });

  describe.each(columns)("in %s (%i px)", (_where, column) => {
    test.each(longNumbers)("%s: shown whole, the field inside the column", (_country, number) => {
      cleanup();
      const { container } = render(
        <div dir={dir} style={{ width: column }}>
          <PhoneField defaultValue={number} />
        </div>,
      );
      const input = container.querySelector(".vk-phone-field__input") as HTMLInputElement;
      expect(input.value.replace(/\D/g, "").length).toBeGreaterThanOrEqual(10);
      expect(input.scrollWidth, input.value).toBeLessThanOrEqual(input.clientWidth);
      const bounds = rect(container.firstElementChild);
      for (const part of container.querySelectorAll(".vk-phone-field__face, .vk-phone-field__input")) {
        expect(rect(part).left).toBeGreaterThanOrEqual(bounds.left - 0.5);
        expect(rect(part).right).toBeLessThanOrEqual(bounds.right + 0.5);
      }
    });
  });
});
