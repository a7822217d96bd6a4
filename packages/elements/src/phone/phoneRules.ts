// The phone rules: a chunk of its own, loaded once the phone field is used (focused, hovered, typed into,
// autofilled, prefilled) or the browser is idle, so that the entry a page loads first stays small. It holds
// libphonenumber-js and the kit's rules over it, but no metadata: its phone runtime (core's
// `createPhoneRuntime`, as `@verify-kit/core/phone-runtime` builds the React kit's) loads the numbering plans
// of the countries in use, each a chunk of its own, or every country's metadata, when asked. What words a
// number for people comes with it: core's text helpers and the flows' cues (what to say, where focus goes).
// A flow only changes state once a number was read, so all of this is here by the first change.
import {
  type CountryCode,
  callingCodeOf,
  createPhoneParser,
  createPhoneRuntime,
  isPhoneCountry,
  loadCountryPlan,
  phoneCountries,
} from "@verify-kit/core";

export { callingCodeOf, countriesOfNumber, isPhoneCountry } from "@verify-kit/core";
export {
  attemptsLeftText,
  errorWithWaitText,
  numberVerificationCue,
  pinVerificationCue,
} from "@verify-kit/core/flows";
export { clock, displayPhone, fill, waitText } from "@verify-kit/core/texts";

/**
 * The elements' phone runtime, one per page. The parser is in this chunk rather than a chunk of its own, as
 * `@verify-kit/core/phone-runtime` has it: a field needs it as soon as it needs these rules (one request
 * fewer), and a parser chunk sharing core's errors with both the entry and this chunk would make the bundler
 * split them into a third chunk that the entry would load at once.
 */
export const phoneRuntime = createPhoneRuntime({
  parser: () => Promise.resolve(createPhoneParser),
  allCountries: () => import("libphonenumber-js/max/metadata").then((module) => module.default),
  country: loadCountryPlan,
});
/** The known countries of `codes` (ISO codes, any case), or undefined (every country) when none is. */
export function knownCountries(codes: readonly string[] | undefined): CountryCode[] | undefined {
  const known = codes?.map((code) => code.toUpperCase()).filter(isPhoneCountry);
  return known === undefined || known.length === 0 ? undefined : known;
}

/**
 * The countries (`only`, or all), named in `locale` and sorted as that language sorts, from the kit's table
 * of countries and dialling codes: no metadata needed.
 */
export function countryOptions(locale: string, only: readonly CountryCode[] | undefined) {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: "region" });
  } catch {
    names = undefined;
  }
  const collator = new Intl.Collator(locale);
  return (only ?? phoneCountries())
    .map((code) => ({ code, name: names?.of(code) ?? code, callingCode: callingCodeOf(code) ?? "" }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
