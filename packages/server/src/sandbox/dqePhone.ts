import { isValidPhoneNumber } from "libphonenumber-js/max";

/** DQE takes numbers as digits in international format, without `+`: `33612345678`. */
export function isDqePhone(phone: string): boolean {
  return /^\d{6,15}$/.test(phone) && isValidPhoneNumber(`+${phone}`);
}
