import { normalizePinText, pinCodeLength } from "@verify-kit/core/flows";
import { h, hideVisually, setAttributes, setText, toggle, uniqueId } from "./dom.js";

export interface PinFieldOptions {
  readonly label: string;
  /** Announced by the field's own status when the last digit is typed, and when a character is refused. */
  readonly complete: string;
  readonly digitsOnly: string;
  /** The code became whole (typed, pasted, autofilled from the SMS). */
  readonly onComplete: (code: string) => void;
}

/**
 * The code field: one real `<input>` (`autocomplete="one-time-code"`, `inputmode="numeric"`, one tab
 * stop, paste and autofill) named by its `<label for>`, laid over six drawn slots, with the kit's
 * `vk-pin-input` classes. Every text that reaches it goes through `normalizePinText` of the flows.
 */
export class PinFieldPart {
  readonly root: HTMLDivElement;
  readonly input: HTMLInputElement;
  private readonly field: HTMLDivElement;
  private readonly slots: HTMLSpanElement[];
  private readonly status: HTMLSpanElement;
  private readonly error: HTMLParagraphElement;
  private readonly options: PinFieldOptions;
  private value = "";

  constructor(options: PinFieldOptions) {
    this.options = options;
    const id = uniqueId("code");
    this.slots = Array.from({ length: pinCodeLength }, (_, index) =>
      h("span", { class: "vk-pin-input__slot", "aria-hidden": "true", "data-index": index }),
    );
    this.input = h("input", {
      id,
      class: "vk-pin-input__input",
      type: "text",
      inputmode: "numeric",
      autocomplete: "one-time-code",
      spellcheck: "false",
      dir: "ltr",
      // Password managers: this is no password.
      "data-1p-ignore": true,
      "data-lpignore": "true",
      "data-bwignore": true,
      "data-form-type": "other",
    });
    this.field = h("div", { class: "vk-pin-input__field", dir: "ltr" }, ...this.slots, this.input);
    this.error = h("p", { id: `${id}-error`, class: "vk-pin-input__error", hidden: true });
    this.status = hideVisually(h("span", { class: "vk-pin-input__status", role: "status" }));
    this.root = h(
      "div",
      { class: "vk-pin-input" },
      h("label", { class: "vk-pin-input__label", for: id }, options.label),
      this.field,
      this.error,
      this.status,
    );
    for (const slot of this.slots) {
      slot.addEventListener("mousedown", (event) => {
        // Keep the focus in the input: a press on a slot would blur it.
        event.preventDefault();
        this.input.focus();
      });
    }
    this.input.addEventListener("input", () => this.take(this.input.value));
    for (const type of ["focus", "blur", "select", "keyup", "click"]) {
      this.input.addEventListener(type, () => this.draw());
    }
  }

  /** Reads what reached the input: normalised digits are kept (at most six), anything else is refused. */
  private take(text: string) {
    const read = normalizePinText(text);
    if (!read.ok) {
      this.input.value = this.value;
      setText(this.status, this.options.digitsOnly);
      return;
    }
    const digits = read.digits.slice(0, pinCodeLength);
    const completed = digits.length === pinCodeLength && this.value !== digits;
    this.value = digits;
    this.input.value = digits;
    setText(this.status, digits.length === pinCodeLength ? this.options.complete : "");
    this.draw();
    if (completed) this.options.onComplete(digits);
  }

  get code(): string {
    return this.value;
  }

  /** Empties the code (after a wrong one, or a new one sent). */
  clear() {
    this.value = "";
    this.input.value = "";
    setText(this.status, "");
    this.draw();
  }

  /** Read only while a check runs; disabled once the code expired; invalid with a message under it. */
  setState(state: { readOnly: boolean; disabled: boolean; error: string | undefined }) {
    const { readOnly, disabled, error } = state;
    this.input.readOnly = readOnly;
    this.input.disabled = disabled;
    setText(this.error, error ?? "");
    toggle(this.error, error !== undefined);
    setAttributes(this.input, {
      "aria-invalid": error === undefined ? undefined : "true",
      "aria-describedby": error === undefined ? undefined : this.error.id,
    });
    this.draw();
  }

  private draw() {
    const focused = document.activeElement === this.input;
    const active = Math.min(this.value.length, pinCodeLength - 1);
    const invalid = this.input.getAttribute("aria-invalid") === "true";
    const marks = { "data-readonly": this.input.readOnly, "data-disabled": this.input.disabled };
    setAttributes(this.field, { ...marks, "data-invalid": invalid, "data-focused": focused });
    this.slots.forEach((slot, index) => {
      setText(slot, this.value[index] ?? "");
      setAttributes(slot, {
        ...marks,
        "data-invalid": invalid,
        "data-filled": index < this.value.length,
        "data-active": focused && index === active,
        "data-caret": focused && index === active && index === this.value.length,
      });
    });
  }
}
