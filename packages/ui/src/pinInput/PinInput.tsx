import { type PinInputMessages, pinInputMessages } from "@verify-kit/core/texts";
import { type PinChangeDetails, type PinInvalidDetails, usePinInput } from "@verify-kit/react";
import {
  type CSSProperties,
  forwardRef,
  type InputHTMLAttributes,
  type LabelHTMLAttributes,
  type ReactNode,
  useEffect,
  useState,
} from "react";
import { useUiMessages } from "../messages/UiMessagesProvider.js";

/**
 * What `onChange` receives: the new code, where it came from, and the real input as `target` (its value is
 * already the new code), so that react-hook-form's `register` reads it like any input's change event.
 */
export interface PinInputChangeEvent extends PinChangeDetails {
  readonly type: "change";
  /** The code after the change: ASCII digits, at most `length`. */
  readonly value: string;
  readonly target: HTMLInputElement;
  readonly currentTarget: HTMLInputElement;
}

/** Attributes passed to the real `<input>` (`id`, `aria-*`, `autoComplete`, `form`, `onBlur`, `required`...). */
type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | "value"
  | "defaultValue"
  | "onChange"
  | "onInvalid"
  | "type"
  | "children"
  | "className"
  | "style"
  | "disabled"
  | "readOnly"
  | "name"
  | "autoFocus"
  | "size"
  | "maxLength"
  | "minLength"
  | "dangerouslySetInnerHTML"
>;

export interface PinInputProps extends InputAttributes {
  /**
   * Digits in the code, for codes from elsewhere (an authenticator app...). DQE's PINs have 6: leave it for
   * them (`PhoneVerification` does). @default 6
   */
  length?: number | undefined;
  /** The code, for a controlled field; pair it with `onChange`. */
  value?: string | undefined;
  /** The first code of an uncontrolled field; a form reset puts it back. @default "" */
  defaultValue?: string | undefined;
  /**
   * Every accepted change (typing, paste, autofill, Backspace...): `event.value` is the new code,
   * `event.source` where it came from, `event.target` the real input.
   */
  onChange?: ((event: PinInputChangeEvent) => void) | undefined;
  /** Called with the code when it becomes complete (once per completion; again for a whole new code). */
  onComplete?: ((code: string) => void) | undefined;
  /** Text that was refused (not digits), with the reason; the code is left as it was. */
  onInvalid?: ((details: PinInvalidDetails) => void) | undefined;
  /** The input's name: the code is then in the form's `FormData` under it. */
  name?: string | undefined;
  /** Focuses the field when it mounts. @default false */
  autoFocus?: boolean | undefined;
  /** Turns the field off: no focus, no edits, dimmed slots. @default false */
  disabled?: boolean | undefined;
  /** The code can be read, focused and copied but not changed. @default false */
  readOnly?: boolean | undefined;
  /**
   * Marks the code as wrong (`aria-invalid`, `data-invalid`), e.g. after a rejected check.
   * @default true when `error` is set
   */
  invalid?: boolean | undefined;
  /** A message shown under the field, linked with `aria-describedby` and announced. Implies `invalid`. */
  error?: string | undefined;
  /** Draws dots instead of digits; the input becomes a password field, so screen readers do not speak them. @default false */
  mask?: boolean | undefined;
  /** Submits the enclosing form (`requestSubmit()`, so validation and `onSubmit` run) when the code completes. @default false */
  autoSubmit?: boolean | undefined;
  /** Draws a separator in the middle of the slots (`123 456`); the code itself has none. @default false */
  separator?: boolean | undefined;
  /** A visible label; without one the input is named by `messages.pinInputLabel` ("Verification code"). */
  label?: ReactNode;
  /** Strings to use instead of the locale's (see `UiMessagesProvider`). */
  messages?: Partial<PinInputMessages> | undefined;
  /** Fills the code from the SMS with the WebOTP API where the browser offers it (Chrome on Android). @default false */
  webOtp?: boolean | undefined;
  /** Classes of the outer element (`vk-pin-input` is always there). */
  className?: string | undefined;
  /** Style of the outer element, e.g. `--vk-*` custom properties. */
  style?: CSSProperties | undefined;
}

// Kept out of sight without the stylesheet too: a live region must never show.
const visuallyHidden: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
};

/**
 * The code field: one real `<input>` (autofill, paste, undo, forms, one tab stop) laid over drawn slots,
 * with the behaviour of `usePinInput`. Style it with `@verify-kit/ui/styles.css`, its `--vk-*` custom
 * properties, the `vk-pin-input*` classes and the `data-*` states. Its `ref` is the real `<input>`:
 * react-hook-form's `register`, `Controller` and `setFocus` work through it (`forwardRef`, for React 18).
 */
export const PinInput = forwardRef<HTMLInputElement, PinInputProps>(function PinInput(props, ref) {
  // `usePinInput` reads its options from `props` (`onComplete`, `autoSubmit` and the form reset are its own);
  // the rest goes to the real input, where the hook's `name`, `defaultValue` and `disabled` win (a `value`
  // would make the input controlled: it stays out).
  const {
    length = 6,
    value: _value,
    onChange,
    onComplete: _onComplete,
    onInvalid,
    invalid,
    error,
    mask,
    autoSubmit: _autoSubmit,
    separator,
    label,
    messages: overrides,
    webOtp,
    className,
    style,
    ...inputAttributes
  } = props;
  const messages = useUiMessages(pinInputMessages, overrides);
  const [notice, setNotice] = useState("");
  const isInvalid = invalid ?? error !== undefined;

  const pin = usePinInput({
    ...props,
    invalid: isInvalid,
    webOtp: webOtp && !props.readOnly,
    onChange: (code: string, details: PinChangeDetails) => {
      setNotice(code.length === length ? messages.pinInputComplete : "");
      const input = pin.inputRef.current as HTMLInputElement;
      onChange?.({ type: "change", value: code, target: input, currentTarget: input, ...details });
    },
    onInvalid: (details: PinInvalidDetails) => {
      setNotice(messages.pinInputDigitsOnly);
      onInvalid?.(details);
    },
  });

  // An error is announced when it appears or changes.
  const errorNotice = error ?? (isInvalid ? messages.pinInputInvalid : "");
  useEffect(() => setNotice(errorNotice), [errorNotice]);

  const states = { "data-readonly": props.readOnly ? "" : undefined, "data-masked": mask ? "" : undefined };
  const labelProps = pin.getLabelProps<LabelHTMLAttributes<HTMLLabelElement>>({
    className: "vk-pin-input__label",
  });
  const errorId = `${labelProps.htmlFor}-error`;

  return (
    <div className={className ? `vk-pin-input ${className}` : "vk-pin-input"} style={style}>
      {label !== undefined && (
        <label {...labelProps} htmlFor={labelProps.htmlFor}>
          {label}
        </label>
      )}
      <div {...pin.getRootProps({ className: "vk-pin-input__field", ...states })}>
        {pin.slots.flatMap((slot, index) => [
          separator && index === Math.ceil(length / 2) && (
            <span key="-" className="vk-pin-input__separator" aria-hidden />
          ),
          <span key={slot.index} {...pin.getSlotProps(index, { className: "vk-pin-input__slot", ...states })}>
            {mask && slot.char ? "•" : slot.char}
          </span>,
        ])}
        <input
          {...pin.getInputProps({
            "aria-label": label === undefined ? messages.pinInputLabel : undefined,
            ...inputAttributes,
            ref,
            className: "vk-pin-input__input",
            type: mask ? "password" : "text",
            "aria-describedby":
              [inputAttributes["aria-describedby"], error !== undefined && errorId]
                .filter(Boolean)
                .join(" ") || undefined,
          })}
        />
      </div>
      {error !== undefined && (
        <p id={errorId} className="vk-pin-input__error">
          {error}
        </p>
      )}
      <span className="vk-pin-input__status" role="status" style={visuallyHidden}>
        {notice}
      </span>
    </div>
  );
});
