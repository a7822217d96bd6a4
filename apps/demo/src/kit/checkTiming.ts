/**
 * Performance marks around the code check, read by the demo's benchmark: `vk:check-sent` when the request
 * leaves, `vk:check-answered` when its answer is read. `vk:verified-painted` is set by the page.
 */
export function markCheckTiming(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const isCheck = url.endsWith("/pin/check");
    if (isCheck) performance.mark("vk:check-sent");
    const answer = await inner(input, init);
    if (isCheck) performance.mark("vk:check-answered");
    return answer;
  };
}

/** Marks the first frame painted after the page showed its success state. */
export function markVerifiedPainted(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark("vk:verified-painted"), 0));
}
