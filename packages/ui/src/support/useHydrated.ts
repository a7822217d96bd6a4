import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False on a server and while the browser hydrates its HTML, true afterwards and in any render that
 * starts in the browser. What only the browser knows (its languages, its `Intl` wording, its device) waits
 * for it, so that the hydrating render matches the server's HTML; a page rendered in the browser alone
 * gets it in its first render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
