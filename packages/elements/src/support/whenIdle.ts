/**
 * Runs `task` once the browser is idle (at the latest after a few seconds of a busy page); returns the
 * cancel function. Safari has no `requestIdleCallback`: a second after the call there.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 4_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1_000);
  return () => clearTimeout(id);
}
