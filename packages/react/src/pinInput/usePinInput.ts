import { activeSlot } from "@verify-kit/core/flows";
import {
  type HTMLAttributes,
  type InputHTMLAttributes,
  type LabelHTMLAttributes,
  type MouseEvent,
  useEffect,
  useId,
  useState,
} from "react";
import { useIsomorphicLayoutEffect } from "../internal/useIsomorphicLayoutEffect.js";
import { chain, chainHandlers, createPinBehaviour, inputMarks, type UiState } from "./createPinBehaviour.js";
import { dataAttr, partAttributes } from "./pinInputAnatomy.js";
import type {
  PinInputElementProps,
  PinLabelProps,
  PinRootProps,
  PinSlot,
  PinSlotProps,
  PropsWithRef,
  UsePinInput,
  UsePinInputOptions,
} from "./pinInputTypes.js";
import { requestWebOtp } from "./webOtp.js";

export type {
  PinChangeDetails,
  PinInputSource,
  PinInvalidDetails,
  PinSlot,
  UsePinInput,
  UsePinInputOptions,
} from "./pinInputTypes.js";

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

  return {
    value,
    length,
    isComplete,
    isFocused: focused,
    slots,
    ...stable,
    // A getter's props are optional: none is the same as `{}`.
    getRootProps<P extends HTMLAttributes<HTMLElement>>(props = {} as P): P & PinRootProps {
      return { dir: "ltr", ...props, ...partAttributes("root"), ...states };
    },
    getLabelProps<P extends LabelHTMLAttributes<HTMLLabelElement>>(props = {} as P): P & PinLabelProps {
      return { htmlFor: inputId, ...props, ...partAttributes("label"), "data-disabled": dataAttr(disabled) };
    },
    getInputProps<P extends PropsWithRef<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement>>(
      props = {} as P,
    ): Omit<P, "ref"> & PinInputElementProps {
      const { ref, ...rest } = props;
      return {
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
        ...chainHandlers(rest, pin.handlers),
      };
    },
    getSlotProps<P extends HTMLAttributes<HTMLElement>>(index: number, props = {} as P): P & PinSlotProps {
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
    },
  };
}
