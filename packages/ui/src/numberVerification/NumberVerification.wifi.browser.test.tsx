// "Wi-Fi" in the operator check's texts stays whole at any width: a line never ends on "Wi-" (issue 15),
// which the narrow layouts showed. Measured in Chromium: the word's boxes sit on one line.
import { cleanup, render } from "@testing-library/react";
import { uiMessages } from "@verify-kit/core/texts";
import { fr } from "@verify-kit/core/texts/fr";
import { afterEach, describe, expect, test } from "vitest";
import "../styles.css";

afterEach(cleanup);

const texts = {
  "en hint": uiMessages.numberVerificationWifiHint,
  "en scan": uiMessages.numberVerificationScan,
  "fr hint": fr.messages.numberVerificationWifiHint,
  "fr scan": fr.messages.numberVerificationScan,
};

/** How many lines the word at `index` (5 characters, "Wi-Fi") spreads over in `node`. */
function linesOf(node: Text, index: number): number {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 5);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

describe("Wi-Fi never breaks at its hyphen", () => {
  test.each(Object.entries(texts))("%s", (_, text) => {
    const { container } = render(<p className="vk-flow__text">{text}</p>);
    const paragraph = container.firstElementChild as HTMLElement;
    const node = paragraph.firstChild as Text;
    const index = text.search(/Wi.Fi/);
    expect(index).toBeGreaterThan(-1);
    const broken: number[] = [];
    for (let width = 48; width <= 480; width += 2) {
      paragraph.style.width = `${width}px`;
      if (linesOf(node, index) > 1) broken.push(width);
    }
    expect(broken).toEqual([]);
  });
});
