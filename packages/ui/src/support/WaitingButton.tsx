import { useCountdown } from "@verify-kit/react";
import type { ReactNode, Ref } from "react";

/**
 * A button that waits: `aria-disabled` (still in the tab order, its label saying why) while `busy` or until
 * `until` (epoch ms, a time the flow's state holds), its label then `waitLabel(seconds)`. Only this button
 * re-renders as the seconds run. `submits`: the step's main action, which Enter in the step runs.
 */
export function WaitingButton({
  submits = false,
  busy = false,
  until,
  waitLabel,
  onClick,
  variant,
  buttonRef,
  children,
}: {
  readonly submits?: boolean;
  readonly busy?: boolean;
  readonly until: number | undefined;
  readonly waitLabel: (seconds: number) => string;
  readonly onClick?: (() => void) | undefined;
  readonly variant?: "secondary" | undefined;
  readonly buttonRef?: Ref<HTMLButtonElement> | undefined;
  readonly children: ReactNode;
}) {
  const seconds = useCountdown(until);
  const waiting = busy || seconds > 0;
  return (
    <button
      ref={buttonRef}
      type="button"
      className="vk-button"
      data-variant={variant}
      data-vk-submit={submits ? "" : undefined}
      aria-disabled={waiting || undefined}
      onClick={(event) => {
        if (waiting) event.preventDefault();
        else onClick?.();
      }}
    >
      {seconds > 0 ? waitLabel(seconds) : children}
    </button>
  );
}
