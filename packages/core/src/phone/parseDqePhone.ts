import { failure, type Outcome } from "../errors/Outcome.js";
import { VerifyError } from "../errors/VerifyError.js";
import { normalizeDigits } from "./normalizeDigits.js";
import type { PhoneNumber } from "./PhoneNumber.js";
import { parsePhone } from "./parsePhone.js";
import { dqeToE164 } from "./phoneFormats.js";

export interface ParseDqePhoneOptions {
  /**
   * Refuse numbers that cannot receive an SMS: anything whose type is not `MOBILE` or `FIXED_LINE_OR_MOBILE`.
   * @default true
   */
  readonly requireMobile?: boolean | undefined;
}

const dqeForm = /^\+?\d+$/;

/**
 * Reads and checks a number in DQE's form, international digits without `+` (`33612345678`), as DQE and the
 * sandbox send them back. Only digits are accepted (a leading `+` is tolerated). Never throws.
 */
export function parseDqePhone(dqe: string, options: ParseDqePhoneOptions = {}): Outcome<PhoneNumber> {
  const text = typeof dqe === "string" ? normalizeDigits(dqe).trim() : "";
  if (text === "") return failure(new VerifyError("phone_empty"));
  if (!dqeForm.test(text)) {
    return failure(new VerifyError("phone_invalid", { detail: "a DQE number has digits only" }));
  }
  return parsePhone(dqeToE164(text), { requireMobile: options.requireMobile });
}
