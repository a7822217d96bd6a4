import { type Clock, install } from "@sinonjs/fake-timers";

/**
 * Replaces `setTimeout`, `setInterval` and `Date` with a clock that moves only when told to, so that
 * minutes of waiting take milliseconds. Call `uninstall()` when done.
 */
export function installVirtualClock(): Clock {
  return install({
    now: Date.UTC(2026, 0, 5, 9, 0, 0),
    toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"],
  });
}

/**
 * Moves the virtual clock in steps until `done()` holds. Timers fire one by one at their exact time,
 * each followed by a real macrotask so that the promises they settle run before time moves on.
 */
export async function advanceUntil(
  clock: Clock,
  done: () => boolean,
  options: { readonly stepMs: number; readonly limitMs: number },
): Promise<void> {
  const deadline = clock.now + options.limitMs;
  while (!done()) {
    if (clock.now >= deadline) {
      throw new Error(`still waiting after ${options.limitMs / 1000} s of virtual time`);
    }
    await clock.tickAsync(options.stepMs);
  }
}
