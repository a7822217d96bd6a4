import {
  activeSlot,
  applyPinEdit,
  findTextChange,
  type PinSelection,
  type PinTextChange,
  slotSelection,
} from "@verify-kit/core/flows";
import type {
  ClipboardEvent,
  DragEvent,
  EventHandler,
  InputHTMLAttributes,
  Ref,
  RefCallback,
  RefObject,
  SyntheticEvent,
} from "react";
import { partAttributes } from "./pinInputAnatomy.js";
import type { PinInputSource, UsePinInputOptions } from "./pinInputTypes.js";

/** What the hook renders from, besides the options: the code, where the selection is, the focus. */
export interface UiState {
  /** The uncontrolled value (and, controlled, the last value this hook proposed). */
  readonly value: string;
  readonly selection: PinSelection;
  readonly focused: boolean;
}

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
export const chain =
  <E extends SyntheticEvent>(theirs: EventHandler<E> | undefined, ours: EventHandler<E>): EventHandler<E> =>
  (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };

type HandlerName =
  | "onChange"
  | "onPaste"
  | "onDrop"
  | "onCompositionStart"
  | "onCompositionEnd"
  | "onKeyDown"
  | "onSelect"
  | "onFocus"
  | "onBlur"
  | "onClick";

/** The input's event handlers, as React types them: `getInputProps` chains each after the caller's own. */
export type PinInputHandlers = {
  readonly [K in HandlerName]-?: NonNullable<InputHTMLAttributes<HTMLInputElement>[K]>;
};

/** Each of `ours`, after the caller's handler of the same name in `theirs`. */
export function chainHandlers(
  theirs: Pick<InputHTMLAttributes<HTMLInputElement>, HandlerName>,
  ours: PinInputHandlers,
): Record<keyof PinInputHandlers, EventHandler<SyntheticEvent>> {
  const chained: Partial<Record<keyof PinInputHandlers, EventHandler<SyntheticEvent>>> = {};
  let key: keyof PinInputHandlers;
  for (key in ours) chained[key] = chain<SyntheticEvent>(theirs[key], ours[key]);
  // The loop set every key.
  return chained as Record<keyof PinInputHandlers, EventHandler<SyntheticEvent>>;
}

/** Every attribute the caller cannot override on the input: password managers leave the field alone. */
export const inputMarks = {
  // No badge over the last digit, no offer to save a one-time code.
  "data-1p-ignore": "",
  "data-lpignore": "true",
  "data-bwignore": "",
  "data-form-type": "other",
  ...partAttributes("input"),
} as const;

/**
 * The part of the hook that lives as long as the component: what it remembers between renders lives in
 * this closure, and every function it returns keeps its identity. No DOM is touched but the input's.
 */
export function createPinBehaviour(first: UiState, setUi: (ui: UiState) => void) {
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
  const insert = (event: ClipboardEvent<HTMLInputElement> | DragEvent<HTMLInputElement>) => {
    event.preventDefault();
    const input = inputRef.current as HTMLInputElement;
    // A read-only input takes no paste or drop from the browser: none from here either.
    if (input.readOnly) return;
    input.focus();
    const text = ("clipboardData" in event ? event.clipboardData : event.dataTransfer).getData("text");
    edit({ ...readSelection(input), text }, event.type as PinInputSource);
  };

  const handlers: PinInputHandlers = {
    onChange(event) {
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
    onKeyDown(event) {
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
    onClick(event) {
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
