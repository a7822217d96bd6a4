import { normalizeDigits, type PhoneNumber, parsePhone, type VerifyError } from "@verify-kit/core";
import { type PhoneFieldMessages, phoneFieldMessages } from "@verify-kit/core/texts";
import { AsYouType, type CountryCode, getCountryCallingCode } from "libphonenumber-js/max";
import {
  type ChangeEvent,
  type ClipboardEvent,
  type CSSProperties,
  type FocusEvent,
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { mergeRefs } from "../support/mergeRefs.js";
import { useHydrated } from "../support/useHydrated.js";
import { useIsomorphicLayoutEffect } from "../support/useIsomorphicLayoutEffect.js";
import { useKitMessages } from "../support/useKitMessages.js";
import {
  browserLanguages,
  canDrawFlagEmoji,
  countryFromLanguages,
  countryOptions,
  flagEmoji,
  formatNational,
  readInternational,
} from "./countries.js";

/**
 * What `onChange` and `onBlur` receive. `target` carries the field's `name` and its form value (not the
 * formatted text on screen) and no `type`, so that react-hook-form's `register` stores `value`.
 */
export interface PhoneFieldChangeEvent {
  readonly type: "change" | "blur";
  readonly target: { readonly name: string; readonly value: string };
  /**
   * The number in international form: E.164 (`+33612345678`) once valid, the digits so far behind the
   * dialling code (`+33612`) before that, `""` when empty.
   */
  readonly value: string;
  readonly country: CountryCode;
  /** The checked number, when the field holds a valid one. */
  readonly phone: PhoneNumber | undefined;
  /** Why the number is not valid yet (`phone_empty`, `phone_too_short`, `phone_not_mobile`...). */
  readonly error: VerifyError | undefined;
}

/** Attributes passed to the number `<input>` (`aria-*`, `placeholder`, `autoComplete`...). */
type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | "value"
  | "defaultValue"
  | "onChange"
  | "onBlur"
  | "type"
  | "children"
  | "className"
  | "style"
  | "name"
  | "size"
>;

export interface PhoneFieldProps extends InputAttributes {
  /** The number, for a controlled field (international form, E.164 best); pair it with `onChange`. */
  value?: string | undefined;
  /** The first number of an uncontrolled field, international form (`+33612345678`). */
  defaultValue?: string | undefined;
  /** Every change of the number or the country. */
  onChange?: ((event: PhoneFieldChangeEvent) => void) | undefined;
  /** When the number input loses focus (react-hook-form's `onBlur`). */
  onBlur?: ((event: PhoneFieldChangeEvent) => void) | undefined;
  /** Puts the number, E.164, in the form's `FormData` under this name (a hidden input). */
  name?: string | undefined;
  /** The country picked at first. @default the country of the browser's language (`navigator.languages`) */
  defaultCountry?: CountryCode | undefined;
  /** The countries to offer. @default every country */
  countries?: readonly CountryCode[] | undefined;
  /** Refuse numbers that cannot receive an SMS, with "This is not a mobile number". @default true */
  requireMobile?: boolean | undefined;
  /** An error to show instead of the field's own (from the form or the server). */
  error?: string | undefined;
  /** A visible label. @default `messages.phoneFieldLabel` ("Mobile number") */
  label?: ReactNode;
  /** @default false */
  disabled?: boolean | undefined;
  /** Strings to use instead of the locale's (see `UiMessagesProvider`). */
  messages?: Partial<PhoneFieldMessages> | undefined;
  /** Classes of the outer element (`vk-phone-field` is always there). */
  className?: string | undefined;
  style?: CSSProperties | undefined;
}

interface Reading {
  readonly value: string;
  readonly phone: PhoneNumber | undefined;
  readonly error: VerifyError | undefined;
}

const digitsOf = (text: string) => normalizeDigits(text).replace(/\D/g, "");
const international = /^\s*(\+|00)/;

/** The number the field holds, checked with the kit's own rules (`parsePhone`). */
function readNumber(digits: string, country: CountryCode, requireMobile: boolean): Reading {
  const outcome = parsePhone(digits, { defaultCountry: country, requireMobile });
  if (outcome.ok) return { value: outcome.value.e164, phone: outcome.value, error: undefined };
  const typing = new AsYouType(country);
  typing.input(digits);
  const value =
    digits === "" ? "" : (typing.getNumberValue() ?? `+${getCountryCallingCode(country)}${digits}`);
  return { value, phone: undefined, error: outcome.error };
}

/** Where the caret goes in `text` to stand after `count` digits. */
function caretAfterDigits(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (/\d/.test(text[index] as string)) seen += 1;
    if (seen === count) return index + 1;
  }
  return text.length;
}

/**
 * A phone number field: a country picker (flag or ISO code and dialling code on its face; every country
 * named in the current language in a native list, searchable by typing) and the national number, formatted
 * as it is typed. A pasted or autofilled `+33 6 12 34 56 78` switches the country. Checked with
 * `parsePhone` of `@verify-kit/core`; the form gets E.164. Its `ref` is the number `<input>`: react-hook-form's
 * `register`, `Controller` and `setFocus` work through it (`forwardRef`, for React 18).
 */
export const PhoneField = forwardRef<HTMLInputElement, PhoneFieldProps>(function PhoneField(
  {
    value,
    defaultValue,
    onChange,
    onBlur,
    name,
    defaultCountry,
    countries,
    requireMobile = true,
    error,
    label,
    disabled = false,
    messages: overrides,
    className,
    style,
    id,
    ...inputAttributes
  },
  ref,
) {
  const { messages, locale } = useKitMessages(phoneFieldMessages, overrides);
  const ids = useId();
  const inputId = id ?? `${ids}number`;
  const errorId = `${ids}error`;
  const inputRef = useRef<HTMLInputElement | null>(null);

  // The browser's languages pick the first country only once the page is hydrated (or rendered in the
  // browser from the start): a server knows nothing of them, and the hydrating render must match its HTML.
  const hydrated = useHydrated();
  const preferred = useMemo(() => {
    const wanted = defaultCountry ?? (hydrated ? countryFromLanguages(browserLanguages(), "FR") : "FR");
    return countries === undefined || countries.includes(wanted) ? wanted : (countries[0] ?? wanted);
  }, [defaultCountry, hydrated, countries]);
  const [initial] = useState(() => {
    const start = value ?? defaultValue ?? "";
    if (start === "") return { country: undefined, text: "" };
    const read = readInternational(digitsOf(start.replace(/^\s*00/, "")), preferred);
    const { country, digits } =
      read && (countries === undefined || countries.includes(read.country))
        ? { country: read.country, digits: read.national }
        : { country: preferred, digits: digitsOf(start) };
    return { country, text: formatNational(digits, country) };
  });
  // The country the number or the user chose; until then, the preferred one.
  const [chosen, setCountry] = useState<CountryCode | undefined>(initial.country);
  const country = chosen ?? preferred;
  const [text, setText] = useState(initial.text);
  const [, setRevision] = useState(0);
  const [touched, setTouched] = useState(false);
  const [flags, setFlags] = useState(false);
  const caret = useRef<number | undefined>(undefined);
  const reading = readNumber(digitsOf(text), country, requireMobile);
  const emitted = useRef(reading.value);

  const mergedRef = useMemo(() => mergeRefs(inputRef, ref), [ref]);
  // Country names come from this runtime's `Intl`, whose wording differs between engines and versions:
  // ISO codes on a server and while hydrating, the names right after.
  const options = useMemo(
    () => countryOptions(hydrated ? locale : undefined, countries),
    [hydrated, locale, countries],
  );

  useEffect(() => setFlags(canDrawFlagEmoji()), []);

  // A press (mouse, touch, pen) in progress anywhere in the page, from pointerdown to pointerup; while one
  // is, a blur's error waits for its release (`pending`), so the click it makes lands where it was aimed.
  const pressing = useRef<boolean | (() => void)>(false);
  useEffect(() => {
    const page = inputRef.current?.ownerDocument;
    if (!page) return;
    const down = () => {
      pressing.current = true;
    };
    const up = () => {
      const pending = pressing.current;
      pressing.current = false;
      // After the click this release makes, not before it.
      if (typeof pending === "function") setTimeout(pending);
    };
    page.addEventListener("pointerdown", down, true);
    page.addEventListener("pointerup", up, true);
    page.addEventListener("pointercancel", up, true);
    return () => {
      page.removeEventListener("pointerdown", down, true);
      page.removeEventListener("pointerup", up, true);
      page.removeEventListener("pointercancel", up, true);
    };
  }, []);

  useIsomorphicLayoutEffect(() => {
    const input = inputRef.current;
    if (caret.current === undefined || input === null || document.activeElement !== input) return;
    input.setSelectionRange(caret.current, caret.current);
    caret.current = undefined;
  });

  function emit(type: "change" | "blur", next: Reading, nextCountry: CountryCode) {
    emitted.current = next.value;
    const handler = type === "change" ? onChange : onBlur;
    handler?.({
      type,
      target: { name: name ?? "", value: next.value },
      value: next.value,
      country: nextCountry,
      phone: next.phone,
      error: next.error,
    });
  }

  function commit(nextCountry: CountryCode, digits: string, digitsBeforeCaret: number) {
    const formatted = formatNational(digits, nextCountry);
    caret.current = caretAfterDigits(formatted, digitsBeforeCaret);
    setCountry(nextCountry);
    setText(formatted);
    setRevision((revision) => revision + 1);
    emit("change", readNumber(digits, nextCountry, requireMobile), nextCountry);
  }

  /** Takes a whole number written the international way; false when it names no country on offer. */
  function adoptInternational(raw: string): boolean {
    const read = readInternational(digitsOf(normalizeDigits(raw).replace(/^\s*00/, "")), country);
    if (read === undefined || (countries !== undefined && !countries.includes(read.country))) return false;
    commit(read.country, read.national, read.national.length);
    return true;
  }

  // A controlled value the field did not emit itself (a form's setValue, a reset).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new value from outside is adopted
  useEffect(() => {
    if (value === undefined || value === emitted.current) return;
    emitted.current = value;
    if (value === "") {
      setText("");
      return;
    }
    if (international.test(value)) adoptInternational(value);
  }, [value]);

  // A value written straight into the input before the first paint (react-hook-form's defaultValues): once.
  useIsomorphicLayoutEffect(() => {
    const written = inputRef.current?.value ?? "";
    if (written !== "" && written !== text && international.test(written)) adoptInternational(written);
  }, []);

  // A form reset (a reset button, react-hook-form's `reset()`) puts the first number back.
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const reset = () => {
      setCountry(initial.country);
      setText(initial.text);
      setTouched(false);
    };
    form.addEventListener("reset", reset);
    return () => form.removeEventListener("reset", reset);
  }, [initial]);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const raw = input.value;
    if (international.test(raw) && adoptInternational(raw)) return;
    if (international.test(raw)) {
      // `+3` names no country yet: keep it as typed until it does.
      setText(raw);
      return;
    }
    const position = input.selectionStart ?? raw.length;
    let digits = digitsOf(raw);
    let before = digitsOf(raw.slice(0, position)).length;
    // Backspace or Delete on a space removes nothing the formatting would not put back: take the digit beside it.
    const inputType = (event.nativeEvent as InputEvent).inputType;
    if (digits === digitsOf(text) && raw.length < text.length) {
      if (inputType === "deleteContentBackward" && before > 0) {
        digits = digits.slice(0, before - 1) + digits.slice(before);
        before -= 1;
      } else if (inputType === "deleteContentForward") {
        digits = digits.slice(0, before) + digits.slice(before + 1);
      }
    }
    commit(country, digits, before);
  }

  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    inputAttributes.onPaste?.(event);
    const pasted = event.clipboardData.getData("text");
    // A whole international number replaces the field, whatever was selected.
    if (!event.defaultPrevented && international.test(pasted) && adoptInternational(pasted))
      event.preventDefault();
  }

  function handleCountry(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.currentTarget.value as CountryCode;
    const digits = digitsOf(text);
    setCountry(next);
    setText(formatNational(digits, next));
    emit("change", readNumber(digits, next, requireMobile), next);
  }

  function handleBlur(event: FocusEvent<HTMLInputElement>) {
    // Leaving for the form's submit button: the submit reports the error. Showing it now would push the
    // button from under the pointer between press and release, and the click would be lost. Safari does not
    // focus a clicked button, so a press in progress also holds the error back until its release.
    // The flows have no form of their own: their step's main button says so with `data-vk-submit`.
    const next = event.relatedTarget;
    const field = event.currentTarget;
    const toSubmit =
      next instanceof HTMLButtonElement &&
      (next.type === "submit"
        ? next.form === field.form
        : next.hasAttribute("data-vk-submit") &&
          next.closest(".vk-flow__step") === field.closest(".vk-flow__step"));
    if (text !== "" && !toSubmit) {
      const show = () => setTouched(true);
      if (pressing.current) pressing.current = show;
      else show();
    }
    emit("blur", reading, country);
  }

  const ownError = touched && reading.error !== undefined ? messages[reading.error.code] : undefined;
  const shownError = error ?? ownError;
  const describedBy =
    [inputAttributes["aria-describedby"], shownError === undefined ? undefined : errorId]
      .filter(Boolean)
      .join(" ") || undefined;
  const callingCode = getCountryCallingCode(country);

  return (
    <div
      className={className ? `vk-phone-field ${className}` : "vk-phone-field"}
      style={style}
      data-invalid={shownError === undefined ? undefined : ""}
      data-disabled={disabled ? "" : undefined}
    >
      <label className="vk-phone-field__label" htmlFor={inputId}>
        {label ?? messages.phoneFieldLabel}
      </label>
      {/* A number reads left to right in right-to-left pages too: dialling code first. */}
      <div className="vk-phone-field__row" dir="ltr">
        <div className="vk-phone-field__country">
          <select
            className="vk-phone-field__select"
            aria-label={messages.phoneFieldCountry}
            value={country}
            onChange={handleCountry}
            disabled={disabled}
          >
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {messages.phoneFieldCountryOption
                  .replace("{country}", option.name)
                  .replace("{code}", option.callingCode)}
              </option>
            ))}
          </select>
          <span className="vk-phone-field__face" aria-hidden>
            <span className="vk-phone-field__flag" data-iso={flags ? undefined : ""}>
              {flags ? flagEmoji(country) : country}
            </span>
            <span className="vk-phone-field__code">+{callingCode}</span>
          </span>
        </div>
        <input
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          spellCheck={false}
          {...inputAttributes}
          ref={mergedRef}
          id={inputId}
          className="vk-phone-field__input"
          value={text}
          disabled={disabled}
          aria-invalid={shownError === undefined ? undefined : true}
          aria-describedby={describedBy}
          onChange={handleChange}
          onPaste={handlePaste}
          onBlur={handleBlur}
        />
      </div>
      {name === undefined ? null : <input type="hidden" name={name} value={reading.value} />}
      {shownError === undefined ? null : (
        <p id={errorId} className="vk-field-error">
          {shownError}
        </p>
      )}
    </div>
  );
});
