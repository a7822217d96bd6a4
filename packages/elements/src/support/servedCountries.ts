import type { VerificationAdapter } from "@verify-kit/core/flows";

// One question per adapter however many elements ask: the answer of the page's `GET /api/config`.
const asked = new WeakMap<VerificationAdapter, Promise<readonly string[] | undefined>>();
// Adapters whose answer has not come within the deadline: the fields that ask next (after "Change number",
// the SMS fallback's) take every country at once instead of waiting again, until it comes.
const overdue = new WeakSet<VerificationAdapter>();

/**
 * How long a phone field waits for the server's countries before it takes every country (a server that
 * does not answer): the React flows wait as long.
 */
export const servedCountriesDeadlineMs = 3_000;

/**
 * The countries the backend adapter serves (`allowedCountries` of `GET /api/config`, its `ALLOWED_COUNTRIES`),
 * or undefined when it serves every country, has no `getConfig`, could not be asked (asked again next
 * time), or has not answered within `servedCountriesDeadlineMs` (at once while that answer is overdue).
 */
export function servedCountries(adapter: VerificationAdapter): Promise<readonly string[] | undefined> {
  if (overdue.has(adapter)) return Promise.resolve(undefined);
  let answer = asked.get(adapter);
  if (answer === undefined) {
    answer =
      adapter.getConfig === undefined
        ? Promise.resolve(undefined)
        : adapter.getConfig().then(
            (config) => {
              if (!config.ok) asked.delete(adapter);
              return config.ok ? config.value.allowedCountries : undefined;
            },
            () => {
              asked.delete(adapter);
              return undefined;
            },
          );
    answer.then(() => overdue.delete(adapter));
    asked.set(adapter, answer);
  }
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    deadline = setTimeout(() => {
      overdue.add(adapter);
      resolve(undefined);
    }, servedCountriesDeadlineMs);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(deadline));
}
