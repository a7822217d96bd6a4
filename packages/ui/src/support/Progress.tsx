/**
 * The sign that a request is in flight: a ring that turns (standing still with reduced motion), one line
 * of text high. Decoration only: the words beside it and the flow's live region say what is going on.
 */
export function Progress() {
  return <span className="vk-progress" aria-hidden="true" />;
}
