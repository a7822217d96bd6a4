import { type RefObject, useEffect, useRef } from "react";

/**
 * Moves focus to `target` when `step` changes (not on the first render, unless `initially`): a keyboard or
 * screen-reader user lands on what the new step asks for, never on `<body>`.
 */
export function useFocusOnChange(
  step: string,
  target: RefObject<HTMLElement | null>,
  initially = false,
): void {
  const previous = useRef<string | undefined>(initially ? undefined : step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    target.current?.focus();
  }, [step, target]);
}
