import type { CountryCode, MetadataJson } from "libphonenumber-js/core/es6";
import type { PhoneParser } from "../createPhoneParser.js";

/** One country's numbering plan, as `@verify-kit/core/phone-metadata` exports it (`FR`, `BE`...). */
export type CountryPhoneMetadata = NonNullable<MetadataJson["countries"][CountryCode]>;

/**
 * Loads the numbering plans of a site's countries: a module of the app that re-exports them from
 * `@verify-kit/core/phone-metadata`, imported when needed, e.g. `() => import("./phoneMetadata")`.
 */
export type PhoneMetadataLoader = () => Promise<Readonly<Partial<Record<CountryCode, CountryPhoneMetadata>>>>;

/**
 * Where a page gets its phone parser. In a browser, `load` brings libphonenumber-js and the metadata in (all
 * countries, or those of a `PhoneMetadataLoader`) the first time it is asked, and the parser grows with
 * every country loaded; on a server the full parser is there from the start.
 */
export interface PhoneRuntime {
  /** The parser once it knows every country of `countries` (every country when undefined), else undefined. */
  parser(countries?: readonly CountryCode[]): PhoneParser | undefined;
  /** The parser over everything loaded so far, whatever it covers; undefined before the first load. */
  latestParser(): PhoneParser | undefined;
  /**
   * Loads what `countries` need (every country when undefined), from `metadata` when given, and resolves
   * with the parser. Loads each part once, however often it is asked. Rejects when a part cannot be
   * loaded (the network failed): a later call tries again.
   */
  load(countries?: readonly CountryCode[], metadata?: PhoneMetadataLoader): Promise<PhoneParser>;
  /** Calls `listener` after the parser has changed; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
