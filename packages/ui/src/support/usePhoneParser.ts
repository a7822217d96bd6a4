import type { CountryCode, PhoneParser } from "@verify-kit/core";
import { phoneRuntime } from "@verify-kit/core/phone-runtime";
import { useSyncExternalStore } from "react";

/**
 * The page's phone parser once it knows `countries` (every country when undefined), else undefined; the
 * component renders again when it arrives. On a server it is there from the first render.
 */
export function usePhoneParser(countries: readonly CountryCode[] | undefined): PhoneParser | undefined {
  const current = () => phoneRuntime.parser(countries);
  return useSyncExternalStore(phoneRuntime.subscribe, current, current);
}
