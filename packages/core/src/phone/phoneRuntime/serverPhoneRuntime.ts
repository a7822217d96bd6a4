import { fullPhoneParser } from "../fullPhoneParser.js";
import type { PhoneRuntime } from "./PhoneRuntime.js";

/**
 * The phone runtime outside a browser (a server rendering pages, Node): the full parser, there at once, so
 * that a server-rendered field formats its number without waiting.
 */
export const phoneRuntime: PhoneRuntime = {
  parser: () => fullPhoneParser,
  latestParser: () => fullPhoneParser,
  load: () => Promise.resolve(fullPhoneParser),
  subscribe: () => () => undefined,
};

export type { PhoneRuntimeParts } from "./createPhoneRuntime.js";
export { createPhoneRuntime } from "./createPhoneRuntime.js";
export type { CountryPhoneMetadata, PhoneRuntime } from "./PhoneRuntime.js";
