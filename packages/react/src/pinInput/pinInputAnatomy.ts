/**
 * The parts of a PIN input, as `data-scope="pin-input"` and `data-part="…"` on the elements the prop
 * getters spread onto, so that CSS can target them without class names.
 */
export const pinInputAnatomy = {
  scope: "pin-input",
  parts: { root: "root", label: "label", input: "input", slot: "slot" },
} as const;

/** `data-*` attributes, as prop getters return them: present (`""`) when true, absent otherwise. */
export type DataAttributes = { readonly [key: `data-${string}`]: string | number | undefined };

/** A boolean state as a data attribute: `""` (present) or `undefined` (absent). */
export const dataAttr = (condition: boolean | undefined): "" | undefined => (condition ? "" : undefined);

/** The `data-scope` and `data-part` attributes of a part. */
export const partAttributes = <Part extends keyof typeof pinInputAnatomy.parts>(part: Part) =>
  ({ "data-scope": "pin-input", "data-part": part }) as const;
