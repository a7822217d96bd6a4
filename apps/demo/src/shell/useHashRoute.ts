import { useSyncExternalStore } from "react";

export type DemoRoute = "signup" | "checkout";

function currentRoute(): DemoRoute {
  return window.location.hash === "#/checkout" ? "checkout" : "signup";
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/** The page shown, from the URL's hash: two pages need no router, and any static host serves them. */
export function useHashRoute(): DemoRoute {
  return useSyncExternalStore(subscribe, currentRoute);
}
