import { type PinVerificationState, sessionOf } from "@verify-kit/core/flows";
import { useCallback, useSyncExternalStore } from "react";

/** Whole seconds from `now` until `until` (epoch ms), never below 0. */
export function secondsLeft(until: number | undefined, now: number): number {
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

/** Whole seconds from `since` (epoch ms) to `now`, never below 0. */
export function secondsSince(since: number | undefined, now: number): number {
  return since === undefined ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

// No clock on a server, nor while hydrating: the server's HTML cannot know the time the page is read at,
// and a prerender (Next's `cacheComponents`) refuses `Date.now()` in render. The real count follows at once.
const noClock = () => 0;

/**
 * Whole seconds to or from `at` (epoch ms), re-rendering the calling component when the number changes:
 * at most once a second, and never once a countdown reached 0.
 */
function useWholeSeconds(at: number | undefined, direction: "until" | "since"): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        if (at === undefined) return;
        const gap = direction === "until" ? at - Date.now() : Date.now() - at;
        if (direction === "until" && gap <= 0) return;
        // The next whole-second boundary, when the displayed number changes.
        const delay = direction === "until" ? gap % 1000 || 1000 : 1000 - (((gap % 1000) + 1000) % 1000);
        timer = setTimeout(() => {
          notify();
          schedule();
        }, delay);
      };
      schedule();
      return () => clearTimeout(timer);
    },
    [at, direction],
  );
  const read = () => (direction === "until" ? secondsLeft(at, Date.now()) : secondsSince(at, Date.now()));
  return useSyncExternalStore(subscribe, read, noClock);
}

/**
 * Whole seconds left until `until` (epoch ms). The component re-renders when the number changes, at most
 * once a second, and only the component that calls it: read countdowns in the small component that shows
 * them, not in the one that holds the flow. On a server and while hydrating it reads 0 without looking at
 * the clock.
 */
export function useCountdown(until: number | undefined): number {
  return useWholeSeconds(until, "until");
}

/**
 * Whole seconds since `since` (epoch ms), e.g. how long an operator check has waited; re-renders the
 * calling component once a second. On a server and while hydrating it reads 0 without looking at the clock.
 */
export function useElapsedSeconds(since: number | undefined): number {
  return useWholeSeconds(since, "since");
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
