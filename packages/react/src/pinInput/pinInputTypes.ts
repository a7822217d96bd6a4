import type { PinRefusalReason } from "@verify-kit/core/flows";
import type {
  HTMLAttributes,
  InputHTMLAttributes,
  LabelHTMLAttributes,
  MouseEventHandler,
  Ref,
  RefCallback,
  RefObject,
} from "react";

/** Where a change of the code came from. */
export type PinInputSource =
  | "type"
  | "delete"
  | "paste"
  | "drop"
  /** A whole code in one input event: the SMS suggestion of iOS or Android, a password manager. */
  | "autofill"
  /** The end of an IME composition. */
  | "composition"
  | "webotp"
  /** `setValue()` or `clear()`. */
  | "set";

export interface PinChangeDetails {
  readonly source: PinInputSource;
  /** Digits beyond the length were dropped. */
  readonly clamped: boolean;
}

export interface PinInvalidDetails {
  readonly reason: PinRefusalReason;
  /** The first character that could not be read as a digit. */
  readonly character: string;
  /** The whole text that was refused (typed, pasted...). */
  readonly text: string;
  readonly source: PinInputSource;
}

export interface UsePinInputOptions {
  /** Digits in the code. @default 6 */
  readonly length?: number | undefined;
  /** The code, for a controlled field (digits only); pair it with `onChange`. */
  readonly value?: string | undefined;
  /** The first code of an uncontrolled field; a reset of the input's form puts it back. @default "" */
  readonly defaultValue?: string | undefined;
  /** Every accepted change, with where it came from. */
  readonly onChange?: ((value: string, details: PinChangeDetails) => void) | undefined;
  /**
   * Called when the code becomes full: once per transition from not full, and again when a whole new code
   * arrives at once (paste, autofill, WebOTP); not for a digit typed over a slot of a full code.
   */
  readonly onComplete?: ((value: string) => void) | undefined;
  /**
   * Submits the input's form (`requestSubmit()`, so validation and `onSubmit` run) when the code completes,
   * after `onComplete`. @default false
   */
  readonly autoSubmit?: boolean | undefined;
  /** Text that was refused (the code is left as it was), with the reason. */
  readonly onInvalid?: ((details: PinInvalidDetails) => void) | undefined;
  /** @default false */
  readonly disabled?: boolean | undefined;
  /** Marks the code as wrong (`aria-invalid`, `data-invalid`), e.g. after a rejected check. @default false */
  readonly invalid?: boolean | undefined;
  /**
   * Fills the code from the SMS with the WebOTP API where the browser has it (Chrome on Android); nothing
   * happens elsewhere. The request is aborted on unmount. @default false
   */
  readonly webOtp?: boolean | undefined;
  /** The input's `id`. @default an id from `useId` */
  readonly id?: string | undefined;
  /** The input's `name` in a form. */
  readonly name?: string | undefined;
}

/** What a slot shows. */
export interface PinSlot {
  readonly index: number;
  /** The digit in the slot, `""` when empty. */
  readonly char: string;
  readonly isFilled: boolean;
  /** The slot the next key acts on (its digit selected, or the caret in it), while the input has focus. */
  readonly isActive: boolean;
  /** The insertion point is in this empty slot: draw a caret. */
  readonly hasCaret: boolean;
}

/** Props as a caller passes them to a getter, with the element's `ref` where it takes one. */
export type PropsWithRef<P, E> = P & { readonly ref?: Ref<E> | undefined };

/** The states every part carries, as data attributes: present (`""`) when true, absent otherwise. */
export type PinStateAttributes = {
  readonly "data-complete": "" | undefined;
  readonly "data-focused": "" | undefined;
  readonly "data-invalid": "" | undefined;
  readonly "data-disabled": "" | undefined;
};

/** What CSS targets a part by: `data-scope="pin-input"` and its `data-part`. */
export type PinPartAttributes<Part extends string> = {
  readonly "data-scope": "pin-input";
  readonly "data-part": Part;
};

/** What `getRootProps` adds to the caller's props. */
export type PinRootProps = { readonly dir: "ltr" | "rtl" | "auto" | undefined } & PinPartAttributes<"root"> &
  PinStateAttributes;

/** What `getLabelProps` adds to the caller's props. */
export type PinLabelProps = { readonly htmlFor: string | undefined } & PinPartAttributes<"label"> &
  Pick<PinStateAttributes, "data-disabled">;

/** What `getInputProps` gives the input, besides the caller's props (its `ref` is merged into this one). */
export type PinInputElementProps = InputHTMLAttributes<HTMLInputElement> &
  PinPartAttributes<"input"> &
  PinStateAttributes & {
    readonly "data-1p-ignore": "";
    readonly "data-lpignore": "true";
    readonly "data-bwignore": "";
    readonly "data-form-type": "other";
    readonly ref: RefCallback<HTMLInputElement>;
  };

/** What `getSlotProps` adds to the caller's props. */
export type PinSlotProps = {
  readonly "aria-hidden": boolean | "true" | "false" | undefined;
} & PinPartAttributes<"slot"> &
  PinStateAttributes & {
    readonly "data-index": number;
    readonly "data-active": "" | undefined;
    readonly "data-filled": "" | undefined;
    readonly "data-caret": "" | undefined;
    readonly onMouseDown: MouseEventHandler<HTMLElement>;
  };

export interface UsePinInput {
  /** The code so far: ASCII digits, at most `length`. */
  readonly value: string;
  readonly length: number;
  readonly isComplete: boolean;
  readonly isFocused: boolean;
  readonly slots: readonly PinSlot[];
  /** The real `<input>`. */
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /**
   * Props of the element around the slots: `dir="ltr"` (a code reads left to right in right-to-left
   * pages too), `data-scope="pin-input"`, `data-part="root"`, and the states `data-complete`,
   * `data-focused`, `data-invalid`, `data-disabled`. A click on an input laid over the slots finds them
   * inside it (`data-part="slot"`).
   */
  getRootProps<P extends HTMLAttributes<HTMLElement>>(props?: P): P & PinRootProps;
  /** Props of a `<label>` for the input (`htmlFor`, `data-part="label"`). */
  getLabelProps<P extends LabelHTMLAttributes<HTMLLabelElement>>(props?: P): P & PinLabelProps;
  /**
   * Props of the one real `<input>` that holds the code: one tab stop, `autocomplete="one-time-code"`,
   * `inputmode="numeric"`, password-manager badges off, every edit through the normalisation pipeline
   * (no paste or drop into a `readOnly` input).
   * Pass your `ref` here to reach the input (react-hook-form's `register`/`setFocus` works through it).
   * Lay it over the slots with transparent text, or hide it visually: never `display: none`.
   */
  getInputProps<P extends PropsWithRef<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement>>(
    props?: P,
  ): Omit<P, "ref"> & PinInputElementProps;
  /**
   * Props of the element that draws slot `index`: `aria-hidden` (the input is what assistive technology
   * reads), `data-part="slot"`, `data-index`, and the states `data-active`, `data-filled`, `data-caret`,
   * `data-focused`, `data-complete`, `data-invalid`, `data-disabled`. A press on a slot focuses the input
   * and selects that slot.
   */
  getSlotProps<P extends HTMLAttributes<HTMLElement>>(index: number, props?: P): P & PinSlotProps;
  /** Focuses the input, with slot `index` active (the first empty slot by default). Stable across renders. */
  focus(index?: number): void;
  /** Empties the code (e.g. after a rejected check), as source `"set"`. Stable across renders. */
  clear(): void;
  /** Replaces the code with `text`, through the normalisation pipeline, as source `"set"`. Stable. */
  setValue(text: string): void;
}
