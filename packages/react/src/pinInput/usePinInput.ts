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
  useState,
} from "react";
import { useIsomorphicLayoutEffect } from "../internal/useIsomorphicLayoutEffect.js";
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
   * `data-focused`, `data-invalid`, `data-disabled`. A click on an input laid over the slots finds them
   * inside it (`data-part="slot"`).
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
  getSlotProps<P extends HTMLAttributes<HTMLElement>>(
    index: number,
    props?: P,
  ): P & HTMLAttributes<HTMLElement> & DataAttributes;
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

type Handler = (event: never) => void;

/** The input's selection (a text input always has one). */
const readSelection = (input: HTMLInputElement): PinSelection => ({
  start: input.selectionStart as number,
  end: input.selectionEnd as number,
});

/** Sets the input's selection, when it has the focus. */
function place(input: HTMLInputElement | null, selection: PinSelection) {
  if (input && input.ownerDocument.activeElement === input) {
    input.setSelectionRange(selection.start, selection.end);
  }
}

/** Sets a ref of any kind; what a callback ref returns (its cleanup, in React 19). */
function setRef<T>(ref: Ref<T> | undefined, node: T | null): unknown {
  if (typeof ref === "function") return ref(node);
  if (ref) ref.current = node;
}

/** The caller's handler first; ours unless it called `preventDefault()`. */
const chain =
  (theirs: ((event: never) => void) | undefined, ours: Handler) =>
  (event: SyntheticEvent): void => {
    theirs?.(event as never);
    if (!event.defaultPrevented) ours(event as never);
  };

/** Every attribute the caller cannot override on the input: password managers leave the field alone. */
const inputMarks = {
  // No badge over the last digit, no offer to save a one-time code.
  "data-1p-ignore": "",
  "data-lpignore": "true",
  "data-bwignore": "",
  "data-form-type": "other",
  ...partAttributes("input"),
};

/**
 * The part of the hook that lives as long as the component: what it remembers between renders lives in
 * this closure, and every function it returns keeps its identity.
 */
function createPinBehaviour(first: UiState, setUi: (ui: UiState) => void) {
  const inputRef: RefObject<HTMLInputElement | null> = { current: null };
  /**
   * The latest state scheduled: a handler never schedules a render that changes nothing, and its selection
   * is the one an edit started from (React reports selection changes on every key and pointer event).
   */
  let ui = first;
  /** The value shown, as of the last commit or edit: what the next edit applies to. */
  let value = first.value;
  /** The value the last completion check saw. */
  let completed = value;
  /** The last accepted edit brought a whole code in one go. */
  let whole = false;
  /**
   * An IME is composing: its text is read once, at composition end (the selection stays the one it started
   * from, as selection changes are not followed meanwhile).
   */
  let composing = false;
  /** The latest committed render's options (a handler only runs after a commit). */
  let options: UsePinInputOptions = {};
  let length = 0;
  /** The input's ref callback, the same one as long as the caller's ref is the same (none yet: `inputRef`). */
  let ref: [user: unknown, merged?: RefCallback<HTMLInputElement>] = [inputRef];

  const schedule = (patch: Partial<UiState>) => {
    const next = { ...ui, ...patch };
    // Same keys in the same order (a state and its patch), and selections are always `{ start, end }`.
    if (JSON.stringify(next) !== JSON.stringify(ui)) {
      ui = next;
      setUi(next);
    }
  };

  const select = (selection: PinSelection, patch?: Partial<UiState>) => {
    place(inputRef.current, selection);
    schedule({ ...patch, selection });
  };

  /** The selection that makes slot `index` the active one. */
  const selectSlot = (index: number, patch?: Partial<UiState>) => select(slotSelection(value, index), patch);

  /**
   * The one path of every edit: what changed, through the pipeline, then commit, or refuse and put back
   * the value and the selection the input showed before.
   */
  const edit = (change: PinTextChange, source: PinInputSource) => {
    const previous = value;
    const result = applyPinEdit(previous, change, length);
    if (result.ok) value = result.value;
    if (inputRef.current) inputRef.current.value = value;
    select(result.ok ? result.selection : ui.selection, { value });
    if (!result.ok) {
      const { ok: _, ...why } = result;
      options.onInvalid?.({ ...why, text: change.text, source });
    } else if (value !== previous) {
      whole = result.wholeCode;
      options.onChange?.(value, {
        source: whole && source === "type" ? "autofill" : source,
        clamped: result.clamped,
      });
    }
  };

  const setValue = (text = "", source: PinInputSource = "set") =>
    edit({ start: 0, end: value.length, text }, source);

  const reset = () => setValue(options.defaultValue);

  // A disabled input takes no focus (and its selection only shows with the focus).
  const focus = (index = value.length) => {
    inputRef.current?.focus();
    selectSlot(index);
  };

  /** A paste or a drop (the event's type is the source): its text, at the selection. */
  const insert = (event: ClipboardEvent<HTMLInputElement> & DragEvent<HTMLInputElement>) => {
    event.preventDefault();
    const input = inputRef.current as HTMLInputElement;
    // A read-only input takes no paste or drop from the browser: none from here either.
    if (input.readOnly) return;
    input.focus();
    const text = (event.clipboardData ?? event.dataTransfer).getData("text");
    edit({ ...readSelection(input), text }, event.type as PinInputSource);
  };

  const handlers: Record<string, Handler> = {
    onChange(event: ChangeEvent<HTMLInputElement>) {
      const native = event.nativeEvent as InputEvent;
      const text = (inputRef.current as HTMLInputElement).value;
      // An IME is composing: let it show its text, and read the result at composition end.
      if (composing || native.isComposing || text === value) return;
      // A paste or a drop comes through its own event first; a whole code in one go is told apart by `edit`.
      edit(
        findTextChange(value, ui.selection, text),
        native.inputType?.startsWith("delete") ? "delete" : "type",
      );
    },
    onPaste: insert,
    onDrop: insert,
    onCompositionStart() {
      composing = true;
    },
    onCompositionEnd() {
      const text = (inputRef.current as HTMLInputElement).value;
      if (composing && text !== value) edit(findTextChange(value, ui.selection, text), "composition");
      composing = false;
    },
    onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
      // Android's virtual keyboards send "Unidentified" (keyCode 229) for every key, Backspace included:
      // the edit arrives as an input event, like any other.
      if (event.nativeEvent.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      const slot = activeSlot(readSelection(inputRef.current as HTMLInputElement), length);
      const target = (
        { ArrowLeft: slot - 1, ArrowRight: slot + 1, Home: 0, End: value.length } as Record<string, number>
      )[event.key];
      if (target === undefined) return;
      event.preventDefault();
      selectSlot(target);
    },
    onSelect() {
      if (!composing) schedule({ selection: readSelection(inputRef.current as HTMLInputElement) });
    },
    onFocus() {
      // Tabbing in selects all the text: start at the first empty slot instead.
      selectSlot(value.length, { focused: true });
    },
    onBlur() {
      schedule({ focused: false });
    },
    onClick(event: MouseEvent<HTMLInputElement>) {
      // With the input laid over the slots, a click lands on the input and leaves the caret between two
      // transparent characters, where typing would shift the digits: select the slot nearest the pointer
      // (the one under it, or beside a gap) instead.
      const input = inputRef.current as HTMLInputElement;
      if (input.selectionStart !== input.selectionEnd) return;
      let nearest = -1;
      let distance = Infinity;
      input
        .closest("[data-part=root]")
        ?.querySelectorAll("[data-part=slot]")
        .forEach((slot, index) => {
          const box = slot.getBoundingClientRect();
          const gap = Math.abs(event.clientX - box.x - box.width / 2);
          if (box.width && gap < distance) {
            nearest = index;
            distance = gap;
          }
        });
      if (nearest >= 0) selectSlot(nearest);
    },
  };

  return [
    // What the hook returns that never changes.
    { inputRef, focus, setValue, clear: () => setValue() },
    {
      handlers,
      /** The input's ref callback merged with the caller's `user` ref (objects and callbacks, cleanups too). */
      refFor(user: Ref<HTMLInputElement> | undefined) {
        if (ref[0] !== user) {
          let detach: (() => void) | undefined;
          ref = [
            user,
            // No cleanup returned (React 18 warns of one): both versions then call back with `null`. The
            // caller's ref may return one (React 19), which runs instead of calling it with `null`.
            (input) => {
              detach?.();
              detach = undefined;
              if (input === null) return;
              const form = input.form;
              inputRef.current = input;
              const cleanup = setRef(user, input);
              // A form reset (a reset button, react-hook-form's `reset()`) puts the first code back.
              form?.addEventListener("reset", reset);
              detach = () => {
                inputRef.current = null;
                form?.removeEventListener("reset", reset);
                if (typeof cleanup === "function") cleanup();
                else setRef(user, null);
              };
            },
          ];
        }
        return ref[1] as RefCallback<HTMLInputElement>;
      },
      /**
       * After each commit: the latest options, the input and its selection in step with what is rendered
       * (a controlled value the parent changed or refused, a selection this hook chose), and `onComplete`.
       */
      commit(latest: UsePinInputOptions, latestLength: number, shown: string, selection: PinSelection) {
        options = latest;
        length = latestLength;
        value = shown;
        const input = inputRef.current;
        // A controlled value the parent changed or refused: the input shows it, and the selection (which
        // the browser clamps to the value).
        if (input && !composing && input.value !== value) {
          input.value = value;
          place(input, selection);
        }
        // Once per transition to a full code, and for a whole new code arriving at once (a paste, autofill
        // or WebOTP over a full one); not for a digit typed over a slot of a full code.
        if (value !== completed) {
          if (value.length === length && (completed.length < length || whole)) {
            options.onComplete?.(value);
            if (options.autoSubmit) input?.form?.requestSubmit();
          }
          completed = value;
          whole = false;
        }
      },
    },
  ] as const;
}

/**
 * The behaviour of a code field for any markup: one real `<input>` holds the code (so autofill, paste,
 * undo, forms and one tab stop come from the browser), and per-slot props draw the digits, the caret and
 * the active slot. Every edit goes through one pipeline (`normalizePinText`): separators dropped, any
 * script's digits mapped to 0-9, anything else refused with a reason, clamped to `length`.
 */
export function usePinInput(options: UsePinInputOptions = {}): UsePinInput {
  const { length = 6, disabled, invalid } = options;
  const generatedId = useId();
  const inputId = options.id ?? generatedId;
  const [ui, setUi] = useState<UiState>(() => {
    // The selection only shows with the focus, and taking the focus sets it.
    return {
      value: options.value ?? options.defaultValue ?? "",
      selection: { start: 0, end: 0 },
      focused: false,
    };
  });
  const value = (options.value ?? ui.value).slice(0, length);
  const { focused, selection } = ui;
  const [[stable, pin]] = useState(() => createPinBehaviour(ui, setUi));

  // No layout effect runs on a server (React 18 would warn of one there).
  useIsomorphicLayoutEffect(() => pin.commit(options, length, value, selection));

  // WebOTP: one request per mount while enabled, aborted on unmount.
  const webOtp = options.webOtp && !disabled;
  useEffect(
    () => (webOtp ? requestWebOtp((code) => stable.setValue(code, "webotp")) : undefined),
    [webOtp, stable],
  );

  // The selected digits, or the caret's slot; an active slot without a digit has the caret (digits have
  // no gaps, so a selection never holds an empty slot).
  const active = activeSlot(selection, length);
  const isComplete = value.length === length;
  const slots: PinSlot[] = [];
  for (let index = 0; index < length; index++) {
    const char = value[index] ?? "";
    const isActive = focused && index >= active && index < Math.max(selection.end, active + 1);
    slots.push({ index, char, isFilled: !!char, isActive, hasCaret: isActive && !char });
  }

  const states = {
    "data-complete": dataAttr(isComplete),
    "data-focused": dataAttr(focused),
    "data-invalid": dataAttr(invalid),
    "data-disabled": dataAttr(disabled),
  };

  const getInputProps = ({ ref, ...rest }: Record<string, never> = {}) => {
    const result: Record<string, unknown> = {
      id: inputId,
      name: options.name,
      type: "text",
      inputMode: "numeric",
      autoComplete: "one-time-code",
      // No spell-checking service ever sees the code.
      spellCheck: false,
      dir: "ltr",
      ...rest,
      defaultValue: value,
      disabled,
      "aria-invalid": invalid || undefined,
      ...inputMarks,
      ...states,
      ref: pin.refFor(ref),
    };
    for (const key in pin.handlers) result[key] = chain(rest[key], pin.handlers[key] as Handler);
    return result;
  };

  const getSlotProps = (index: number, props: Record<string, never> = {}) => {
    const slot = slots[index];
    return {
      "aria-hidden": true,
      ...props,
      ...partAttributes("slot"),
      "data-index": index,
      "data-active": dataAttr(slot?.isActive),
      "data-filled": dataAttr(slot?.isFilled),
      "data-caret": dataAttr(slot?.hasCaret),
      ...states,
      onMouseDown: chain(props.onMouseDown, (event: MouseEvent<HTMLElement>) => {
        if (disabled || event.button) return;
        // Keep the focus in the input (a press elsewhere would blur it), then select this slot.
        event.preventDefault();
        stable.focus(index);
      }),
    };
  };

  return {
    value,
    length,
    isComplete,
    isFocused: focused,
    slots,
    ...stable,
    getRootProps: (props) => ({ dir: "ltr", ...props, ...partAttributes("root"), ...states }) as never,
    getLabelProps: (props) =>
      ({
        htmlFor: inputId,
        ...props,
        ...partAttributes("label"),
        "data-disabled": dataAttr(disabled),
      }) as never,
    getInputProps: getInputProps as never,
    getSlotProps: getSlotProps as never,
  };
}
