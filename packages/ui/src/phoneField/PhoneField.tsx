import {
  type CountryCode,
  callingCodeOf,
  normalizeDigits,
  type PhoneNumber,
  type PhoneParser,
  VerifyError,
} from "@verify-kit/core";
import { phoneRuntime } from "@verify-kit/core/phone-runtime";
import { type PhoneFieldMessages, phoneFieldMessages } from "@verify-kit/core/texts";
import {
  type ChangeEvent,
  type ClipboardEvent,
  type CSSProperties,
  type FocusEvent,
  type ForwardedRef,
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  Suspense,
  useContext,
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
import { usePhoneParser } from "../support/usePhoneParser.js";
import { whenIdle } from "../support/whenIdle.js";
import {
  browserLanguages,
  canDrawFlagEmoji,
  countryFromLanguages,
  countryOptions,
  flagEmoji,
} from "./countries.js";
import { DeferPhoneLoad } from "./DeferPhoneLoad.js";

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
  /**
   * True while the phone metadata is still loading (a number typed or autofilled right after the page
   * loaded): `phone` and `error` are not known yet, `value` is the digits behind the dialling code as
   * typed. Another change follows once it has loaded.
   */
  readonly pending: boolean;
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
  /**
   * The countries to offer. The field then loads their numbering plans alone (a small chunk each) rather
   * than every country's. @default every country
   */
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
  readonly pending: boolean;
}

const digitsOf = (text: string) => normalizeDigits(text).replace(/\D/g, "");
const international = /^\s*(\+|00)/;
const internationalDigits = (text: string) => digitsOf(normalizeDigits(text).replace(/^\s*00/, ""));

/** The number the field holds, checked with the kit's own rules (`parsePhone`'s). */
function readNumber(
  parser: PhoneParser,
  digits: string,
  country: CountryCode,
  requireMobile: boolean,
): Reading {
  const outcome = parser.parse(digits, { defaultCountry: country, requireMobile });
  if (outcome.ok)
    return { value: outcome.value.e164, phone: outcome.value, error: undefined, pending: false };
  return {
    value: parser.typedNumber(digits, country),
    phone: undefined,
    error: outcome.error,
    pending: false,
  };
}

/** What the field holds before the metadata has loaded: its digits, unchecked. */
function pendingNumber(text: string, country: CountryCode): Reading {
  const digits = international.test(text) ? internationalDigits(text) : digitsOf(text);
  if (digits === "")
    return { value: "", phone: undefined, error: new VerifyError("phone_empty"), pending: false };
  const value = international.test(text) ? `+${digits}` : `+${callingCodeOf(country) ?? ""}${digits}`;
  return { value, phone: undefined, error: undefined, pending: true };
}

/**
 * The first country and text of a field that starts with `start`; as given while there is no parser. A number
 * the field is given shows the way it is dialled inside its country (`06 11 22 33 44`, trunk prefix and all),
 * as the user would type it: the number typed before "Change number" comes back as it was typed.
 */
function startOf(
  start: string,
  preferred: CountryCode,
  countries: readonly CountryCode[] | undefined,
  parser: PhoneParser | undefined,
): { readonly country: CountryCode | undefined; readonly text: string } {
  if (start === "" || parser === undefined) return { country: undefined, text: start };
  const read = parser.readInternational(internationalDigits(start), preferred);
  const { country, digits } =
    read && (countries === undefined || countries.includes(read.country))
      ? { country: read.country, digits: read.domestic }
      : { country: preferred, digits: digitsOf(start) };
  return { country, text: parser.formatNational(digits, country) };
}

// A load that failed while hydrating: the field hydrates without the metadata from then on.
let hydrationLoadFailed = false;

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
export const PhoneField = forwardRef<HTMLInputElement, PhoneFieldProps>(function PhoneField(props, ref) {
  // Only a field that starts with a number can wait to hydrate (see below): it gets a boundary of its own,
  // so that it holds back no other part of the page. Decided once (a boundary appearing later would remount
  // the field). Others get none: React 18 drops a still-hydrating boundary to client rendering, with an
  // error, when the flow around it re-renders first.
  const [waits] = useState(() => (props.value ?? props.defaultValue ?? "") !== "");
  const body = <PhoneFieldBody {...props} forwardedRef={ref} />;
  return waits ? <Suspense fallback={null}>{body}</Suspense> : body;
});

function PhoneFieldBody({
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
  forwardedRef: ref,
  ...inputAttributes
}: PhoneFieldProps & { readonly forwardedRef: ForwardedRef<HTMLInputElement> }) {
  const { messages, locale } = useKitMessages(phoneFieldMessages, overrides);
  const ids = useId();
  const inputId = id ?? `${ids}number`;
  const errorId = `${ids}error`;
  const hintId = `${ids}hint`;
  const inputRef = useRef<HTMLInputElement | null>(null);

  // The browser's languages pick the first country only once the page is hydrated (or rendered in the
  // browser from the start): a server knows nothing of them, and the hydrating render must match its HTML.
  const hydrated = useHydrated();
  const parser = usePhoneParser(countries);
  const start = value ?? defaultValue ?? "";
  // A server formats a number it renders with the full metadata. Hydrating that HTML needs the same
  // formatting, so a field with a number waits for the metadata; the server's HTML stays meanwhile, and
  // takes input (adopted once hydrated, below). Fields without a number render the same either way.
  if (parser === undefined && !hydrated && start !== "" && !hydrationLoadFailed) {
    throw phoneRuntime.load(countries).then(
      () => undefined,
      () => {
        hydrationLoadFailed = true;
      },
    );
  }
  const preferred = useMemo(() => {
    const wanted = defaultCountry ?? (hydrated ? countryFromLanguages(browserLanguages(), "FR") : "FR");
    return countries === undefined || countries.includes(wanted) ? wanted : (countries[0] ?? wanted);
  }, [defaultCountry, hydrated, countries]);
  const [initial] = useState(() => ({ start, ...startOf(start, preferred, countries, parser) }));
  // The country the number or the user chose; until then, the preferred one.
  const [chosen, setChosen] = useState<CountryCode | undefined>(initial.country);
  const country = chosen ?? preferred;
  // The country picked in the list, the one the field returns to when the number that brought another goes.
  const [picked, setPicked] = useState<CountryCode | undefined>(undefined);
  const home = picked ?? preferred;
  // The country before the last change of country: a number of it typed after the change gets a hint.
  const [previous, setPrevious] = useState<CountryCode | undefined>(undefined);
  const [text, setText] = useState(initial.text);
  const [, setRevision] = useState(0);
  const [touched, setTouched] = useState(false);
  const [flags, setFlags] = useState(false);
  const caret = useRef<number | undefined>(undefined);
  // What the paste in progress inserts (the input event that follows has no `data` for it).
  const pasting = useRef<string | undefined>(undefined);
  // The text holds input the parser has not read yet (typed, pasted or autofilled before it loaded).
  const queued = useRef(parser === undefined && initial.text !== "");
  // The number the app gave the field (its start, a controlled value, a form library's default): until the
  // user changes it, it shows as dialled in its country.
  const given = useRef(initial.start);
  const reading = parser
    ? readNumber(parser, digitsOf(text), country, requireMobile)
    : pendingNumber(text, country);
  const emitted = useRef(reading.value);

  // While the flow around asks which countries to load, a load is only remembered: made once it knows.
  const deferred = useContext(DeferPhoneLoad);
  const wanted = useRef(false);

  /** Loads the parser; a failure (the network) is tried again at the next focus or input. */
  function load() {
    if (deferred) wanted.current = true;
    else phoneRuntime.load(countries).catch(() => undefined);
  }

  const mergedRef = useMemo(() => mergeRefs(inputRef, ref), [ref]);
  // Country names come from this runtime's `Intl`, whose wording differs between engines and versions:
  // ISO codes on a server and while hydrating, the names right after.
  const options = useMemo(
    () => countryOptions(hydrated ? locale : undefined, countries),
    [hydrated, locale, countries],
  );

  useEffect(() => setFlags(canDrawFlagEmoji()), []);

  // The metadata comes when the field is first used, or once the browser is idle, once the flow around it
  // knows which countries to load; at once for a number to format.
  // biome-ignore lint/correctness/useExhaustiveDependencies: until the parser is there, whatever asks first
  useEffect(() => {
    if (parser !== undefined) return;
    if (queued.current || wanted.current) load();
    else if (!deferred) return whenIdle(load);
  }, [parser === undefined, deferred]);

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
      pending: next.pending,
    });
  }

  function setCountry(next: CountryCode | undefined) {
    if (next !== undefined && next !== country) setPrevious(country);
    setChosen(next);
  }

  function commit(nextCountry: CountryCode, digits: string, digitsBeforeCaret: number) {
    if (parser === undefined) return;
    const formatted = parser.formatNational(digits, nextCountry);
    caret.current = caretAfterDigits(formatted, digitsBeforeCaret);
    setCountry(nextCountry);
    setText(formatted);
    setRevision((revision) => revision + 1);
    if (parser) emit("change", readNumber(parser, digits, nextCountry, requireMobile), nextCountry);
  }

  /**
   * Takes a whole number written the international way; false when it names no country on offer. Typed or
   * pasted, it shows as it came (behind its dialling code); `given` by the app, as dialled in its country.
   */
  function adoptInternational(raw: string, given = false): boolean {
    if (parser === undefined) return false;
    const read = parser.readInternational(internationalDigits(raw), country);
    if (read === undefined || (countries !== undefined && !countries.includes(read.country))) return false;
    const digits = given ? read.domestic : read.national;
    commit(read.country, digits, digits.length);
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
    if (parser === undefined && international.test(value)) {
      queued.current = true;
      given.current = value;
      setText(value);
      load();
    } else if (international.test(value)) adoptInternational(value, true);
  }, [value]);

  // A value written straight into the input before the first paint (react-hook-form's defaultValues), or
  // typed into the server's HTML before it was hydrated: once.
  useIsomorphicLayoutEffect(() => {
    const written = inputRef.current?.value ?? "";
    if (written === "" || written === text) return;
    given.current = written;
    take(written, written.length);
  }, []);

  // The metadata has come: what was typed meanwhile is read, formatted and checked, in the order typed.
  useIsomorphicLayoutEffect(() => {
    if (parser === undefined || !queued.current) return;
    queued.current = false;
    const input = inputRef.current;
    const focused = input !== null && input.ownerDocument.activeElement === input;
    take(text, focused ? (input.selectionStart ?? text.length) : text.length);
  }, [parser]);

  // A form reset (a reset button, react-hook-form's `reset()`) puts the first number back.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first number, read by the latest parser
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const reset = () => {
      const first = startOf(initial.start, preferred, countries, parser);
      queued.current = parser === undefined && first.text !== "";
      given.current = initial.start;
      setChosen(first.country);
      setPicked(undefined);
      setPrevious(undefined);
      setText(first.text);
      setTouched(false);
    };
    form.addEventListener("reset", reset);
    return () => form.removeEventListener("reset", reset);
  }, [initial, parser]);

  /**
   * Takes what the input holds (typed, pasted, autofilled, or queued) as the field's text, the caret
   * `position` characters in. Before the metadata has loaded, kept as it is: nothing is lost or reordered.
   */
  function take(raw: string, position: number, inputType?: string, fresh = false) {
    if (parser === undefined) {
      queued.current = true;
      setText(raw);
      emit("change", pendingNumber(raw, country), country);
      load();
      return;
    }
    // A number the app gave the field, still as given, shows as dialled in its country.
    if (international.test(raw) && adoptInternational(raw, raw === given.current)) return;
    if (international.test(raw)) {
      // `+3` names no country yet: keep it as typed until it does.
      setText(raw);
      return;
    }
    let digits = digitsOf(raw);
    let before = digitsOf(raw.slice(0, position)).length;
    // Backspace or Delete on a space removes nothing the formatting would not put back: take the digit beside it.
    if (digits === digitsOf(text) && raw.length < text.length) {
      if (inputType === "deleteContentBackward" && before > 0) {
        digits = digits.slice(0, before - 1) + digits.slice(before);
        before -= 1;
      } else if (inputType === "deleteContentForward") {
        digits = digits.slice(0, before) + digits.slice(before + 1);
      }
    }
    // A fresh start (the number emptied, or replaced whole by what was just typed or pasted): a country that
    // came with the number it replaces goes with it, back to the one picked in the list, else the page's.
    commit(fresh || digits === "" ? home : country, digits, before);
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const raw = input.value;
    const { inputType, data } = event.nativeEvent as InputEvent;
    const inserted = inputType === "insertFromPaste" ? pasting.current : data;
    pasting.current = undefined;
    const fresh = text !== "" && inserted != null && raw === inserted;
    take(raw, input.selectionStart ?? raw.length, inputType, fresh);
  }

  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    inputAttributes.onPaste?.(event);
    const pasted = event.clipboardData.getData("text");
    pasting.current = pasted;
    if (event.defaultPrevented || !international.test(pasted)) return;
    // A whole international number replaces the field, whatever was selected (and whatever has loaded).
    if (parser === undefined) take(pasted.trim(), pasted.trim().length);
    else if (!adoptInternational(pasted)) return;
    event.preventDefault();
  }

  function handleCountry(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.currentTarget.value as CountryCode;
    setCountry(next);
    setPicked(next);
    if (parser === undefined) {
      emit("change", pendingNumber(text, next), next);
      return;
    }
    const digits = digitsOf(text);
    setText(parser.formatNational(digits, next));
    emit("change", readNumber(parser, digits, next, requireMobile), next);
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
  // A number typed the national way that is not one of this country but a mobile number of the previous
  // country or the page's (a +44 number pasted before, then a French 06...): the error says which.
  const otherCountry =
    shownError === undefined ||
    parser === undefined ||
    reading.phone !== undefined ||
    international.test(text)
      ? undefined
      : [previous, preferred].find(
          (other): other is CountryCode =>
            other !== undefined &&
            other !== country &&
            (countries === undefined || countries.includes(other)) &&
            parser.parse(digitsOf(text), { defaultCountry: other, requireMobile: true }).ok,
        );
  const otherOption = options.find((option) => option.code === otherCountry);
  const describedBy =
    [
      inputAttributes["aria-describedby"],
      shownError === undefined ? undefined : errorId,
      otherOption === undefined ? undefined : hintId,
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  const callingCode = callingCodeOf(country);
  const optionText = (option: { readonly name: string; readonly callingCode: string }) =>
    messages.phoneFieldCountryOption.replace("{country}", option.name).replace("{code}", option.callingCode);

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
            onFocus={load}
            disabled={disabled}
          >
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {optionText(option)}
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
          onFocus={(event) => {
            inputAttributes.onFocus?.(event);
            load();
          }}
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
      {otherOption === undefined ? null : (
        <p id={hintId} className="vk-field-hint">
          {messages.phoneFieldOtherCountry.replace("{country}", optionText(otherOption))}
        </p>
      )}
    </div>
  );
}
