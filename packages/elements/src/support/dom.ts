type Child = Node | string | null | undefined | false;

/** Attributes to set: `false`, `null` and `undefined` leave one out, `true` sets it empty. */
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** An element with its attributes and children: `h("p", { class: "vk-flow__text" }, "Hello")`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Sets, changes or removes attributes (as `h` does). */
export function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
}

/** Sets a node's text only when it changed (a live region speaks each change; focus and selection stay). */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

let lastId = 0;
/** An id unique in the page, for `for`, `aria-describedby`... (light DOM: the page's ids are ours too). */
export const uniqueId = (part: string) => `vk-${part}-${++lastId}`;

/** A heading of the given level, focusable by script only: where focus goes when a step has nothing to fill. */
export function heading(level: number, className: string, text: string): HTMLElement {
  const tag = `h${Math.min(6, Math.max(1, level))}` as "h2";
  return h(tag, { class: className, tabindex: -1 }, text);
}

/** A button that never submits the page's form (`type="button"`). */
export function button(text: string, attributes: Attributes, onClick: () => void): HTMLButtonElement {
  const element = h("button", { type: "button", class: "vk-button", ...attributes }, text);
  element.addEventListener("click", (event) => {
    // aria-disabled, not disabled: it stays in the tab order and still says why it waits.
    if (element.getAttribute("aria-disabled") === "true") event.preventDefault();
    else onClick();
  });
  return element;
}

/**
 * A button's label, and the label it shows while its own request is in flight (`inFlight`): then
 * `aria-busy`, and a turning ring (the stylesheet's `.vk-progress`) beside `progressLabel`. Both labels
 * share one cell, so the button keeps its size from idle to busy and back; the unseen one is hidden from
 * screen readers too (the flow's live region says what is going on).
 */
export function setButtonLabel(
  element: HTMLButtonElement,
  label: string,
  progressLabel: string,
  inFlight: boolean,
): void {
  let faces = element.firstElementChild;
  if (!faces?.classList.contains("vk-button__faces")) {
    faces = h(
      "span",
      { class: "vk-button__faces" },
      h("span", { class: "vk-button__face" }, document.createTextNode("")),
      h(
        "span",
        { class: "vk-button__face" },
        h("span", { class: "vk-progress", "aria-hidden": "true" }),
        document.createTextNode(""),
      ),
    );
    element.replaceChildren(faces);
  }
  const [idle, busy] = faces.children as HTMLCollectionOf<HTMLSpanElement>;
  if (idle === undefined || busy === undefined) return;
  setText(idle, label);
  setText(busy.lastChild as Text, progressLabel);
  for (const [face, shown] of [
    [idle, !inFlight],
    [busy, inFlight],
  ] as const) {
    setAttributes(face, { "aria-hidden": shown ? undefined : "true" });
    face.style.visibility = shown ? "" : "hidden";
  }
  setAttributes(element, { "aria-busy": inFlight ? "true" : undefined });
}

/**
 * Out of sight, still read by screen readers (a live region, a form's value input). Set through the CSSOM,
 * which a page's Content-Security-Policy allows without `'unsafe-inline'`, and without the stylesheet too.
 */
export function hideVisually<E extends HTMLElement>(element: E): E {
  Object.assign(element.style, {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  });
  return element;
}

/** Shows or hides `element` (`hidden`, and `display: none`: a stylesheet's `display` would beat `hidden`). */
export function toggle(element: HTMLElement, shown: boolean): void {
  element.hidden = !shown;
  element.style.display = shown ? "" : "none";
}
