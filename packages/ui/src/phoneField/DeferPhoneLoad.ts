import { createContext } from "react";

/**
 * True while the fields inside should not load the phone metadata when the browser is idle: a flow that is
 * still asking the server which countries it serves, so as to load those alone. Focus and typing still load.
 */
export const DeferPhoneLoad = createContext(false);
