import { countriesOfNumber, failure, type Outcome, type PhoneNumber, VerifyError } from "@verify-kit/core";
import { phoneRuntime } from "@verify-kit/core/phone-runtime";

/**
 * Checks a flow's number (the phone field's value: international form) with the page's phone parser,
 * loading the numbering plans of its dialling code if the field has not loaded them yet (a number
 * autofilled and sent at once). A parser that cannot load is a `network_error`, to try again.
 */
export async function readPhone(phone: string): Promise<Outcome<PhoneNumber>> {
  try {
    return (await phoneRuntime.load(countriesOfNumber(phone))).parse(phone);
  } catch (cause) {
    return failure(new VerifyError("network_error", { detail: "the phone metadata did not load", cause }));
  }
}
