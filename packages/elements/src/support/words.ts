/** Whole seconds until `at` (epoch ms), 0 once past: what a countdown on screen shows. */
export const secondsUntil = (at: number | undefined, now = Date.now()) =>
  at === undefined ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
