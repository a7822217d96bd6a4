import { type PinVerificationState, sessionOf } from "@verify-kit/core/flows";
import { useCallback, useSyncExternalStore } from "react";

/** Whole seconds from `now` until `until` (epoch ms), never below 0. */
export function secondsLeft(until: number | undefined, now: number): number {
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * Whole seconds left until `until` (epoch ms). The component re-renders when the number changes, at most
 * once a second, and only the component that calls it: read countdowns in the small component that shows
 * them, not in the one that holds the flow.
 */
export function useCountdown(until: number | undefined): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        if (until === undefined) return;
        const left = until - Date.now();
        if (left <= 0) return;
        // The next whole-second boundary before `until`, when the displayed number drops by one.
        const delay = left % 1000 || 1000;
        timer = setTimeout(() => {
          notify();
          schedule();
        }, delay);
      };
      schedule();
      return () => clearTimeout(timer);
    },
    [until],
  );
  const read = () => secondsLeft(until, Date.now());
  return useSyncExternalStore(subscribe, read, read);
}

export interface ResendCountdown {
  /** Whole seconds until a resend is allowed; 0 when it is. */
  readonly resendIn: number;
  /** Whether `resend()` may be called now (a code was sent, resends are left, the cooldown is over). */
  readonly canResend: boolean;
}

/** The resend countdown of a PIN flow, re-rendering the calling component at most once a second. */
export function useResendCountdown(state: PinVerificationState): ResendCountdown {
  const session = sessionOf(state);
  const busy = state.status === "sending" || state.status === "checking";
  const resendIn = useCountdown(session?.resendAvailableAt);
  return {
    resendIn,
    canResend: session !== undefined && !busy && session.resendsLeft > 0 && resendIn === 0,
  };
}

/** Whole seconds until the sent code expires (0 when none is pending), at most one render a second. */
export function useExpiryCountdown(state: PinVerificationState): number {
  const session = sessionOf(state);
  return useCountdown(session?.expiresAt);
}
