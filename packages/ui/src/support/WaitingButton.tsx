import { useCountdown } from "@verify-kit/react";
import type { ReactNode, Ref } from "react";
import { Progress } from "./Progress.js";

// The face not shown keeps its room but is neither seen nor read, with or without the stylesheet.
const unseen = { visibility: "hidden" } as const;

/**
 * A button that waits: `aria-disabled` (still in the tab order, its label saying why) while `busy` or until
 * `until` (epoch ms, a time the flow's state holds), its label then `waitLabel(seconds)`. Only this button
 * re-renders as the seconds run. `submits`: the step's main action, which Enter in the step runs.
 *
 * With a `progressLabel`, the button also says when its own request is in flight (`progress`): `aria-busy`,
 * and a turning ring beside that label. Both labels share one cell, so the button keeps its size from idle
 * to busy and back; the flow's live region says the step once, the button adds nothing to it.
 */
export function WaitingButton({
  submits = false,
  busy = false,
  progress = false,
  progressLabel,
  until,
  waitLabel,
  onClick,
  variant,
  buttonRef,
  children,
}: {
  readonly submits?: boolean;
  readonly busy?: boolean;
  /** This button's request is in flight (implies `busy`); shown only with a `progressLabel`. */
  readonly progress?: boolean;
  readonly progressLabel?: ReactNode;
  readonly until?: number | undefined;
  readonly waitLabel?: ((seconds: number) => string) | undefined;
  readonly onClick?: (() => void) | undefined;
  readonly variant?: "secondary" | undefined;
  readonly buttonRef?: Ref<HTMLButtonElement> | undefined;
  readonly children: ReactNode;
}) {
  const seconds = useCountdown(until);
  const waiting = busy || progress || seconds > 0;
  const label = seconds > 0 && waitLabel ? waitLabel(seconds) : children;
  const inFlight = progress && progressLabel !== undefined;
  return (
    <button
      ref={buttonRef}
      type="button"
      className="vk-button"
      data-variant={variant}
      data-vk-submit={submits ? "" : undefined}
      aria-disabled={waiting || undefined}
      aria-busy={inFlight || undefined}
      onClick={(event) => {
        if (waiting) event.preventDefault();
        else onClick?.();
      }}
    >
      {progressLabel === undefined ? (
        label
      ) : (
        <span className="vk-button__faces">
          <span
            className="vk-button__face"
            aria-hidden={inFlight || undefined}
            style={inFlight ? unseen : undefined}
          >
            {label}
          </span>
          <span
            className="vk-button__face"
            aria-hidden={!inFlight || undefined}
            style={inFlight ? undefined : unseen}
          >
            <Progress />
            {progressLabel}
          </span>
        </span>
      )}
    </button>
  );
}
