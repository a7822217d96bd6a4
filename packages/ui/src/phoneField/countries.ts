import {
  AsYouType,
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
} from "libphonenumber-js/max";

/** A country of the picker. */
export interface CountryOption {
  readonly code: CountryCode;
  /**
   * Its name in the current language (`Intl.DisplayNames`); the ISO code where the browser has none, and on
   * a server and while hydrating (names differ between runtimes).
   */
  readonly name: string;
  /** Its dialling code without `+`: `"33"`. */
  readonly callingCode: string;
}

const optionsByLocale = new Map<string | undefined, readonly CountryOption[]>();

/**
 * The countries, named in `locale` and sorted the way that language sorts (computed once per language);
 * with no `locale`, named by their ISO codes in code order, the same in every runtime.
 */
export function countryOptions(
  locale: string | undefined,
  only?: readonly CountryCode[],
): readonly CountryOption[] {
  const all = optionsByLocale.get(locale) ?? allCountryOptions(locale);
  optionsByLocale.set(locale, all);
  return only === undefined ? all : all.filter((option) => only.includes(option.code));
}

function allCountryOptions(locale: string | undefined): readonly CountryOption[] {
  const codes = getCountries().map((code) => ({
    code,
    name: code,
    callingCode: getCountryCallingCode(code),
  }));
  if (locale === undefined) return codes.sort((a, b) => (a.code < b.code ? -1 : 1));
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: "region" });
  } catch {
    names = undefined;
  }
  const collator = new Intl.Collator(locale);
  return codes
    .map((option) => ({ ...option, name: names?.of(option.code) ?? option.code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The country of the first of the browser's languages that names one (`fr-BE` -> BE), else the region its
 * language is most spoken in (`fr` -> FR), else `fallback`.
 */
export function countryFromLanguages(
  languages: readonly string[] | undefined,
  fallback: CountryCode,
): CountryCode {
  for (const tag of languages ?? []) {
    try {
      const locale = new Intl.Locale(tag);
      const region = locale.region ?? locale.maximize().region;
      if (region !== undefined && isSupportedCountry(region)) return region;
    } catch {
      // An unreadable language tag: try the next one.
    }
  }
  return fallback;
}

/** The browser's languages, or none outside a browser (server rendering). */
export function browserLanguages(): readonly string[] | undefined {
  if (typeof navigator === "undefined") return undefined;
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The flag emoji of a country: its two regional indicator symbols. */
export function flagEmoji(code: string): string {
  return String.fromCodePoint(...Array.from(code, (letter) => 0x1f1a5 + letter.charCodeAt(0)));
}

let flagsDrawn: boolean | undefined;

/**
 * Whether the platform draws flag emoji in colour. Windows draws the two letters instead, so the picker
 * shows the ISO code there rather than letters in boxes. Measured once, on a canvas (never outside a
 * browser, where there is neither document nor canvas).
 */
export function canDrawFlagEmoji(): boolean {
  if (flagsDrawn === undefined) {
    flagsDrawn = false;
    try {
      const context = document
        .createElement("canvas")
        .getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D;
      context.font = "24px sans-serif";
      context.textBaseline = "top";
      context.fillText(flagEmoji("FR"), 0, 0);
      const pixels = context.getImageData(0, 0, 32, 32).data;
      for (let index = 0; index < pixels.length && !flagsDrawn; index += 4) {
        const [red = 0, green = 0, blue = 0, alpha = 0] = pixels.subarray(index, index + 4);
        // Letters are drawn in one grey; a flag has colour.
        flagsDrawn = alpha > 0 && (Math.abs(red - green) > 40 || Math.abs(green - blue) > 40);
      }
    } catch {
      flagsDrawn = false;
    }
  }
  return flagsDrawn;
}

// Where a dialling code is shared (+1, +44, +7...), the country it is read as until the number tells.
const mainCountries: Readonly<Record<string, CountryCode>> = {
  "1": "US",
  "7": "RU",
  "39": "IT",
  "44": "GB",
  "47": "NO",
  "61": "AU",
  "212": "MA",
  "262": "RE",
  "290": "SH",
  "358": "FI",
  "590": "GP",
  "599": "CW",
};

/** A number written the international way (`+33 6...`, `0033 6...`), split into its country and national digits. */
export function readInternational(
  digits: string,
  current: CountryCode,
): { readonly country: CountryCode; readonly national: string } | undefined {
  const typing = new AsYouType();
  typing.input(`+${digits}`);
  const callingCode = typing.getCallingCode();
  if (callingCode === undefined) return undefined;
  const country =
    typing.getCountry() ??
    (getCountryCallingCode(current) === callingCode ? current : mainCountries[callingCode]) ??
    getCountries().find((code) => getCountryCallingCode(code) === callingCode);
  if (country === undefined) return undefined;
  return { country, national: digits.slice(callingCode.length) };
}

/**
 * National digits formatted the way `country` writes them, as far as they go: `0612` -> `06 12`. Digits
 * without the trunk prefix (`612345678`, as pasted from `+33 6 12...`) get the international grouping.
 */
export function formatNational(digits: string, country: CountryCode): string {
  if (digits === "") return "";
  const national = new AsYouType(country).input(digits);
  if (/\D/.test(national) || digits.length < 4) return national;
  const callingCode = getCountryCallingCode(country);
  const international = new AsYouType(country).input(`+${callingCode}${digits}`);
  const prefix = `+${callingCode} `;
  return international.startsWith(prefix) ? international.slice(prefix.length) : national;
}
