import { act, cleanup, render } from "@testing-library/react";
import { Profiler } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { cdp, userEvent } from "vitest/browser";
import { PinField, type PinFieldProps } from "../testSupport/PinField.js";

// Real Chromium: trusted key events from the browser driver, the system clipboard, CDP for what phones
// send (text inserted in one go by an IME or autofill, composition, Android's "Unidentified" key).

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setup(
  props: PinFieldProps = {},
  wrap: (field: React.ReactNode) => React.ReactNode = (field) => field,
) {
  const onChange = vi.fn();
  const onComplete = vi.fn();
  const onInvalid = vi.fn();
  render(wrap(<PinField onChange={onChange} onComplete={onComplete} onInvalid={onInvalid} {...props} />));
  const input = document.querySelector("input") as HTMLInputElement;
  const slot = (index: number) => document.querySelector(`[data-testid="slot-${index}"]`) as HTMLElement;
  const slotTexts = () => Array.from({ length: 6 }, (_, i) => (slot(i).textContent ?? "").replace("|", ""));
  const sources = () => onChange.mock.calls.map(([, details]) => (details as { source: string }).source);
  return { input, slot, slotTexts, onChange, onComplete, onInvalid, sources };
}

/** Puts `text` on the clipboard the way a user does: select it somewhere, press the copy shortcut. */
async function copyToClipboard(text: string) {
  const source = document.createElement("textarea");
  source.value = text;
  document.body.append(source);
  source.focus();
  source.select();
  await userEvent.copy();
  source.remove();
}

describe("usePinInput in Chromium", () => {
  test("typing fills the slots in order; onComplete once", async () => {
    const { input, slotTexts, onComplete, sources } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("123456");
    expect(input.value).toBe("123456");
    expect(slotTexts()).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(sources()).toEqual(["type", "type", "type", "type", "type", "type"]);
  });

  test.each(["123 456", "123-456", " 123456\n", "١٢٣٤٥٦", "۱۲۳۴۵۶"])(
    "a real paste of %j gives 123456",
    async (text) => {
      await copyToClipboard(text);
      const { input, onComplete, sources } = setup();
      await userEvent.click(input);
      await userEvent.paste();
      expect(input.value).toBe("123456");
      expect(onComplete).toHaveBeenCalledTimes(1);
      expect(sources()).toEqual(["paste"]);
    },
  );

  test("Arabic-Indic and Persian digits typed on their keyboards", async () => {
    const { input } = setup();
    await userEvent.click(input);
    for (const digit of ["١", "٢", "٣", "۴", "۵", "۶"]) await cdp().send("Input.insertText", { text: digit });
    expect(input.value).toBe("123456");
  });

  test("autofill as one input event, into a half-typed field too", async () => {
    const { input, onComplete, sources } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("12");
    // What an SMS suggestion on a phone keyboard does: the whole code in one insertion.
    await cdp().send("Input.insertText", { text: "654321" });
    expect(input.value).toBe("654321");
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(sources().at(-1)).toBe("autofill");
    // And as iOS does it, replacing the value in one event.
    act(() => {
      input.value = "987654";
      input.dispatchEvent(
        new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: "987654" }),
      );
    });
    expect(input.value).toBe("987654");
    expect(sources().at(-1)).toBe("autofill");
  });

  test("Backspace, and Backspace with key Unidentified (Android)", async () => {
    const { input, sources } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("1234");
    await userEvent.keyboard("{Backspace}");
    expect(input.value).toBe("123");
    // Android keyboards: keydown key "Unidentified" / keyCode 229, then the keyboard deletes by itself.
    await cdp().send("Input.dispatchKeyEvent", {
      type: "rawKeyDown",
      key: "Unidentified",
      code: "",
      windowsVirtualKeyCode: 229,
    });
    act(() => {
      document.execCommand("delete");
    });
    await cdp().send("Input.dispatchKeyEvent", {
      type: "keyUp",
      key: "Unidentified",
      windowsVirtualKeyCode: 229,
    });
    expect(input.value).toBe("12");
    expect(sources().slice(-2)).toEqual(["delete", "delete"]);
  });

  test.each(["overlay", "hidden"] as const)(
    "a click on a slot selects it, typing replaces its digit (%s input)",
    async (layout) => {
      const { input, slot } = setup({ layout, defaultValue: "123456" });
      // Overlaid, the input is what the pointer hits: click it where slot 2 is drawn.
      const clickSlot = (index: number) => {
        if (layout === "hidden") return userEvent.click(slot(index));
        const box = input.getBoundingClientRect();
        const target = slot(index).getBoundingClientRect();
        const position = {
          x: target.left - box.left + target.width / 2,
          y: target.top - box.top + target.height / 2,
        };
        return userEvent.click(input, { position });
      };
      await clickSlot(2);
      expect(document.activeElement).toBe(input);
      expect([input.selectionStart, input.selectionEnd]).toEqual([2, 3]);
      expect(slot(2).dataset.active).toBe("");
      await userEvent.keyboard("9");
      expect(input.value).toBe("129456");
      expect(slot(3).dataset.active).toBe("");
      await clickSlot(0);
      expect([input.selectionStart, input.selectionEnd]).toEqual([0, 1]);
    },
  );

  test("in a right-to-left page the code keeps its reading order, and arrows follow it", async () => {
    const { input, slot, slotTexts } = setup({}, (field) => (
      <div dir="rtl" lang="ar">
        {field}
      </div>
    ));
    expect(slot(0).getBoundingClientRect().left).toBeLessThan(slot(5).getBoundingClientRect().left);
    await userEvent.click(input);
    await cdp().send("Input.insertText", { text: "١٢٣" });
    expect(slotTexts()).toEqual(["1", "2", "3", "", "", ""]);
    await userEvent.keyboard("{ArrowLeft}");
    expect([input.selectionStart, input.selectionEnd]).toEqual([2, 3]);
    expect(slot(2).dataset.active).toBe("");
  });

  test("an IME composition is read once, when it ends", async () => {
    const { input, onChange } = setup();
    await userEvent.click(input);
    await cdp().send("Input.imeSetComposition", { text: "١٢", selectionStart: 2, selectionEnd: 2 });
    expect(onChange).not.toHaveBeenCalled();
    await cdp().send("Input.insertText", { text: "١٢" });
    expect(input.value).toBe("12");
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith("12", { source: "composition", clamped: false });
  });

  test("a letter is refused and the code stays as it was", async () => {
    const { input, onInvalid } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("12x3");
    expect(input.value).toBe("123");
    expect(onInvalid).toHaveBeenCalledWith({
      reason: "invalid_character",
      character: "x",
      text: "x",
      source: "type",
    });
  });

  test("WebOTP fills the code where the browser offers it", async () => {
    const get = vi.fn(async () => ({ type: "otp", code: "135790" }));
    vi.stubGlobal("OTPCredential", class {});
    Object.defineProperty(navigator, "credentials", { value: { get }, configurable: true });
    try {
      const { input, sources } = setup({ webOtp: true });
      await vi.waitFor(() => expect(input.value).toBe("135790"));
      expect(sources()).toEqual(["webotp"]);
    } finally {
      Reflect.deleteProperty(navigator, "credentials");
    }
  });

  test("one React commit per keystroke and per paste", async () => {
    const commits: string[] = [];
    render(
      <Profiler id="pin" onRender={(_, phase) => commits.push(phase)}>
        <PinField />
      </Profiler>,
    );
    const input = document.querySelector("input") as HTMLInputElement;
    await userEvent.click(input);
    const counts: number[] = [];
    for (const key of ["1", "2", "3"]) {
      commits.length = 0;
      await userEvent.keyboard(key);
      counts.push(commits.length);
    }
    await copyToClipboard("123 456");
    await userEvent.click(input);
    commits.length = 0;
    await userEvent.paste();
    counts.push(commits.length);
    expect(counts).toEqual([1, 1, 1, 1]);
  });
});
