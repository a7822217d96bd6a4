import { useEffect, useLayoutEffect } from "react";

/** `useLayoutEffect` in a browser, `useEffect` on a server (where neither runs). */
export const useIsomorphicLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;
