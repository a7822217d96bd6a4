import type { PhoneParser } from "../createPhoneParser.js";

// The parser the page holds now, for code that formats numbers without loading anything (the flows'
// sentences): the full one wherever it is loaded (a server, a bundle that uses `parsePhone`), else the latest
// a phone runtime published.
let full: PhoneParser | undefined;
let latest: PhoneParser | undefined;

/** The page's phone parser as far as it is loaded; undefined before the first load in a browser. */
export function latestPhoneParser(): PhoneParser | undefined {
  return full ?? latest;
}

/** Called by a phone runtime when its parser changes. */
export function setLatestPhoneParser(parser: PhoneParser): void {
  latest = parser;
}

/** Called once the full parser (every country) is loaded: it formats any number, and wins. */
export function setFullPhoneParser(parser: PhoneParser): void {
  full = parser;
}
