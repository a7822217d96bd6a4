import type { CountryCode, MetadataJson } from "libphonenumber-js/core/es6";
import type { PhoneParser } from "../createPhoneParser.js";

/** One country's numbering plan, in libphonenumber-js's metadata format (every number type kept). */
export type CountryPhoneMetadata = NonNullable<MetadataJson["countries"][CountryCode]>;

/**
 * Where a page gets its phone parser. In a browser, `load` brings libphonenumber-js and the metadata in (every
 * country, or one chunk per country of a list) the first time it is asked, and the parser grows with every
 * country loaded; on a server the full parser is there from the start.
 */
export interface PhoneRuntime {
  /** The parser once it knows every country of `countries` (every country when undefined), else undefined. */
  parser(countries?: readonly CountryCode[]): PhoneParser | undefined;
  /** The parser over everything loaded so far, whatever it covers; undefined before the first load. */
  latestParser(): PhoneParser | undefined;
  /**
   * Loads what `countries` need (each one's numbering plan, and the plan of the main country of a dialling
   * code it shares), every country when undefined, and resolves with the parser. Loads each part once,
   * however often it is asked. Rejects when a part cannot be loaded (the network failed): a later call tries
   * again.
   */
  load(countries?: readonly CountryCode[]): Promise<PhoneParser>;
  /** Calls `listener` after the parser has changed; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
