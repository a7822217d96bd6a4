import { createContext } from "react";

/**
 * True while the fields inside should load no phone metadata: a flow still asking the server which
 * countries it serves, so as to load those alone. Focus, typing and autofill meanwhile are remembered (the
 * input kept as typed) and the load starts once the flow knows, with its countries.
 */
export const DeferPhoneLoad = createContext(false);
