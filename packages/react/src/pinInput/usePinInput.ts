import {
  type ChangeEvent,
  type ClipboardEvent,
  type DragEvent,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type LabelHTMLAttributes,
  type MouseEvent,
  type Ref,
  type RefCallback,
  type RefObject,
  type SyntheticEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { mergeRefs } from "../internal/refs.js";
import type { PinRefusalReason } from "./normalizePinText.js";
import {
  activeSlot,
  applyPinEdit,
  findTextChange,
  type PinSelection,
  type PinTextChange,
  slotSelection,
} from "./pinEdit.js";
import { type DataAttributes, dataAttr, partAttributes } from "./pinInputAnatomy.js";
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
  readonly value?: string | undefined;
  /** The first code of an uncontrolled field. @default "" */
  readonly defaultValue?: string | undefined;
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
   * `inputmode="numeric"`, password-manager badges off, every edit through the normalisation pipeline
   * (no paste or drop into a `readOnly` input).
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

type Edit = (change: PinTextChange, source: PinInputSource, restore?: PinSelection) => void;

/** What the hook keeps between renders; the stable functions read the latest render through it. */
interface Internals {
  /** The latest state scheduled, so that a handler never schedules a render that changes nothing. */
  ui: UiState;
  /** The value shown, as of the last commit or edit: what the next edit applies to. */
  value: string;
  /** The selection just before the edit under way (snapshot at `beforeinput`). */
  before: PinSelection | undefined;
  composing: { value: string; selection: PinSelection } | undefined;
  /** The last accepted edit brought a whole code in one go. */
  whole: boolean;
  /** The value the last completion check saw. */
  completed: string;
  slots: Map<number, HTMLElement>;
  /** Ref callbacks keep their identity across renders, so React does not detach and attach them each time. */
  refs: Map<unknown, { user: unknown; merged: RefCallback<never> }>;
  options: UsePinInputOptions;
  edit: Edit;
  focus(index?: number): void;
  snapshot: RefCallback<HTMLInputElement>;
}

function sourceOf(inputType = ""): PinInputSource {
  if (inputType.startsWith("delete")) return "delete";
  if (inputType.startsWith("insertFromPaste")) return "paste";
  return inputType === "insertReplacementText"
    ? "autofill"
    : inputType === "insertFromDrop"
      ? "drop"
      : "type";
}

function readSelection(input: HTMLInputElement): PinSelection {
  const start = input.selectionStart ?? input.value.length;
  return { start, end: input.selectionEnd ?? start };
}

/** Sets the input's selection, when it has the focus. */
function place(input: HTMLInputElement | null, selection: PinSelection) {
  if (input && input.ownerDocument.activeElement === input) {
    input.setSelectionRange(selection.start, selection.end);
  }
}

/**
 * The behaviour of a code field for any markup: one real `<input>` holds the code (so autofill, paste,
 * undo, forms and one tab stop come from the browser), and per-slot props draw the digits, the caret and
 * the active slot. Every edit goes through one pipeline (`normalizePinText`): separators dropped, any
 * script's digits mapped to 0-9, anything else refused with a reason, clamped to `length`.
 */
export function usePinInput(options: UsePinInputOptions = {}): UsePinInput {
  const { length = 6, disabled = false, invalid = false } = options;
  const generatedId = useId();
  const inputId = options.id ?? `${generatedId}pin`;
  const [ui, setUi] = useState<UiState>(() => {
    const value = (options.value ?? options.defaultValue ?? "").slice(0, length);
    return { value, selection: { start: value.length, end: value.length }, focused: false };
  });
  const value = (options.value ?? ui.value).slice(0, length);
  const { focused, selection } = ui;
  const inputRef = useRef<HTMLInputElement | null>(null);

  const [m] = useState(() => {
    const internals = {
      ui,
      value,
      completed: value,
      slots: new Map(),
      refs: new Map(),
      // The selection before each edit: `beforeinput` fires before the browser changes the value.
      snapshot: (input: HTMLInputElement | null) => {
        inputRef.current = input;
        if (!input) return;
        const snapshot = () => {
          if (!internals.composing) internals.before = readSelection(input);
        };
        input.addEventListener("beforeinput", snapshot);
        return () => {
          input.removeEventListener("beforeinput", snapshot);
          if (inputRef.current === input) inputRef.current = null;
        };
      },
    } as unknown as Internals;
    return internals;
  });
  const [stable] = useState(() => {
    const setValue = (text: string, source: PinInputSource = "set") =>
      m.edit({ start: 0, end: m.value.length, text }, source);
    return { focus: (index?: number) => m.focus(index), clear: () => setValue(""), setValue };
  });

  const schedule = (patch: Partial<UiState>) => {
    const next = { ...m.ui, ...patch };
    // Same keys in the same order (a state and its patch), and selections are always `{ start, end }`.
    if (JSON.stringify(next) === JSON.stringify(m.ui)) return;
    m.ui = next;
    setUi(next);
  };

  const select = (selection: PinSelection, patch?: Partial<UiState>) => {
    place(inputRef.current, selection);
    m.before = selection;
    schedule({ ...patch, selection });
  };

  /** The one path of every edit: what changed, through the pipeline, then commit or refuse. */
  const edit: Edit = (change, source, restore) => {
    const input = inputRef.current;
    const previous = m.value;
    const result = applyPinEdit(previous, change, length);
    if (result.ok) {
      m.value = result.value;
      m.whole = result.wholeCode;
      if (input && input.value !== result.value) input.value = result.value;
      select(result.selection, { value: result.value });
      if (result.value !== previous) {
        m.options.onChange?.(result.value, {
          source: result.wholeCode && source === "type" ? "autofill" : source,
          clamped: result.clamped,
        });
      }
      return;
    }
    // Put back what the input showed before the refused edit, and say why.
    const selection = restore ?? { start: previous.length, end: previous.length };
    m.before = selection;
    if (input) input.value = previous;
    place(input, selection);
    const { ok: _, ...why } = result;
    m.options.onInvalid?.({ ...why, text: change.text, source });
  };

  const focus = (index?: number) => {
    const input = inputRef.current;
    if (!input || disabled) return;
    if (input.ownerDocument.activeElement !== input) input.focus();
    select(slotSelection(m.value, index ?? m.value.length, length));
  };

  // Keep the input and the selection in step with what is rendered (a controlled value the parent
  // changed or refused, a selection this hook chose). React 19 runs no layout effect on a server, silently.
  useLayoutEffect(() => {
    m.options = options;
    m.edit = edit;
    m.focus = focus;
    m.value = value;
    const input = inputRef.current;
    if (!input || m.composing) return;
    if (input.value !== value) input.value = value;
    const start = Math.min(selection.start, value.length);
    const end = Math.min(selection.end, value.length);
    if (input.selectionStart !== start || input.selectionEnd !== end) place(input, { start, end });
  });

  // onComplete: once per transition to a full code, and for a whole new code arriving at once (a paste,
  // autofill or WebOTP over a full one); not for a digit typed over a slot of a full code.
  useLayoutEffect(() => {
    const previous = m.completed;
    const whole = m.whole;
    m.completed = value;
    m.whole = false;
    if (value !== previous && value.length === length && (previous.length < length || whole)) {
      m.options.onComplete?.(value);
    }
  }, [value, length, m]);

  // WebOTP: one request per mount while enabled, aborted on unmount.
  const webOtp = options.webOtp && !disabled;
  useEffect(() => {
    if (!webOtp) return;
    const controller = new AbortController();
    void requestWebOtp(controller.signal).then((code) => {
      if (code !== undefined && !controller.signal.aborted) stable.setValue(code, "webotp");
    });
    return () => controller.abort();
  }, [webOtp, stable]);

  const collapsed = selection.start === selection.end;
  const active = activeSlot(selection, length);
  const isComplete = value.length === length;
  const slots: PinSlot[] = [];
  for (let index = 0; index < length; index++) {
    const char = value[index] ?? "";
    slots.push({
      index,
      char,
      isFilled: char !== "",
      isActive: focused && (collapsed ? index === active : index >= selection.start && index < selection.end),
      hasCaret: focused && collapsed && index === selection.start && index >= value.length,
    });
  }

  const states = {
    "data-complete": dataAttr(isComplete),
    "data-focused": dataAttr(focused),
    "data-invalid": dataAttr(invalid),
    "data-disabled": dataAttr(disabled),
  };

  /** `own` merged with the caller's ref, the same callback as long as the caller's ref is the same. */
  const mergedRef = (key: unknown, user: unknown, own: RefCallback<never>) => {
    let cached = m.refs.get(key);
    if (!cached || cached.user !== user) {
      cached = { user, merged: mergeRefs(own, user as Ref<never>) };
      m.refs.set(key, cached);
    }
    return cached.merged;
  };

  const getInputProps = (props: Record<string, never> = {}) => {
    const { ref, ...rest } = props;
    const ours: Record<string, (event: never) => void> = {
      onChange(event: ChangeEvent<HTMLInputElement>) {
        const native = event.nativeEvent as InputEvent;
        // An IME is composing: let it show its text, and read the result at composition end.
        if (m.composing || native.isComposing) return;
        const input = event.currentTarget;
        const restore = m.before;
        if (input.value === m.value) return;
        m.before = undefined;
        edit(findTextChange(m.value, restore, input.value), sourceOf(native.inputType), restore);
      },
      onPaste(event: ClipboardEvent<HTMLInputElement>) {
        insert(event, event.clipboardData, "paste");
      },
      onDrop(event: DragEvent<HTMLInputElement>) {
        insert(event, event.dataTransfer, "drop");
      },
      onCompositionStart(event: SyntheticEvent<HTMLInputElement>) {
        m.composing = { value: m.value, selection: readSelection(event.currentTarget) };
      },
      onCompositionEnd(event: SyntheticEvent<HTMLInputElement>) {
        const base = m.composing;
        m.composing = undefined;
        const text = event.currentTarget.value;
        if (base && text !== base.value) {
          edit(findTextChange(base.value, base.selection, text), "composition", base.selection);
        }
      },
      onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
        // Android's virtual keyboards send "Unidentified" (keyCode 229) for every key, Backspace included:
        // the edit arrives as an input event, like any other.
        if (
          event.nativeEvent.isComposing ||
          event.altKey ||
          event.ctrlKey ||
          event.metaKey ||
          event.shiftKey
        ) {
          return;
        }
        const slot = activeSlot(readSelection(event.currentTarget), length);
        const target = (
          { ArrowLeft: Math.max(0, slot - 1), ArrowRight: slot + 1, Home: 0, End: m.value.length } as Record<
            string,
            number
          >
        )[event.key];
        if (target === undefined) return;
        event.preventDefault();
        select(slotSelection(m.value, target, length));
      },
      onSelect(event: SyntheticEvent<HTMLInputElement>) {
        if (m.composing) return;
        m.before = readSelection(event.currentTarget);
        schedule({ selection: m.before });
      },
      onFocus(event: SyntheticEvent<HTMLInputElement>) {
        // Tabbing in selects all the text: start at the first empty slot instead.
        const selection = slotSelection(m.value, m.value.length, length);
        event.currentTarget.setSelectionRange(selection.start, selection.end);
        m.before = selection;
        schedule({ focused: true, selection });
      },
      onBlur() {
        schedule({ focused: false });
      },
      onClick(event: MouseEvent<HTMLInputElement>) {
        // With the input laid over the slots, a click lands on the input and leaves the caret between two
        // transparent characters, where typing would shift the digits: select the slot nearest the pointer
        // (the one under it, or beside a gap) instead.
        const input = event.currentTarget;
        if (input.selectionStart !== input.selectionEnd) return;
        let nearest: number | undefined;
        let distance = Infinity;
        for (const [index, element] of m.slots) {
          const box = element.getBoundingClientRect();
          const gap = Math.abs(event.clientX - (box.left + box.right) / 2);
          if (box.width > 0 && gap < distance) [nearest, distance] = [index, gap];
        }
        if (nearest !== undefined) select(slotSelection(m.value, nearest, length));
      },
    };
    const insert = (event: SyntheticEvent<HTMLInputElement>, data: DataTransfer, source: PinInputSource) => {
      event.preventDefault();
      // A read-only input takes no paste or drop from the browser: none from here either.
      if (rest.readOnly) return;
      const text = data.getData("text/plain") || data.getData("text");
      event.currentTarget.focus();
      const selection = readSelection(event.currentTarget);
      edit({ ...selection, text }, source, selection);
    };
    const result: Record<string, unknown> = {
      id: inputId,
      name: options.name,
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
      ...partAttributes("input"),
      ...states,
      ref: mergedRef("input", ref, m.snapshot),
    };
    for (const key in ours) {
      const theirs = rest[key] as ((event: SyntheticEvent) => void) | undefined;
      result[key] = (event: SyntheticEvent) => {
        theirs?.(event);
        if (!event.defaultPrevented) ours[key]?.(event as never);
      };
    }
    return result;
  };

  const getSlotProps = (index: number, props: Record<string, never> = {}) => {
    const { ref, ...rest } = props;
    const slot = slots[index];
    return {
      "aria-hidden": true,
      ...rest,
      ...partAttributes("slot"),
      "data-index": index,
      "data-active": dataAttr(!!slot?.isActive),
      "data-filled": dataAttr(!!slot?.isFilled),
      "data-caret": dataAttr(!!slot?.hasCaret),
      ...states,
      ref: mergedRef(index, ref, (element: HTMLElement | null) => {
        if (element) m.slots.set(index, element);
        else m.slots.delete(index);
      }),
      onMouseDown(event: MouseEvent<HTMLElement>) {
        (rest.onMouseDown as ((event: MouseEvent<HTMLElement>) => void) | undefined)?.(event);
        if (event.defaultPrevented || disabled || event.button !== 0) return;
        // Keep the focus in the input (a press elsewhere would blur it), then select this slot.
        event.preventDefault();
        focus(index);
      },
    };
  };

  return {
    value,
    length,
    isComplete,
    isFocused: focused,
    slots,
    inputRef,
    getRootProps: (props) => ({ dir: "ltr", ...props, ...partAttributes("root"), ...states }) as never,
    getLabelProps: (props) =>
      ({
        htmlFor: inputId,
        ...props,
        ...partAttributes("label"),
        "data-disabled": states["data-disabled"],
      }) as never,
    getInputProps: getInputProps as never,
    getSlotProps: getSlotProps as never,
    ...stable,
  };
}
