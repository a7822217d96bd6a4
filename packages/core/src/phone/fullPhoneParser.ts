import metadata from "libphonenumber-js/max/metadata";
import { createPhoneParser } from "./createPhoneParser.js";
import { setFullPhoneParser } from "./phoneRuntime/latestPhoneParser.js";

/**
 * The kit's phone rules over libphonenumber-js's full metadata: every country, every number type. What a
 * server checks numbers with (and what `parsePhone` is); browsers load the countries they need instead.
 */
export const fullPhoneParser = createPhoneParser(metadata);

// Wherever it is loaded, the texts format numbers with it (`displayPhone`).
setFullPhoneParser(fullPhoneParser);
