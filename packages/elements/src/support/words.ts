/** `fill("{count} attempts left", { count: 2 })`: the values in place of their `{names}`. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The `one` or `other` form of a count in a language ("1 attempt", "2 attempts"; French "0 essai"). */
export function plural(locale: string, count: number, one: string, other: string): string {
  return fill(new Intl.PluralRules(locale).select(count) === "one" ? one : other, { count });
}

/** A wait as `Intl` words it ("in 42 seconds", "dans 5 minutes"), rounded up, as the React flows say it. */
export function inTime(seconds: number, locale: string): string {
  const minutes = Math.ceil(seconds / 60);
  const [count, unit] =
    seconds < 60
      ? [Math.ceil(seconds), "second" as const]
      : minutes < 120 && minutes % 60 !== 0
        ? [minutes, "minute" as const]
        : [Math.ceil(minutes / 60), "hour" as const];
  try {
    return new Intl.RelativeTimeFormat(locale).format(count, unit);
  } catch {
    return new Intl.RelativeTimeFormat("en").format(count, unit);
  }
}

/** A template saying how long to wait: `{when}`. */
export const waitText = (template: string, seconds: number, locale: string) =>
  fill(template, { when: inTime(seconds, locale), seconds });

/** Minutes and seconds: `2:05`. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** Whole seconds until `at` (epoch ms), 0 once past. */
export const secondsUntil = (at: number | undefined, now = Date.now()) =>
  at === undefined ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
