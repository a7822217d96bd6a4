import {
  type CountryCode,
  failure,
  normalizeDigits,
  type Outcome,
  type PhoneNumber,
  type PhoneParser,
  VerifyError,
} from "@verify-kit/core";
import type { UiMessages } from "@verify-kit/core/texts";
import { h, setAttributes, setText, toggle, uniqueId } from "../support/dom.js";
import { whenIdle } from "../support/whenIdle.js";

type Rules = typeof import("./phoneRules.js");
let rules: Promise<Rules> | undefined;
let loadedRules: Rules | undefined;

/** The phone rules chunk, loaded once per page (asked again after a failed load: the network). */
export function loadPhoneRules(): Promise<Rules> {
  rules ??= import("./phoneRules.js").then(
    (module) => {
      loadedRules = module;
      return module;
    },
    (cause: unknown) => {
      rules = undefined;
      throw cause;
    },
  );
  return rules;
}

/** The phone rules chunk once loaded: always, by the time a flow changes state (a number was read first). */
export const phoneRules = (): Rules => {
  if (loadedRules === undefined) throw new Error("verify-kit: the phone rules are not loaded yet");
  return loadedRules;
};

const international = /^\s*(\+|00)/;
/** The digits of a number written the international way, after its `+` or `00`. */
const internationalDigits = (text: string) =>
  normalizeDigits(text)
    .replace(/^\s*00/, "")
    .replace(/\D/g, "");

/** The country of the browser's language (`fr-BE` -> BE, `fr` -> FR), without the metadata. */
function browserCountry(): string {
  for (const tag of navigator.languages ?? [navigator.language]) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // An unreadable tag: the next one.
    }
  }
  return "FR";
}

export interface PhoneFieldOptions {
  readonly texts: UiMessages;
  readonly locale: string;
  readonly phone: string;
  /** The country picked at first (`country` attribute), else the browser's. */
  readonly country: string | undefined;
  /** The countries offered (`countries` attribute); without it, those the server serves, else all. */
  readonly countries: readonly string[] | undefined;
  /** The countries the backend adapter serves (`GET /api/config`): asked only without `countries`. */
  readonly servedCountries: () => Promise<readonly string[] | undefined>;
  /** Every edit of the number or the country. */
  readonly onEdit: () => void;
}

/** The phone rules and the countries the field offers (undefined: every one). */
interface Prepared {
  readonly rules: Rules;
  readonly countries: readonly CountryCode[] | undefined;
}

/**
 * The phone field of both elements, in the light DOM with the kit's `vk-phone-field` classes: a native
 * country `<select>` over a face showing the flag's ISO code and dialling code, and a `tel` input with
 * `autocomplete="tel"` named by its `<label for>`.
 *
 * Nothing phone-related loads until the field is used (focused, hovered, typed into or autofilled) or the
 * browser is idle: then the phone rules chunk, the countries on offer (the `countries` attribute, else the
 * server's), and the numbering plans of those countries alone, through the page's phone runtime. Whatever
 * the input holds meanwhile stays in it and is read once they have come; a prefilled number loads only the
 * plans of its dialling code, and so does reading a number (`read`).
 */
export class PhoneFieldPart {
  readonly root: HTMLDivElement;
  readonly input: HTMLInputElement;
  readonly select: HTMLSelectElement;
  private readonly face: HTMLSpanElement;
  private readonly error: HTMLParagraphElement;
  private readonly options: PhoneFieldOptions;
  private country: string;
  private prepared: Promise<Prepared> | undefined;
  private loaded: Promise<void> | undefined;
  private readonly cancelIdle: () => void;

  constructor(options: PhoneFieldOptions) {
    this.options = options;
    const { texts, countries } = options;
    const wanted = (options.country ?? browserCountry()).toUpperCase();
    this.country = countries === undefined || countries.includes(wanted) ? wanted : (countries[0] ?? wanted);
    const inputId = uniqueId("phone");
    const errorId = `${inputId}-error`;
    this.select = h(
      "select",
      { class: "vk-phone-field__select", "aria-label": texts.phoneFieldCountry },
      h("option", { value: this.country }, this.country),
    );
    this.face = h("span", { class: "vk-phone-field__face", "aria-hidden": "true" });
    this.input = h("input", {
      id: inputId,
      class: "vk-phone-field__input",
      type: "tel",
      inputmode: "tel",
      autocomplete: "tel",
      spellcheck: "false",
      "data-vk-error-id": errorId,
    });
    this.input.value = options.phone;
    this.error = h("p", { id: errorId, class: "vk-field-error", hidden: true });
    this.root = h(
      "div",
      { class: "vk-phone-field" },
      h("label", { class: "vk-phone-field__label", for: inputId }, texts.phoneFieldLabel),
      // A number reads left to right in right-to-left pages too: dialling code first.
      h(
        "div",
        { class: "vk-phone-field__row", dir: "ltr" },
        h("div", { class: "vk-phone-field__country" }, this.select, this.face),
        this.input,
      ),
      this.error,
    );
    this.drawFace();
    const use = () => void this.use();
    this.root.addEventListener("focusin", use);
    this.root.addEventListener("pointerover", use);
    // The field in the page, untouched: once the browser has nothing else to do.
    this.cancelIdle = whenIdle(() => {
      if (this.root.isConnected) use();
    });
    if (options.phone !== "") void this.formatNumber();
    // Typed, pasted, or autofilled without a focus: read at once when the rules are there, else once loaded.
    this.input.addEventListener("input", () => {
      this.adoptInternational();
      use();
      this.options.onEdit();
    });
    this.select.addEventListener("change", () => {
      this.country = this.select.value;
      this.drawFace();
      this.options.onEdit();
    });
  }

  /** The rules chunk and the countries on offer, then the picker filled with them: once (again after a failure). */
  private prepare(): Promise<Prepared> {
    if (this.prepared === undefined) {
      const { countries, servedCountries } = this.options;
      const preparing = Promise.all([loadPhoneRules(), countries ?? servedCountries()]).then(
        ([loaded, offered]) => {
          const known = loaded.knownCountries(offered);
          this.fill(loaded, known);
          return { rules: loaded, countries: known };
        },
      );
      this.prepared = preparing;
      preparing.catch(() => {
        if (this.prepared === preparing) this.prepared = undefined;
      });
    }
    return this.prepared;
  }

  /**
   * Loads what the field needs (once; again at the next use after a failure): the rules, then the numbering
   * plans of the countries on offer; then reads what was typed, pasted or autofilled meanwhile. Never rejects.
   */
  private use(): Promise<void> {
    this.cancelIdle();
    if (this.loaded === undefined) {
      const loading = this.prepare().then(async ({ rules: loaded, countries }) => {
        await loaded.phoneRuntime.load(countries);
        this.adoptInternational();
      });
      this.loaded = loading.catch(() => {
        this.loaded = undefined;
      });
    }
    return this.loaded;
  }

  /** A prefilled number: the plans of its dialling code alone, then it is formatted and its country picked. */
  private async formatNumber() {
    try {
      const { rules: loaded } = await this.prepare();
      if (!international.test(this.input.value)) return;
      const countries = loaded.countriesOfNumber(`+${internationalDigits(this.input.value)}`);
      if (countries === undefined) return;
      await loaded.phoneRuntime.load(countries);
      // Given by the page (prefilled, or back after "Change number"): as dialled in its country, "06…".
      this.adoptInternational("domestic");
    } catch {
      // The network: the next use of the field loads again.
    }
  }

  /** The picker's countries, named in the page's language; the current one kept if offered. */
  private fill(loaded: Rules, countries: readonly CountryCode[] | undefined) {
    if (this.select.options.length > 1) return;
    if (countries !== undefined && !countries.includes(this.country as CountryCode)) {
      this.country = countries[0] as CountryCode;
    } else if (!loaded.isPhoneCountry(this.country)) {
      this.country = "FR";
    }
    const options = loaded
      .countryOptions(this.options.locale, countries)
      .map((option) => h("option", { value: option.code }, `${option.name} (+${option.callingCode})`));
    this.select.replaceChildren(...options);
    this.select.value = this.country;
    this.drawFace();
  }

  /**
   * A whole international number typed, pasted or autofilled: its country is picked (when offered), its
   * national part kept and formatted. Only once the plans of its dialling code have loaded.
   */
  private adoptInternational(shown: "national" | "domestic" = "national") {
    const text = this.input.value;
    if (!loadedRules || !international.test(text)) return;
    const digits = internationalDigits(text);
    const countries = loadedRules.countriesOfNumber(`+${digits}`);
    const parser = countries && loadedRules.phoneRuntime.parser(countries);
    const read = parser?.readInternational(digits, this.country as CountryCode);
    if (!parser || !read || !this.select.querySelector(`option[value="${read.country}"]`)) return;
    this.country = read.country;
    this.select.value = read.country;
    this.input.value = parser.formatNational(read[shown], read.country);
    this.drawFace();
  }

  private drawFace() {
    const code = loadedRules?.callingCodeOf(this.country);
    setText(this.face, code === undefined ? this.country : `${this.country} +${code}`);
  }

  /**
   * The number, checked by the kit's rules (`parsePhone`'s) in the chosen country, with the numbering plans
   * of its dialling code (loaded if the field has not loaded them yet: a number autofilled and sent at once).
   * A parser that cannot load is a `network_error`, to try again.
   */
  async read(): Promise<Outcome<PhoneNumber>> {
    let parser: PhoneParser;
    try {
      const loaded = await loadPhoneRules();
      const text = this.input.value;
      const number = international.test(text)
        ? `+${internationalDigits(text)}`
        : `+${loaded.callingCodeOf(this.country) ?? ""}`;
      parser = await loaded.phoneRuntime.load(
        loaded.countriesOfNumber(number) ?? [this.country as CountryCode],
      );
    } catch (cause) {
      return failure(new VerifyError("network_error", { detail: "the phone rules did not load", cause }));
    }
    this.adoptInternational();
    return parser.parse(this.input.value, { defaultCountry: this.country as CountryCode });
  }

  /** Shows `text` under the field (linked by `aria-describedby`), or clears it. */
  showError(text: string | undefined) {
    setText(this.error, text ?? "");
    toggle(this.error, text !== undefined);
    setAttributes(this.input, {
      "aria-invalid": text === undefined ? undefined : "true",
      "aria-describedby": text === undefined ? undefined : this.error.id,
    });
    setAttributes(this.root, { "data-invalid": text !== undefined });
  }
}
