/**
 * DQE's form of an E.164 number: the same digits without the `+` (`+33612345678` -> `33612345678`).
 * It only changes the form; a string without `+` comes back unchanged.
 */
export function e164ToDqe(e164: string): string {
  return e164.startsWith("+") ? e164.slice(1) : e164;
}

/**
 * The E.164 form of a number as DQE writes it (`33612345678` -> `+33612345678`).
 * It only changes the form and does not check the number: use `parseDqePhone` for that.
 * A string that already starts with `+` comes back unchanged.
 */
export function dqeToE164(dqe: string): string {
  return dqe.startsWith("+") ? dqe : `+${dqe}`;
}
