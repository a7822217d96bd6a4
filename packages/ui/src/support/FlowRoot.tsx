import { type CSSProperties, type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import { LiveRegion, visuallyHidden } from "./LiveRegion.js";
import { useIsomorphicLayoutEffect } from "./useIsomorphicLayoutEffect.js";

/** How a flow takes part in the form around it: the verified number as a value, and whether it is required. */
export interface FlowFormProps {
  /**
   * Puts the verified number, E.164, in the surrounding form's `FormData` under this name (empty until
   * verified), and beside it, once verified by an adapter that has a proof secret, its signed proof under
   * `${name}_proof` (absent otherwise, so a form's fields stay as they were for hosts that don't use proofs):
   * check both on your backend with `readVerificationProof` of `@verify-kit/server` before trusting the number.
   */
  name?: string | undefined;
  /**
   * The surrounding form's native submit is refused until the number is verified (`setCustomValidity`, so
   * `form.checkValidity()` and `:invalid` see it too); the flow then says so and takes the focus.
   * @default false
   */
  required?: boolean | undefined;
}

interface FlowValue extends FlowFormProps {
  /** The verified number (E.164), `""` until then. */
  readonly value: string;
  /** The adapter's signed proof of the verification, `""` until then (or without a secret on the adapter). */
  readonly proof: string;
  /** Why the form may not be sent yet, in the flow's language. */
  readonly missingMessage: string;
  /** The form's submit was refused for this flow: announce it, and focus the step when `first` was refused. */
  readonly onMissing: (first: boolean) => void;
}

/**
 * The outer element of a flow: its classes and `data-step`/`data-status`, the live region, and its part in
 * the page's form. The flows render no `<form>` of their own (one inside the page's form would be invalid
 * HTML whose inner submit never arrives): Enter in any of their inputs runs the step's action (`onEnter`)
 * and never submits the page's form.
 */
export function FlowRoot(props: {
  /** Which flow: its class after `vk-flow`. */
  readonly flow: "phone-verification" | "number-verification";
  /** The app's classes. */
  readonly className: string | undefined;
  readonly style: CSSProperties | undefined;
  readonly step: string;
  readonly status: string;
  /** What the live region says now. */
  readonly announced: string;
  readonly onEnter?: (() => void) | undefined;
  /** Absent where an inner flow takes the form's part (the operator check's SMS fallback). */
  readonly form?: FlowValue | undefined;
  readonly children: ReactNode;
}) {
  const { form, status } = props;
  // The status the page's submit was refused in: its message stays until the flow moves on.
  const [refusedIn, setRefusedIn] = useState<string>();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Handled once, by the innermost flow; an IME's Enter ends its composition.
    if (event.key !== "Enter" || event.defaultPrevented || event.nativeEvent.isComposing) return;
    if ((event.target as Element).tagName !== "INPUT") return;
    event.preventDefault();
    props.onEnter?.();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Enter is delegated from the flow's own inputs
    <div
      className={`vk-flow vk-${props.flow}${props.className ? ` ${props.className}` : ""}`}
      style={props.style}
      data-step={props.step}
      data-status={status}
      onKeyDown={onKeyDown}
    >
      {props.children}
      {form && refusedIn === status ? <p className="vk-flow__alert">{form.missingMessage}</p> : null}
      {form ? (
        <FormValue
          {...form}
          onMissing={(first) => {
            setRefusedIn(status);
            form.onMissing(first);
          }}
        />
      ) : null}
      <LiveRegion text={props.announced} />
    </div>
  );
}

/**
 * The flow's value in the page's form. Required, it is an input out of sight and out of the tab order
 * (hidden inputs take no part in validation), invalid with `missingMessage` until verified; its `invalid`
 * event shows the flow's own message instead of a bubble pointing at nothing.
 */
function FormValue({ name, required, value, proof, missingMessage, onMissing }: FlowValue) {
  const input = useRef<HTMLInputElement>(null);
  useIsomorphicLayoutEffect(() => {
    input.current?.setCustomValidity(value === "" ? missingMessage : "");
  }, [value, missingMessage]);
  // The proof goes beside the number, under a name derived from it: the host's backend reads both. Without
  // one, no field: a host whose backend takes a fixed set of fields sees no new one.
  return (
    <>
      {name === undefined || proof === "" ? null : (
        <input type="hidden" name={`${name}_proof`} value={proof} />
      )}
      {!required ? (
        name === undefined ? null : (
          <input type="hidden" name={name} value={value} />
        )
      ) : (
        <input
          ref={input}
          name={name}
          value={value}
          onChange={() => undefined}
          tabIndex={-1}
          aria-hidden="true"
          autoComplete="off"
          style={visuallyHidden}
          onInvalid={(event) => {
            event.preventDefault();
            const self = event.currentTarget;
            const first = self.form?.querySelector("input:invalid, select:invalid, textarea:invalid");
            onMissing(!first || first === self);
          }}
        />
      )}
    </>
  );
}
