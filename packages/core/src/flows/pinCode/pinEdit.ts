import { type NormalizedPinText, normalizePinText } from "./normalizePinText.js";

/** A selection in the code, as in an `<input>`: `start === end` is a caret. */
export interface PinSelection {
  readonly start: number;
  readonly end: number;
}

/** One change to the text: `text` replaced the characters from `start` to `end` of the old value. */
export interface PinTextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type PinEditResult =
  | {
      readonly ok: true;
      readonly value: string;
      readonly selection: PinSelection;
      /** Digits were cut to fit the length. */
      readonly clamped: boolean;
      /** The text was a whole code and replaced the value (paste, autofill, WebOTP). */
      readonly wholeCode: boolean;
    }
  | Extract<NormalizedPinText, { ok: false }>;

/**
 * Finds what an edit of an `<input>` changed, from the value and selection before it and the value after:
 * the common prefix and suffix of the two values, each no longer than the text outside the selection. When
 * the selection explains the new value (typing over it, inserting at the caret), the change is exactly the
 * selection's; otherwise (Backspace at a caret, autofill, IME) it is the smallest change next to it, so that
 * an edit inside a run of equal digits lands where it happened.
 */
export function findTextChange(
  before: string,
  selection: PinSelection | undefined,
  after: string,
): PinTextChange {
  const { start: head = before.length, end: tailStart = 0 } = selection ?? {};
  let start = 0;
  let end = before.length;
  let tail = after.length;
  while (start < head && before[start] === after[start]) start += 1;
  while (end > tailStart && end > start && tail > start && before[end - 1] === after[tail - 1]) {
    end -= 1;
    tail -= 1;
  }
  return { start, end, text: after.slice(start, tail) };
}

/**
 * Applies a change to a code of `length` digits through the normalisation pipeline. Text holding a whole
 * code replaces the value wherever it lands (an SMS autofill into a half-typed field, a paste over one
 * slot); shorter text goes where the selection was. After inserting, the next filled slot is selected so
 * that typing goes on over it; after a deletion the caret stays where the digit was.
 */
export function applyPinEdit(value: string, change: PinTextChange, length: number): PinEditResult {
  const normalised = normalizePinText(change.text);
  if (!normalised.ok) return normalised;
  const { digits } = normalised;
  const wholeCode = digits.length >= length;
  const joined = wholeCode ? digits : value.slice(0, change.start) + digits + value.slice(change.end);
  const next = joined.slice(0, length);
  const caret = wholeCode ? length : Math.min(change.start + digits.length, next.length);
  return {
    ok: true,
    value: next,
    selection: { start: caret, end: digits && caret < next.length ? caret + 1 : caret },
    clamped: joined.length > length,
    wholeCode,
  };
}

/**
 * The selection that makes slot `index` the active one: its digit selected when it has one (typing
 * replaces it), else the caret after the last digit (digits never have gaps).
 */
export function slotSelection(value: string, index: number): PinSelection {
  const slot = Math.max(0, Math.min(index, value.length));
  return { start: slot, end: slot < value.length ? slot + 1 : slot };
}

/** The slot a selection makes active: the selected digit, or the caret's slot (the last one when full). */
export function activeSlot(selection: PinSelection, length: number): number {
  return Math.min(selection.start, length - 1);
}
