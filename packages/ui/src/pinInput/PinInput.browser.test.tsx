import { act, cleanup, render, screen } from "@testing-library/react";
import { type ComponentProps, type ReactNode, useState } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { fr } from "../locales/fr.js";
import { UiMessagesProvider } from "../messages/UiMessagesProvider.js";
import { PinInput, type PinInputChangeEvent } from "./PinInput.js";

// Real Chromium with the kit's stylesheet: trusted keys and clicks from the browser driver.

afterEach(() => {
  cleanup();
});

function setup(
  props: ComponentProps<typeof PinInput> = {},
  wrap: (field: ReactNode) => ReactNode = (field) => field,
) {
  const onChange = vi.fn<(event: PinInputChangeEvent) => void>();
  const onComplete = vi.fn<(code: string) => void>();
  render(wrap(<PinInput onChange={onChange} onComplete={onComplete} {...props} />));
  const input = document.querySelector(".vk-pin-input__input") as HTMLInputElement;
  const slots = () => Array.from(document.querySelectorAll<HTMLElement>(".vk-pin-input__slot"));
  const slotTexts = () => slots().map((slot) => slot.textContent ?? "");
  const status = () => document.querySelector('[role="status"]')?.textContent ?? "";
  return { input, slots, slotTexts, status, onChange, onComplete };
}

/** A real click where slot `index` is drawn (the input lies over the slots and takes the click). */
async function clickSlot(input: HTMLInputElement, slot: HTMLElement) {
  const box = input.getBoundingClientRect();
  const target = slot.getBoundingClientRect();
  await userEvent.click(input, {
    position: { x: target.left - box.left + target.width / 2, y: target.top - box.top + target.height / 2 },
  });
}

/** A parent that holds the code. */
function Controlled() {
  const [code, setCode] = useState("12");
  return (
    <>
      <PinInput value={code} onChange={(event) => setCode(event.value)} />
      <output>{code}</output>
      <button type="button" onClick={() => setCode("")}>
        Clear
      </button>
    </>
  );
}

describe("PinInput", () => {
  test("six slots by default, `length` for others; named 'Verification code'", () => {
    const { input, slots } = setup();
    expect(slots()).toHaveLength(6);
    expect(screen.getByRole("textbox", { name: "Verification code" })).toBe(input);
    cleanup();
    expect(setup({ length: 4 }).slots()).toHaveLength(4);
    cleanup();
    expect(setup({ length: 8 }).slots()).toHaveLength(8);
  });

  test("French from the provider, any string from the `messages` prop", () => {
    setup({}, (field) => <UiMessagesProvider locale={fr}>{field}</UiMessagesProvider>);
    expect(screen.getByRole("textbox", { name: "Code de vérification" })).toBeDefined();
    cleanup();
    setup({ messages: { pinInputLabel: "Code SMS" } }, (field) => (
      <UiMessagesProvider locale={fr}>{field}</UiMessagesProvider>
    ));
    expect(screen.getByRole("textbox", { name: "Code SMS" })).toBeDefined();
    cleanup();
    setup({ label: "Code from the SMS" });
    expect(screen.getByRole("textbox", { name: "Code from the SMS" })).toBeDefined();
  });

  test("typing fills the slots; onComplete once; the live region says the code is complete", async () => {
    const { input, slotTexts, status, onChange, onComplete } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("12345");
    expect(status()).toBe("");
    await userEvent.keyboard("6");
    expect(input.value).toBe("123456");
    expect(slotTexts()).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith("123456");
    expect(status()).toBe("Code complete");
    const last = onChange.mock.calls.at(-1)?.[0];
    expect(last).toMatchObject({ type: "change", value: "123456", source: "type", clamped: false });
    expect(last?.target).toBe(input);
    await userEvent.keyboard("{Backspace}");
    expect(status()).toBe("");
    expect(document.querySelector(".vk-pin-input__field")?.hasAttribute("data-complete")).toBe(false);
  });

  test("a letter is refused and announced", async () => {
    const { input, status } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("1a");
    expect(input.value).toBe("1");
    expect(status()).toBe("Digits only");
  });

  test("controlled: the parent's value is shown, and typing goes on after it", async () => {
    render(<Controlled />);
    const input = screen.getByRole("textbox") as HTMLInputElement;
    await userEvent.click(input);
    await userEvent.keyboard("3456");
    expect(document.querySelector("output")?.textContent).toBe("123456");
    await userEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(input.value).toBe("");
    expect(document.querySelectorAll(".vk-pin-input__slot[data-filled]")).toHaveLength(0);
  });

  test("controlled: a parent that refuses a change keeps its value", async () => {
    render(<PinInput value="12" onChange={() => {}} />);
    const input = screen.getByRole("textbox") as HTMLInputElement;
    await userEvent.click(input);
    await userEvent.keyboard("3");
    expect(input.value).toBe("12");
  });

  test("`name`: the code is in FormData; a form reset puts `defaultValue` back", async () => {
    let form: HTMLFormElement | null = null;
    render(
      <form
        ref={(element) => {
          form = element;
        }}
      >
        <PinInput name="code" defaultValue="12" />
        <button type="reset">Reset</button>
      </form>,
    );
    const input = screen.getByRole("textbox") as HTMLInputElement;
    await userEvent.click(input);
    await userEvent.keyboard("3456");
    expect(new FormData(form as unknown as HTMLFormElement).get("code")).toBe("123456");
    await userEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(input.value).toBe("12");
    expect(Array.from(document.querySelectorAll(".vk-pin-input__slot"), (slot) => slot.textContent)).toEqual([
      "1",
      "2",
      "",
      "",
      "",
      "",
    ]);
  });

  test("keyboard only: Tab in, type, arrows, Backspace, Tab out", async () => {
    render(
      <>
        <button type="button">Before</button>
        <PinInput />
        <button type="button">After</button>
      </>,
    );
    const input = screen.getByRole("textbox") as HTMLInputElement;
    const slots = Array.from(document.querySelectorAll<HTMLElement>(".vk-pin-input__slot"));
    screen.getByRole("button", { name: "Before" }).focus();
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(input);
    expect(slots[0]?.dataset.active).toBe("");
    // The focus is visible on the active slot: the accent ring.
    const ring = getComputedStyle(slots[0] as HTMLElement);
    expect(ring.outlineStyle).toBe("solid");
    expect(Number.parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
    await userEvent.keyboard("1234");
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(slots[2]?.dataset.active).toBe("");
    await userEvent.keyboard("9");
    expect(input.value).toBe("1294");
    await userEvent.keyboard("{End}{Backspace}");
    expect(input.value).toBe("129");
    await userEvent.keyboard("{Home}5");
    expect(input.value).toBe("529");
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "After" }));
    expect(slots.some((slot) => slot.dataset.active !== undefined)).toBe(false);
  });

  test("a click on a slot selects it; typing replaces its digit", async () => {
    const { input, slots } = setup({ defaultValue: "123456" });
    await clickSlot(input, slots()[3] as HTMLElement);
    expect(document.activeElement).toBe(input);
    expect(slots()[3]?.dataset.active).toBe("");
    await userEvent.keyboard("0");
    expect(input.value).toBe("123056");
  });

  test("a click between two slots or after the last one selects the nearest slot: no digit shifts", async () => {
    const { input, slots } = setup({ defaultValue: "1234" });
    const box = input.getBoundingClientRect();
    const [, second, third] = slots().map((slot) => slot.getBoundingClientRect());
    // In the gap between slots 1 and 2, nearer to 2.
    const gapX = (third?.left ?? 0) - 1;
    expect(gapX).toBeGreaterThan(second?.right ?? 0);
    await userEvent.click(input, { position: { x: gapX - box.left, y: box.height / 2 } });
    expect(slots()[2]?.dataset.active).toBe("");
    await userEvent.keyboard("9");
    expect(input.value).toBe("1294");
    // The badge room: nearest is the last slot, empty here, so the caret goes after the last digit.
    await userEvent.click(input, { position: { x: box.width - 4, y: box.height / 2 } });
    expect([input.selectionStart, input.selectionEnd]).toEqual([4, 4]);
    await userEvent.keyboard("5");
    expect(input.value).toBe("12945");
  });

  test("a formatted paste gives the digits", async () => {
    const { input, onComplete } = setup();
    await userEvent.click(input);
    const data = new DataTransfer();
    data.setData("text/plain", " 123-456\n");
    act(() => {
      input.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    expect(input.value).toBe("123456");
    expect(onComplete).toHaveBeenCalledExactlyOnceWith("123456");
  });

  test("invalid with an error: aria-invalid, described by the message, announced", () => {
    const { input, status } = setup({ defaultValue: "123456", error: "Wrong code, 2 attempts left." });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const describedBy = input.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toBe("Wrong code, 2 attempts left.");
    expect(status()).toBe("Wrong code, 2 attempts left.");
    expect(document.querySelector(".vk-pin-input__field")?.hasAttribute("data-invalid")).toBe(true);
  });

  test("`invalid` without a message announces the generic one; the app's aria-describedby is kept", () => {
    render(
      <>
        <p id="hint">Sent to +33 6 00 00 00 01</p>
        <PinInput invalid aria-describedby="hint" error="Expired" />
      </>,
    );
    const input = screen.getByRole("textbox");
    expect(input.getAttribute("aria-describedby")?.split(" ")).toHaveLength(2);
    expect(input.getAttribute("aria-describedby")?.startsWith("hint ")).toBe(true);
    cleanup();
    const { status } = setup({ invalid: true });
    expect(status()).toBe("This code is not valid");
  });

  test("disabled: no focus, no typing", async () => {
    const { input } = setup({ disabled: true, defaultValue: "12" });
    expect(input.disabled).toBe(true);
    input.focus();
    expect(document.activeElement).not.toBe(input);
    expect(document.querySelector(".vk-pin-input__slot[data-disabled]")).not.toBeNull();
  });

  test("read-only: focusable, but typing, Backspace and paste change nothing", async () => {
    const { input, onChange } = setup({ readOnly: true, defaultValue: "123456" });
    await userEvent.click(input);
    expect(document.activeElement).toBe(input);
    await userEvent.keyboard("{Backspace}9");
    const data = new DataTransfer();
    data.setData("text/plain", "654321");
    act(() => {
      input.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    expect(input.value).toBe("123456");
    expect(onChange).not.toHaveBeenCalled();
    expect(input.readOnly).toBe(true);
  });

  test("mask: dots in the slots, a password input for assistive technology", async () => {
    const { input, slotTexts } = setup({ mask: true });
    expect(input.type).toBe("password");
    expect(input.getAttribute("aria-label")).toBe("Verification code");
    await userEvent.click(input);
    await userEvent.keyboard("123");
    expect(input.value).toBe("123");
    expect(slotTexts()).toEqual(["•", "•", "•", "", "", ""]);
  });

  test("autoSubmit submits the enclosing form once, when the code completes", async () => {
    const onSubmit = vi.fn((event: React.FormEvent<HTMLFormElement>) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <PinInput name="code" autoSubmit />
      </form>,
    );
    const input = screen.getByRole("textbox");
    await userEvent.click(input);
    await userEvent.keyboard("12345");
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.keyboard("6");
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await userEvent.keyboard("{ArrowLeft}7");
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  test("without autoSubmit nothing is submitted", async () => {
    const onSubmit = vi.fn((event: React.FormEvent<HTMLFormElement>) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <PinInput />
      </form>,
    );
    await userEvent.click(screen.getByRole("textbox"));
    await userEvent.keyboard("123456");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test("separator: drawn in the middle, never part of the code", async () => {
    const { input } = setup({ separator: true });
    const field = document.querySelector(".vk-pin-input__field") as HTMLElement;
    const parts = Array.from(field.children, (child) => child.className);
    expect(parts.indexOf("vk-pin-input__separator")).toBe(3);
    expect(field.querySelector(".vk-pin-input__separator")?.getAttribute("aria-hidden")).toBe("true");
    await userEvent.click(input);
    await userEvent.keyboard("123456");
    expect(input.value).toBe("123456");
  });

  test("autoFocus focuses the input; the ref is the input", () => {
    const ref = { current: null as HTMLInputElement | null };
    const { input } = setup({ autoFocus: true, ref });
    expect(ref.current).toBe(input);
    expect(document.activeElement).toBe(input);
  });

  test("password managers: told to ignore the field, and their badge has room after the last slot", () => {
    const { input, slots } = setup();
    expect(input.hasAttribute("data-1p-ignore")).toBe(true);
    expect(input.getAttribute("data-lpignore")).toBe("true");
    expect(input.hasAttribute("data-bwignore")).toBe(true);
    expect(input.getAttribute("data-form-type")).toBe("other");
    expect(input.autocomplete).toBe("one-time-code");
    const last = slots().at(-1)?.getBoundingClientRect();
    expect(input.getBoundingClientRect().right - (last?.right ?? 0)).toBeGreaterThanOrEqual(32);
  });

  test("right-to-left page: the digits keep their order", async () => {
    const { input, slots, slotTexts } = setup({}, (field) => <div dir="rtl">{field}</div>);
    await userEvent.click(input);
    await userEvent.keyboard("123");
    const [first, , , , , last] = slots().map((slot) => slot.getBoundingClientRect().left);
    expect(first).toBeLessThan(last ?? 0);
    expect(slotTexts().join("")).toBe("123");
    await userEvent.keyboard("{ArrowLeft}");
    expect(slots()[2]?.dataset.active).toBe("");
  });

  test("targets are at least 24 px; the input font is at least 16 px (no zoom on iOS)", () => {
    const { input, slots } = setup();
    for (const slot of slots()) {
      const box = slot.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(Number.parseFloat(getComputedStyle(input).fontSize)).toBeGreaterThanOrEqual(16);
  });

  test("no global style injection: rendering adds no <style> or stylesheet", () => {
    const before = document.styleSheets.length;
    const styles = document.querySelectorAll("style").length;
    setup({ separator: true, mask: true, error: "x" });
    expect(document.styleSheets.length).toBe(before);
    expect(document.querySelectorAll("style")).toHaveLength(styles);
  });
});
