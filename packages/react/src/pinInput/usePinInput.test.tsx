import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Profiler, StrictMode, useState } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { PinInputSource, UsePinInput } from "../index.js";
import { PinField, type PinFieldProps } from "../testSupport/PinField.js";

function setup(props: PinFieldProps = {}) {
  const onChange = vi.fn<(value: string, details: { source: PinInputSource; clamped: boolean }) => void>();
  const onComplete = vi.fn<(value: string) => void>();
  const onInvalid = vi.fn();
  let pin: UsePinInput | undefined;
  const view = render(
    <StrictMode>
      <PinField
        onChange={onChange}
        onComplete={onComplete}
        onInvalid={onInvalid}
        onPin={(current) => {
          pin = current;
        }}
        {...props}
      />
    </StrictMode>,
  );
  const input = screen.getByLabelText("Verification code") as HTMLInputElement;
  const slot = (index: number) => screen.getByTestId(`slot-${index}`);
  const slotTexts = () => Array.from({ length: 6 }, (_, i) => slot(i).textContent?.replace("|", "") ?? "");
  const sources = () => onChange.mock.calls.map(([, details]) => details.source);
  return {
    view,
    input,
    slot,
    slotTexts,
    onChange,
    onComplete,
    onInvalid,
    sources,
    pin: () => pin as UsePinInput,
  };
}

/** A paste as browsers dispatch it, with the text on the clipboard. */
function paste(input: HTMLInputElement, text: string) {
  fireEvent.paste(input, {
    clipboardData: { getData: (type: string) => (type.startsWith("text") ? text : "") },
  });
}

/** The browser changed the value itself, in one input event (autofill, an IME, Android's keyboard). */
function nativeEdit(input: HTMLInputElement, value: string, inputType: string, data: string | null = null) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  setter?.call(input, value);
  input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType, data }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A parent that holds the code, refuses codes starting with 9, and can clear it. */
function Controlled() {
  const [value, setValue] = useState("12");
  return (
    <>
      <PinField value={value} onChange={(next) => setValue(next.startsWith("9") ? value : next)} />
      <button type="button" onClick={() => setValue("")}>
        clear
      </button>
    </>
  );
}

describe("usePinInput: the real input", () => {
  test("one real input with one tab stop, numeric, one-time-code, no password-manager badge", () => {
    const { input, slot } = setup();
    expect(input.getAttribute("autocomplete")).toBe("one-time-code");
    expect(input.getAttribute("inputmode")).toBe("numeric");
    expect(input.type).toBe("text");
    expect(input.hasAttribute("maxlength")).toBe(false);
    expect(input.getAttribute("data-1p-ignore")).toBe("");
    expect(input.getAttribute("data-lpignore")).toBe("true");
    expect(document.querySelectorAll("input")).toHaveLength(1);
    expect(slot(0).getAttribute("aria-hidden")).toBe("true");
    expect(slot(0).tabIndex).toBe(-1);
    expect(slot(0).dataset.part).toBe("slot");
    expect(input.dataset.scope).toBe("pin-input");
  });

  test("a ref passed to getInputProps reaches the real input", () => {
    const ref = { current: null as HTMLInputElement | null };
    const { input } = setup({ inputRef: ref });
    expect(ref.current).toBe(input);
  });

  test("the code reads left to right inside a right-to-left page", () => {
    render(
      <div dir="rtl">
        <PinField id="rtl" />
      </div>,
    );
    const input = document.getElementById("rtl") as HTMLInputElement;
    expect(input.dir).toBe("ltr");
    expect(input.parentElement?.dir).toBe("ltr");
  });
});

describe("usePinInput: the normalisation pipeline", () => {
  test("typing digits fills the slots; onComplete fires once", async () => {
    const user = userEvent.setup();
    const { input, slotTexts, onComplete, sources } = setup();
    await user.click(input);
    await user.keyboard("123456");
    expect(input.value).toBe("123456");
    expect(slotTexts()).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith("123456");
    expect(sources()).toEqual(["type", "type", "type", "type", "type", "type"]);
    // One more digit into a full code changes nothing.
    await user.keyboard("7");
    expect(input.value).toBe("123456");
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  test("a letter is refused with a reason, the code untouched", async () => {
    const user = userEvent.setup();
    const { input, onInvalid, onChange } = setup();
    await user.click(input);
    await user.keyboard("12a");
    expect(input.value).toBe("12");
    expect(onInvalid).toHaveBeenCalledWith({
      reason: "invalid_character",
      character: "a",
      text: "a",
      source: "type",
    });
    expect(onChange).toHaveBeenCalledTimes(2);
    await user.keyboard("3");
    expect(input.value).toBe("123");
  });

  test.each([["123 456"], ["123-456"], [" 123456\n"], ["١٢٣٤٥٦"], ["۱۲۳۴۵۶"], ["१२३४५६"], ["１２３４５６"]])(
    "pasting %j gives 123456, once complete",
    (text) => {
      const { input, onComplete, sources } = setup();
      input.focus();
      paste(input, text);
      expect(input.value).toBe("123456");
      expect(onComplete).toHaveBeenCalledTimes(1);
      expect(sources()).toEqual(["paste"]);
    },
  );

  test("a paste with anything else is refused whole, with the offending character", () => {
    const { input, onInvalid, onChange } = setup();
    input.focus();
    paste(input, "12ab56");
    expect(input.value).toBe("");
    expect(onChange).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledWith(
      expect.objectContaining({ character: "a", text: "12ab56", source: "paste" }),
    );
  });

  test("a longer paste is clamped to the length", () => {
    const { input, onChange } = setup();
    input.focus();
    paste(input, "12345678");
    expect(input.value).toBe("123456");
    expect(onChange).toHaveBeenCalledWith("123456", { source: "paste", clamped: true });
  });

  test("autofill of the whole code in one input event, also into a half-typed field (iOS)", async () => {
    const user = userEvent.setup();
    const { input, onComplete, sources } = setup();
    await user.click(input);
    await user.keyboard("12");
    nativeEdit(input, "12654321", "insertText", "654321");
    expect(input.value).toBe("654321");
    expect(onComplete).toHaveBeenCalledWith("654321");
    expect(sources().at(-1)).toBe("autofill");
    nativeEdit(input, "999999", "insertReplacementText", "999999");
    expect(input.value).toBe("999999");
    expect(onComplete).toHaveBeenCalledTimes(2);
  });

  test("IME composition: the text is read once, at composition end", () => {
    const { input, onChange } = setup();
    input.focus();
    fireEvent.compositionStart(input);
    nativeEdit(input, "١", "insertCompositionText", "١");
    expect(onChange).not.toHaveBeenCalled();
    nativeEdit(input, "١٢", "insertCompositionText", "١٢");
    fireEvent.compositionEnd(input, { data: "١٢" });
    expect(input.value).toBe("12");
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith("12", { source: "composition", clamped: false });
  });

  test("a drop goes through the same pipeline", () => {
    const { input, sources } = setup();
    fireEvent.drop(input, { dataTransfer: { getData: () => "12 34 56" } });
    expect(input.value).toBe("123456");
    expect(sources()).toEqual(["drop"]);
  });
});

describe("usePinInput: keyboard and pointer", () => {
  test("Backspace deletes the digit before the caret, also when Android sends key Unidentified", async () => {
    const user = userEvent.setup();
    const { input, sources } = setup();
    await user.click(input);
    await user.keyboard("1234");
    await user.keyboard("{Backspace}");
    expect(input.value).toBe("123");
    // Android: keydown with key "Unidentified" (keyCode 229), then the keyboard's own deletion.
    fireEvent.keyDown(input, { key: "Unidentified", keyCode: 229 });
    nativeEdit(input, "12", "deleteContentBackward");
    expect(input.value).toBe("12");
    expect(sources().slice(-2)).toEqual(["delete", "delete"]);
  });

  test("a press on a slot selects it, and typing replaces its digit", () => {
    const { input, slot, onChange } = setup({ defaultValue: "123456" });
    fireEvent.mouseDown(slot(2));
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([2, 3]);
    expect(slot(2).dataset.active).toBe("");
    expect(slot(1).dataset.active).toBeUndefined();
    nativeEdit(input, "129456", "insertText", "9");
    expect(input.value).toBe("129456");
    expect(onChange).toHaveBeenCalledWith("129456", { source: "type", clamped: false });
    // The next slot is selected: typing goes on over it.
    expect([input.selectionStart, input.selectionEnd]).toEqual([3, 4]);
    expect(slot(3).dataset.active).toBe("");
  });

  test("a press past the digits puts the caret after the last one (digits have no gaps)", () => {
    const { input, slot } = setup({ defaultValue: "12" });
    fireEvent.mouseDown(slot(5));
    expect([input.selectionStart, input.selectionEnd]).toEqual([2, 2]);
    expect(slot(2).dataset.caret).toBe("");
    expect(slot(2).dataset.active).toBe("");
  });

  test("arrows move by slot, Home and End go to the ends", () => {
    const { input, slot } = setup({ defaultValue: "1234" });
    act(() => input.focus());
    expect([input.selectionStart, input.selectionEnd]).toEqual([4, 4]);
    expect(slot(4).dataset.caret).toBe("");
    fireEvent.keyDown(input, { key: "ArrowLeft" });
    expect([input.selectionStart, input.selectionEnd]).toEqual([3, 4]);
    fireEvent.keyDown(input, { key: "ArrowLeft" });
    expect([input.selectionStart, input.selectionEnd]).toEqual([2, 3]);
    fireEvent.keyDown(input, { key: "Home" });
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 1]);
    expect(slot(0).dataset.active).toBe("");
    fireEvent.keyDown(input, { key: "ArrowRight" });
    expect([input.selectionStart, input.selectionEnd]).toEqual([1, 2]);
    fireEvent.keyDown(input, { key: "End" });
    expect([input.selectionStart, input.selectionEnd]).toEqual([4, 4]);
  });

  test("Delete removes the selected digit and keeps the caret there", async () => {
    const user = userEvent.setup();
    const { input, slot } = setup({ defaultValue: "123456" });
    fireEvent.mouseDown(slot(1));
    await user.keyboard("{Delete}");
    expect(input.value).toBe("13456");
    expect([input.selectionStart, input.selectionEnd]).toEqual([1, 1]);
  });

  test("state attributes for styling: filled, active, caret, focused, complete", () => {
    const { input, slot, view } = setup({ defaultValue: "12345" });
    const root = input.parentElement as HTMLElement;
    expect(slot(0).dataset.filled).toBe("");
    expect(slot(5).dataset.filled).toBeUndefined();
    expect(root.dataset.focused).toBeUndefined();
    act(() => input.focus());
    expect(root.dataset.focused).toBe("");
    expect(slot(5).dataset.caret).toBe("");
    paste(input, "123456");
    expect(root.dataset.complete).toBe("");
    act(() => input.blur());
    expect(root.dataset.focused).toBeUndefined();
    expect(slot(5).dataset.active).toBeUndefined();
    view.unmount();
  });
});

describe("usePinInput: values and callbacks", () => {
  test("onComplete fires once per transition to a full code", async () => {
    const user = userEvent.setup();
    const { input, onComplete } = setup();
    input.focus();
    paste(input, "123456");
    paste(input, "123456"); // the same code again: no transition
    expect(onComplete).toHaveBeenCalledTimes(1);
    await user.click(input);
    await user.keyboard("{End}{Backspace}");
    await user.keyboard("6");
    expect(onComplete).toHaveBeenCalledTimes(2);
    paste(input, "654321"); // a whole new code at once
    expect(onComplete).toHaveBeenCalledTimes(3);
    // Correcting one digit of a full code is not a new completion: Enter submits it.
    await user.keyboard("{Home}9");
    expect(input.value).toBe("954321");
    expect(onComplete).toHaveBeenCalledTimes(3);
  });

  test("controlled: the parent's value shows, and a value the parent refuses is put back", async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    const input = screen.getByLabelText("Verification code") as HTMLInputElement;
    expect(input.value).toBe("12");
    await user.click(input);
    await user.keyboard("3");
    expect(input.value).toBe("123");
    paste(input, "999999");
    expect(input.value).toBe("123");
    await user.click(screen.getByText("clear"));
    expect(input.value).toBe("");
    expect(screen.getByTestId("slot-0").textContent).toBe("");
  });

  test("clear(), setValue() and focus(index)", () => {
    const { input, pin, onChange } = setup();
    act(() => pin().setValue("٤٥٦"));
    expect(input.value).toBe("456");
    expect(onChange).toHaveBeenLastCalledWith("456", { source: "set", clamped: false });
    act(() => pin().focus(1));
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([1, 2]);
    act(() => pin().clear());
    expect(input.value).toBe("");
  });

  test("disabled: the input is disabled and slots do not take focus", () => {
    const { input, slot } = setup({ disabled: true });
    expect(input.disabled).toBe(true);
    fireEvent.mouseDown(slot(0));
    expect(document.activeElement).not.toBe(input);
    expect(slot(0).dataset.disabled).toBe("");
  });

  test("invalid marks the input and the slots", () => {
    const { input, slot } = setup({ invalid: true });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(slot(0).dataset.invalid).toBe("");
  });

  test("one React commit per keystroke and per paste", async () => {
    const user = userEvent.setup();
    const commits: string[] = [];
    render(
      <Profiler id="pin" onRender={(_, phase) => commits.push(phase)}>
        <PinField />
      </Profiler>,
    );
    const input = screen.getByLabelText("Verification code") as HTMLInputElement;
    await user.click(input);
    commits.length = 0;
    await user.keyboard("1");
    expect(commits).toHaveLength(1);
    commits.length = 0;
    await user.keyboard("2");
    expect(commits).toHaveLength(1);
    commits.length = 0;
    paste(input, "123 456");
    expect(commits).toHaveLength(1);
  });
});

describe("usePinInput: WebOTP", () => {
  test("fills the code from the SMS where the API exists, through the pipeline", async () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal("OTPCredential", class {});
    const get = vi.fn((options: { signal: AbortSignal }) => {
      signal = options.signal;
      return Promise.resolve({ type: "otp", code: "123456" });
    });
    vi.stubGlobal("navigator", { ...navigator, credentials: { get } });
    const { input, sources, onComplete } = setup({ webOtp: true });
    await act(async () => {});
    expect(get).toHaveBeenCalledWith(expect.objectContaining({ otp: { transport: ["sms"] } }));
    expect(input.value).toBe("123456");
    expect(sources()).toEqual(["webotp"]);
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(signal?.aborted).toBe(false);
  });

  test("the request is aborted on unmount", () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal("OTPCredential", class {});
    vi.stubGlobal("navigator", {
      ...navigator,
      credentials: {
        get: (options: { signal: AbortSignal }) => {
          signals.push(options.signal);
          return new Promise(() => {});
        },
      },
    });
    const { view } = setup({ webOtp: true });
    expect(signals.at(-1)?.aborted).toBe(false);
    view.unmount();
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });

  test("nothing happens where the API is missing", () => {
    const { input } = setup({ webOtp: true });
    expect("OTPCredential" in window).toBe(false);
    expect(input.value).toBe("");
  });
});
