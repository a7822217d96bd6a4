import type { VerifyError } from "./VerifyError.js";

/**
 * What every kit call that can fail returns instead of throwing: a value, or a typed error.
 * Network failures, DQE errors and unreadable answers all end up as `{ ok: false }`.
 */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: VerifyError };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T = never>(error: VerifyError): Outcome<T> => ({ ok: false, error });
