import type { CSSProperties, Ref } from "react";
import { type UsePinInput, type UsePinInputOptions, usePinInput } from "../pinInput/usePinInput.js";

export interface PinFieldProps extends UsePinInputOptions {
  /**
   * `overlay`: the input lies over the slots with transparent text (a press lands on the input);
   * `hidden`: the input is visually hidden and the slots take the presses.
   */
  readonly layout?: "overlay" | "hidden";
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onPin?: (pin: UsePinInput) => void;
}

const slotStyle: CSSProperties = {
  width: 40,
  height: 48,
  border: "1px solid #888",
  display: "flex",
  alignItems: "center",
  justifyContent: "center",
  fontSize: 24,
};

/** A PIN field as an app would build it on the hook: the markup the README recommends. */
export function PinField({ layout = "overlay", inputRef, onPin, ...options }: PinFieldProps) {
  const pin = usePinInput(options);
  onPin?.(pin);
  const inputStyle: CSSProperties =
    layout === "overlay"
      ? {
          position: "absolute",
          inset: 0,
          width: "100%",
          height: "100%",
          color: "transparent",
          caretColor: "transparent",
          background: "transparent",
          border: 0,
          outline: "none",
          fontSize: 24,
          letterSpacing: 30,
        }
      : {
          position: "absolute",
          width: 1,
          height: 1,
          padding: 0,
          margin: -1,
          overflow: "hidden",
          clipPath: "inset(50%)",
          whiteSpace: "nowrap",
          border: 0,
        };
  return (
    <div>
      <label {...pin.getLabelProps()} htmlFor={pin.getLabelProps().htmlFor}>
        Verification code
      </label>
      <div
        {...pin.getRootProps({
          style: { position: "relative", display: "flex", gap: 8, width: "max-content" },
        })}
      >
        {pin.slots.map((slot) => (
          <div
            key={slot.index}
            {...pin.getSlotProps(slot.index, { style: slotStyle })}
            data-testid={`slot-${slot.index}`}
          >
            {slot.char}
            {slot.hasCaret ? <span data-testid="caret">|</span> : null}
          </div>
        ))}
        <input {...pin.getInputProps({ ref: inputRef, style: inputStyle })} />
      </div>
    </div>
  );
}
