import type { PhoneParser } from "../createPhoneParser.js";

// The parser the page's phone runtime holds now, for code that formats numbers without loading anything
// (the flows' sentences): the full one on a server, in a browser the latest the runtime published.
let latest: PhoneParser | undefined;

/** The page's phone parser as far as it is loaded; undefined before the first load in a browser. */
export function latestPhoneParser(): PhoneParser | undefined {
  return latest;
}

/** Called by a phone runtime when its parser changes. */
export function setLatestPhoneParser(parser: PhoneParser): void {
  latest = parser;
}
