import type { PhoneNumber, VerifyError } from "@verify-kit/core";
import type { UiMessages } from "@verify-kit/core/texts";
import type { CountryCode } from "libphonenumber-js/max";
import { h, setAttributes, setText, toggle, uniqueId } from "../support/dom.js";

type Rules = typeof import("./phoneRules.js");
let rules: Promise<Rules> | undefined;
let loadedRules: Rules | undefined;

/** The phone rules chunk, loaded once per page. */
export function loadPhoneRules(): Promise<Rules> {
  rules ??= import("./phoneRules.js").then((module) => {
    loadedRules = module;
    return module;
  });
  return rules;
}

/** The phone rules chunk once loaded: always, by the time a flow changes state (a number was read first). */
export const phoneRules = (): Rules => {
  if (loadedRules === undefined) throw new Error("verify-kit: the phone rules are not loaded yet");
  return loadedRules;
};

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
  /** The countries offered (`countries` attribute), else all. */
  readonly countries: readonly string[] | undefined;
  /** Every edit of the number or the country. */
  readonly onEdit: () => void;
}

/**
 * The phone field of both elements, in the light DOM with the kit's `vk-phone-field` classes: a native
 * country `<select>` over a face showing the flag's ISO code and dialling code, and a `tel` input with
 * `autocomplete="tel"` named by its `<label for>`. The countries and the number rules come with the phone
 * rules chunk, loaded when the field is first focused or hovered (or at once for a prefilled number).
 */
export class PhoneFieldPart {
  readonly root: HTMLDivElement;
  readonly input: HTMLInputElement;
  readonly select: HTMLSelectElement;
  private readonly face: HTMLSpanElement;
  private readonly error: HTMLParagraphElement;
  private readonly options: PhoneFieldOptions;
  private country: string;

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
    const load = () => void this.useRules();
    this.root.addEventListener("focusin", load, { once: true });
    this.root.addEventListener("pointerover", load, { once: true });
    if (options.phone !== "") load();
    this.input.addEventListener("input", () => {
      this.adoptInternational();
      this.options.onEdit();
    });
    this.select.addEventListener("change", () => {
      this.country = this.select.value;
      this.drawFace();
      this.options.onEdit();
    });
  }

  /** Loads the rules (once), then fills the country list and reads a prefilled international number. */
  async useRules(): Promise<Rules> {
    const loaded = await loadPhoneRules();
    if (this.select.options.length <= 1) {
      const { countries, locale } = this.options;
      if (!loaded.isCountry(this.country)) this.country = "FR";
      const options = loaded
        .countryOptions(locale, countries)
        .map((option) => h("option", { value: option.code }, `${option.name} (+${option.callingCode})`));
      this.select.replaceChildren(...options);
      this.select.value = this.country;
      this.adoptInternational();
      this.drawFace();
    }
    return loaded;
  }

  /** A whole international number typed, pasted or autofilled: its country is picked, its national part kept. */
  private adoptInternational() {
    if (!loadedRules || !/^\s*(\+|00)/.test(this.input.value)) return;
    const read = loadedRules.readInternational(this.input.value);
    if (!read || !this.select.querySelector(`option[value="${read.country}"]`)) return;
    this.country = read.country;
    this.select.value = read.country;
    this.input.value = loadedRules.formatNational(read.national, read.country);
    this.drawFace();
  }

  private drawFace() {
    const code = loadedRules?.isCountry(this.country) ? ` +${loadedRules.callingCode(this.country)}` : "";
    setText(this.face, `${this.country}${code}`);
  }

  /** The number, checked by the kit's rules (`parsePhone` of `@verify-kit/core`) in the chosen country. */
  async read(): Promise<{ ok: true; value: PhoneNumber } | { ok: false; error: VerifyError }> {
    const loaded = await this.useRules();
    return loaded.parsePhone(this.input.value, { defaultCountry: this.country as CountryCode });
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
