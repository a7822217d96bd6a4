import {
  type ChangeEvent,
  type ClipboardEvent,
  type CompositionEvent,
  type DragEvent,
  type FocusEvent,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type LabelHTMLAttributes,
  type MouseEvent,
  type Ref,
  type RefCallback,
  type RefObject,
  type SyntheticEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { mergeRefs } from "../internal/refs.js";
import { useIsomorphicLayoutEffect } from "../internal/useIsomorphicLayoutEffect.js";
import { useLatest } from "../internal/useLatest.js";
import type { PinRefusalReason } from "./normalizePinText.js";
import {
  activeSlot,
  applyPinEdit,
  findTextChange,
  type PinEditResult,
  type PinSelection,
  type PinTextChange,
  slotSelection,
} from "./pinEdit.js";
import { type DataAttributes, dataAttr, pinInputAnatomy } from "./pinInputAnatomy.js";
import { requestWebOtp } from "./webOtp.js";

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
  readonly length?: number;
  /** The code, for a controlled field (digits only); pair it with `onChange`. */
  readonly value?: string;
  /** The first code of an uncontrolled field. @default "" */
  readonly defaultValue?: string;
  /** Every accepted change, with where it came from. */
  readonly onChange?: (value: string, details: PinChangeDetails) => void;
  /**
   * Called when the code becomes full: once per transition from not full, and again when a whole new code
   * arrives at once (paste, autofill, WebOTP); not for a digit typed over a slot of a full code.
   */
  readonly onComplete?: (value: string) => void;
  /** Text that was refused (the code is left as it was), with the reason. */
  readonly onInvalid?: (details: PinInvalidDetails) => void;
  /** @default false */
  readonly disabled?: boolean;
  /** Marks the code as wrong (`aria-invalid`, `data-invalid`), e.g. after a rejected check. @default false */
  readonly invalid?: boolean;
  /**
   * Fills the code from the SMS with the WebOTP API where the browser has it (Chrome on Android); nothing
   * happens elsewhere. The request is aborted on unmount. @default false
   */
  readonly webOtp?: boolean;
  /** The input's `id`. @default an id from `useId` */
  readonly id?: string;
  /** The input's `name` in a form. */
  readonly name?: string;
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

type PropsWithRef<P, E> = P & { readonly ref?: Ref<E> | undefined };

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
   * `data-focused`, `data-invalid`, `data-disabled`.
   */
  getRootProps<P extends HTMLAttributes<HTMLElement>>(props?: P): P & DataAttributes;
  /** Props of a `<label>` for the input (`htmlFor`, `data-part="label"`). */
  getLabelProps<P extends LabelHTMLAttributes<HTMLLabelElement>>(props?: P): P & DataAttributes;
  /**
   * Props of the one real `<input>` that holds the code: one tab stop, `autocomplete="one-time-code"`,
   * `inputmode="numeric"`, password-manager badges off, every edit through the normalisation pipeline.
   * Pass your `ref` here to reach the input (react-hook-form's `register`/`setFocus` works through it).
   * Lay it over the slots with transparent text, or hide it visually: never `display: none`.
   */
  getInputProps<P extends PropsWithRef<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement>>(
    props?: P,
  ): Omit<P, "ref"> &
    InputHTMLAttributes<HTMLInputElement> &
    DataAttributes & { ref: RefCallback<HTMLInputElement> };
  /**
   * Props of the element that draws slot `index`: `aria-hidden` (the input is what assistive technology
   * reads), `data-part="slot"`, `data-index`, and the states `data-active`, `data-filled`, `data-caret`,
   * `data-focused`, `data-complete`, `data-invalid`, `data-disabled`. A press on a slot focuses the input
   * and selects that slot.
   */
  getSlotProps<P extends PropsWithRef<HTMLAttributes<HTMLElement>, HTMLElement>>(
    index: number,
    props?: P,
  ): Omit<P, "ref"> & HTMLAttributes<HTMLElement> & DataAttributes & { ref: RefCallback<HTMLElement> };
  /** Focuses the input, with slot `index` active (the first empty slot by default). Stable across renders. */
  focus(index?: number): void;
  /** Empties the code (e.g. after a rejected check), as source `"set"`. Stable across renders. */
  clear(): void;
  /** Replaces the code with `text`, through the normalisation pipeline, as source `"set"`. Stable. */
  setValue(text: string): void;
}

interface UiState {
  /** The uncontrolled value (and, controlled, the last value this hook proposed). */
  readonly value: string;
  readonly selection: PinSelection;
  readonly focused: boolean;
}

const sameUi = (a: UiState, b: UiState) =>
  a.value === b.value &&
  a.focused === b.focused &&
  a.selection.start === b.selection.start &&
  a.selection.end === b.selection.end;

function sourceOf(inputType: string | undefined): PinInputSource {
  if (inputType === undefined) return "type";
  if (inputType === "insertReplacementText") return "autofill";
  if (inputType === "insertFromPaste" || inputType === "insertFromPasteAsQuotation") return "paste";
  if (inputType === "insertFromDrop") return "drop";
  if (inputType.startsWith("delete")) return "delete";
  return "type";
}

function readSelection(input: HTMLInputElement): PinSelection {
  const start = input.selectionStart ?? input.value.length;
  return { start, end: input.selectionEnd ?? start };
}

/**
 * The behaviour of a code field for any markup: one real `<input>` holds the code (so autofill, paste,
 * undo, forms and one tab stop come from the browser), and per-slot props draw the digits, the caret and
 * the active slot. Every edit goes through one pipeline (`normalizePinText`): separators dropped, any
 * script's digits mapped to 0-9, anything else refused with a reason, clamped to `length`.
 */
export function usePinInput(options: UsePinInputOptions = {}): UsePinInput {
  const length = options.length ?? 6;
  const disabled = options.disabled ?? false;
  const invalid = options.invalid ?? false;
  const controlled = options.value !== undefined;
  const generatedId = useId();
  const inputId = options.id ?? `${generatedId}pin`;

  const [ui, setUi] = useState<UiState>(() => {
    const value = (options.value ?? options.defaultValue ?? "").slice(0, length);
    return { value, selection: { start: value.length, end: value.length }, focused: false };
  });
  const value = (controlled ? (options.value ?? "") : ui.value).slice(0, length);

  const inputRef = useRef<HTMLInputElement | null>(null);
  const slotElements = useRef(new Map<number, HTMLElement>());
  // The latest state scheduled, so that a handler never schedules a render that changes nothing.
  const uiRef = useRef(ui);
  // The value shown, as of the last commit or edit: what the next edit applies to.
  const valueRef = useRef(value);
  // The selection just before the edit under way (snapshot at `beforeinput`).
  const selectionRef = useRef<PinSelection | undefined>(undefined);
  const composition = useRef<{ value: string; selection: PinSelection } | undefined>(undefined);
  // The last accepted edit brought a whole code in one go.
  const wholeCodeArrived = useRef(false);
  const callbacks = useLatest({
    onChange: options.onChange,
    onComplete: options.onComplete,
    onInvalid: options.onInvalid,
  });

  const schedule = useCallback((patch: Partial<UiState>) => {
    const next = { ...uiRef.current, ...patch };
    if (sameUi(next, uiRef.current)) return;
    uiRef.current = next;
    setUi(next);
  }, []);

  const select = useCallback(
    (selection: PinSelection) => {
      const input = inputRef.current;
      if (input && input.ownerDocument.activeElement === input) {
        input.setSelectionRange(selection.start, selection.end);
      }
      selectionRef.current = selection;
      schedule({ selection });
    },
    [schedule],
  );

  /** Writes an accepted edit to the input and the state, and tells the app. */
  const commit = useCallback(
    (result: Extract<PinEditResult, { ok: true }>, source: PinInputSource) => {
      const input = inputRef.current;
      if (input && input.value !== result.value) input.value = result.value;
      const changed = result.value !== valueRef.current;
      valueRef.current = result.value;
      wholeCodeArrived.current = result.wholeCode;
      if (input && input.ownerDocument.activeElement === input) {
        input.setSelectionRange(result.selection.start, result.selection.end);
      }
      selectionRef.current = result.selection;
      schedule({ value: result.value, selection: result.selection });
      if (changed) callbacks.current.onChange?.(result.value, { source, clamped: result.clamped });
    },
    [schedule, callbacks],
  );

  /** Puts back what the input showed before a refused edit, and says why. */
  const refuse = useCallback(
    (
      result: Extract<PinEditResult, { ok: false }>,
      change: PinTextChange,
      source: PinInputSource,
      restore: PinSelection | undefined,
    ) => {
      const input = inputRef.current;
      const selection = restore ?? { start: valueRef.current.length, end: valueRef.current.length };
      selectionRef.current = selection;
      if (input) {
        input.value = valueRef.current;
        if (input.ownerDocument.activeElement === input)
          input.setSelectionRange(selection.start, selection.end);
      }
      callbacks.current.onInvalid?.({
        reason: result.reason,
        character: result.character,
        text: change.text,
        source,
      });
    },
    [callbacks],
  );

  /** The one path of every edit: what changed, through the pipeline, then commit or refuse. */
  const edit = useCallback(
    (change: PinTextChange, source: PinInputSource, restore: PinSelection | undefined) => {
      const result = applyPinEdit(valueRef.current, change, length);
      if (!result.ok) {
        refuse(result, change, source, restore);
        return;
      }
      commit(result, result.wholeCode && source === "type" ? "autofill" : source);
    },
    [length, commit, refuse],
  );

  const setValue = useCallback(
    (text: string, source: PinInputSource = "set") => {
      edit({ start: 0, end: valueRef.current.length, text }, source, undefined);
    },
    [edit],
  );

  const clear = useCallback(() => setValue(""), [setValue]);
  const replace = useCallback((text: string) => setValue(text), [setValue]);

  const focus = useCallback(
    (index?: number) => {
      const input = inputRef.current;
      if (!input || disabled) return;
      if (input.ownerDocument.activeElement !== input) input.focus();
      select(slotSelection(valueRef.current, index ?? valueRef.current.length, length));
    },
    [disabled, length, select],
  );

  // Keep the input and the selection in step with what is rendered (a controlled value the parent
  // changed or refused, a selection this hook chose).
  useIsomorphicLayoutEffect(() => {
    valueRef.current = value;
    const input = inputRef.current;
    if (!input || composition.current) return;
    if (input.value !== value) input.value = value;
    if (input.ownerDocument.activeElement === input) {
      const start = Math.min(ui.selection.start, value.length);
      const end = Math.min(ui.selection.end, value.length);
      if (input.selectionStart !== start || input.selectionEnd !== end) input.setSelectionRange(start, end);
    }
  });

  // onComplete: once per transition to a full code, and for a whole new code arriving at once (a paste,
  // autofill or WebOTP over a full one); not for a digit typed over a slot of a full code.
  const completedFrom = useRef(value);
  useIsomorphicLayoutEffect(() => {
    const previous = completedFrom.current;
    completedFrom.current = value;
    const wholeCode = wholeCodeArrived.current;
    wholeCodeArrived.current = false;
    if (value === previous || value.length !== length) return;
    if (previous.length < length || wholeCode) callbacks.current.onComplete?.(value);
  }, [value, length, callbacks]);

  // WebOTP: one request per mount while enabled, aborted on unmount.
  const webOtp = options.webOtp ?? false;
  useEffect(() => {
    if (!webOtp || disabled) return;
    const controller = new AbortController();
    void requestWebOtp(controller.signal).then((code) => {
      if (code !== undefined && !controller.signal.aborted) setValue(code, "webotp");
    });
    return () => controller.abort();
  }, [webOtp, disabled, setValue]);

  // The selection before each edit: `beforeinput` fires before the browser changes the value.
  const snapshotRef = useCallback((input: HTMLInputElement | null) => {
    inputRef.current = input;
    if (!input) return;
    const snapshot = () => {
      if (!composition.current) selectionRef.current = readSelection(input);
    };
    input.addEventListener("beforeinput", snapshot);
    return () => {
      input.removeEventListener("beforeinput", snapshot);
      if (inputRef.current === input) inputRef.current = null;
    };
  }, []);

  const focused = ui.focused;
  const selection = ui.selection;
  const collapsed = selection.start === selection.end;
  const active = activeSlot(selection, length);
  const isComplete = value.length === length;
  const slots: PinSlot[] = [];
  for (let index = 0; index < length; index++) {
    const char = value[index] ?? "";
    const isActive =
      focused && (collapsed ? index === active : index >= selection.start && index < selection.end);
    slots.push({
      index,
      char,
      isFilled: char !== "",
      isActive,
      hasCaret: focused && collapsed && index === selection.start && index >= value.length,
    });
  }

  // Ref callbacks keep their identity across renders, so React does not detach and attach them each time.
  const inputRefs = useRef<{
    user: Ref<HTMLInputElement> | undefined;
    merged: RefCallback<HTMLInputElement>;
  }>(undefined);
  const slotRefs = useRef(
    new Map<number, { user: Ref<HTMLElement> | undefined; merged: RefCallback<HTMLElement> }>(),
  );

  const stateAttributes = {
    "data-complete": dataAttr(isComplete),
    "data-focused": dataAttr(focused),
    "data-invalid": dataAttr(invalid),
    "data-disabled": dataAttr(disabled),
  };

  const getRootProps: UsePinInput["getRootProps"] = (props) =>
    ({
      dir: "ltr",
      ...props,
      "data-scope": pinInputAnatomy.scope,
      "data-part": pinInputAnatomy.parts.root,
      ...stateAttributes,
    }) as never;

  const getLabelProps: UsePinInput["getLabelProps"] = (props) =>
    ({
      htmlFor: inputId,
      ...props,
      "data-scope": pinInputAnatomy.scope,
      "data-part": pinInputAnatomy.parts.label,
      "data-disabled": dataAttr(disabled),
    }) as never;

  const getInputProps: UsePinInput["getInputProps"] = (props) => {
    const { ref: userRef, ...rest } = props ?? ({} as NonNullable<typeof props>);
    if (inputRefs.current === undefined || inputRefs.current.user !== userRef) {
      inputRefs.current = { user: userRef, merged: mergeRefs(snapshotRef, userRef) };
    }
    const chain =
      <E extends SyntheticEvent>(theirs: ((event: E) => void) | undefined, ours: (event: E) => void) =>
      (event: E) => {
        theirs?.(event);
        if (!event.defaultPrevented) ours(event);
      };
    return {
      id: inputId,
      ...(options.name === undefined ? {} : { name: options.name }),
      type: "text",
      inputMode: "numeric",
      autoComplete: "one-time-code",
      pattern: "[0-9]*",
      autoCorrect: "off",
      autoCapitalize: "off",
      spellCheck: false,
      dir: "ltr",
      ...rest,
      defaultValue: value,
      disabled,
      "aria-invalid": invalid || undefined,
      // Password managers: no badge over the last digit, no offer to save a one-time code.
      "data-1p-ignore": "",
      "data-lpignore": "true",
      "data-bwignore": "",
      "data-form-type": "other",
      "data-scope": pinInputAnatomy.scope,
      "data-part": pinInputAnatomy.parts.input,
      ...stateAttributes,
      ref: inputRefs.current.merged,
      onChange: chain(rest.onChange, (event: ChangeEvent<HTMLInputElement>) => {
        const native = event.nativeEvent as InputEvent;
        // An IME is composing: let it show its text, and read the result at composition end.
        if (composition.current || native.isComposing) return;
        const input = event.currentTarget;
        const before = valueRef.current;
        if (input.value === before) return;
        const restore = selectionRef.current;
        const change = findTextChange(before, restore, input.value);
        selectionRef.current = undefined;
        edit(change, sourceOf(native.inputType), restore);
      }),
      onPaste: chain(rest.onPaste, (event: ClipboardEvent<HTMLInputElement>) => {
        event.preventDefault();
        const text = event.clipboardData.getData("text/plain") || event.clipboardData.getData("text");
        const selection = readSelection(event.currentTarget);
        edit({ ...selection, text }, "paste", selection);
      }),
      onDrop: chain(rest.onDrop, (event: DragEvent<HTMLInputElement>) => {
        event.preventDefault();
        const text = event.dataTransfer.getData("text/plain") || event.dataTransfer.getData("text");
        event.currentTarget.focus();
        const selection = readSelection(event.currentTarget);
        edit({ ...selection, text }, "drop", selection);
      }),
      onCompositionStart: chain(rest.onCompositionStart, (event: CompositionEvent<HTMLInputElement>) => {
        composition.current = { value: valueRef.current, selection: readSelection(event.currentTarget) };
      }),
      onCompositionEnd: chain(rest.onCompositionEnd, (event: CompositionEvent<HTMLInputElement>) => {
        const base = composition.current;
        composition.current = undefined;
        if (!base) return;
        const input = event.currentTarget;
        if (input.value === base.value) return;
        edit(findTextChange(base.value, base.selection, input.value), "composition", base.selection);
      }),
      onKeyDown: chain(rest.onKeyDown, (event: KeyboardEvent<HTMLInputElement>) => {
        // Android's virtual keyboards send "Unidentified" (keyCode 229) for every key, Backspace included:
        // the edit arrives as an input event, like any other.
        if (event.nativeEvent.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
        if (event.shiftKey) return;
        const slot = activeSlot(readSelection(event.currentTarget), length);
        let target: number | undefined;
        if (event.key === "ArrowLeft") target = Math.max(0, slot - 1);
        else if (event.key === "ArrowRight") target = slot + 1;
        else if (event.key === "Home") target = 0;
        else if (event.key === "End") target = valueRef.current.length;
        if (target === undefined) return;
        event.preventDefault();
        select(slotSelection(valueRef.current, target, length));
      }),
      onSelect: chain(rest.onSelect, (event: SyntheticEvent<HTMLInputElement>) => {
        if (composition.current) return;
        const selection = readSelection(event.currentTarget);
        selectionRef.current = selection;
        schedule({ selection });
      }),
      onFocus: chain(rest.onFocus, (event: FocusEvent<HTMLInputElement>) => {
        const input = event.currentTarget;
        // Tabbing in selects all the text: start at the first empty slot instead.
        const selection = slotSelection(valueRef.current, valueRef.current.length, length);
        input.setSelectionRange(selection.start, selection.end);
        selectionRef.current = selection;
        schedule({ focused: true, selection });
      }),
      onBlur: chain(rest.onBlur, () => schedule({ focused: false })),
      onClick: chain(rest.onClick, (event: MouseEvent<HTMLInputElement>) => {
        // With the input laid over the slots, a click lands on the input: select the slot under it.
        const input = event.currentTarget;
        if (input.selectionStart !== input.selectionEnd) return;
        for (const [index, element] of slotElements.current) {
          const box = element.getBoundingClientRect();
          if (box.width > 0 && event.clientX >= box.left && event.clientX < box.right) {
            select(slotSelection(valueRef.current, index, length));
            return;
          }
        }
      }),
    } as never;
  };

  const getSlotProps: UsePinInput["getSlotProps"] = (index, props) => {
    const { ref: userRef, ...rest } = props ?? ({} as NonNullable<typeof props>);
    const slot = slots[index];
    let cached = slotRefs.current.get(index);
    if (cached === undefined || cached.user !== userRef) {
      const register = (element: HTMLElement | null) => {
        if (element) slotElements.current.set(index, element);
        else slotElements.current.delete(index);
      };
      cached = { user: userRef, merged: mergeRefs(register, userRef) };
      slotRefs.current.set(index, cached);
    }
    return {
      "aria-hidden": true,
      ...rest,
      "data-scope": pinInputAnatomy.scope,
      "data-part": pinInputAnatomy.parts.slot,
      "data-index": index,
      "data-active": dataAttr(slot?.isActive ?? false),
      "data-filled": dataAttr(slot?.isFilled ?? false),
      "data-caret": dataAttr(slot?.hasCaret ?? false),
      ...stateAttributes,
      ref: cached.merged,
      onMouseDown: (event: MouseEvent<HTMLElement>) => {
        rest.onMouseDown?.(event);
        if (event.defaultPrevented || disabled || event.button !== 0) return;
        // Keep the focus in the input (a press elsewhere would blur it), then select this slot.
        event.preventDefault();
        focus(index);
      },
    } as never;
  };

  return {
    value,
    length,
    isComplete,
    isFocused: focused,
    slots,
    inputRef,
    getRootProps,
    getLabelProps,
    getInputProps,
    getSlotProps,
    focus,
    clear,
    setValue: replace,
  };
}
