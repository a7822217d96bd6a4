import type { StepCue } from "@verify-kit/core/flows";
import { useEffect, useRef } from "react";

/** The element of each part a flow's cues can focus. */
export type PartRefs<Part extends string> = Readonly<Record<Part, { readonly current: HTMLElement | null }>>;

/**
 * The step transitions both flows share: once per new state, says the cue's sentence in the flow's live
 * region and moves the focus to the cue's part (the rules are core's: `pinVerificationCue`,
 * `numberVerificationCue`). `after` runs last, with the state before, for a flow's own upkeep.
 */
export function useStepCues<State, Part extends string>(
  state: State,
  cueOf: (before: State, state: State) => StepCue<Part>,
  parts: PartRefs<Part>,
  announce: (text: string) => void,
  after?: (before: State) => void,
): void {
  const previous = useRef(state);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per state
  useEffect(() => {
    const before = previous.current;
    if (before === state) return;
    previous.current = state;
    const cue = cueOf(before, state);
    if (cue.say !== undefined) announce(cue.say);
    if (cue.focus !== undefined) parts[cue.focus].current?.focus();
    after?.(before);
  }, [state]);
}
