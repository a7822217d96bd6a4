import {
  type CountryCode,
  failure,
  type Outcome,
  type PhoneMetadataLoader,
  type PhoneNumber,
  VerifyError,
} from "@verify-kit/core";
import { phoneRuntime } from "@verify-kit/core/phone-runtime";

/**
 * Checks a flow's number with the page's phone parser, waiting for it if the field has not loaded it yet
 * (a number autofilled and sent at once). A parser that cannot load is a `network_error`, to try again.
 */
export async function readPhone(
  phone: string,
  countries: readonly CountryCode[] | undefined,
  metadata: PhoneMetadataLoader | undefined,
): Promise<Outcome<PhoneNumber>> {
  try {
    return (await phoneRuntime.load(countries, metadata)).parse(phone);
  } catch (cause) {
    return failure(new VerifyError("network_error", { detail: "the phone metadata did not load", cause }));
  }
}
