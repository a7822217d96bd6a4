/**
 * What a UI does when a flow moves from one state to the next: the sentence its polite live region says
 * (`undefined`: say nothing) and the part that takes the focus (`undefined`: leave the focus where it is).
 * Framework-free, so that every UI of the kit (React components, custom elements) says and focuses the same.
 */
export interface StepCue<Part extends string> {
  readonly say: string | undefined;
  readonly focus: Part | undefined;
}
