import { useSyncExternalStore } from "react";

/** What the sandbox phone panel follows: the number the page last used, and its operator link if any. */
export interface PhoneActivity {
  /** E.164 of the number the last code or check was for. */
  readonly phone: string | undefined;
  /** The operator page of the check in progress, which the phone would open. */
  readonly operatorUrl: string | undefined;
}

let activity: PhoneActivity = { phone: undefined, operatorUrl: undefined };
const listeners = new Set<() => void>();

function publish(next: PhoneActivity): void {
  if (next.phone === activity.phone && next.operatorUrl === activity.operatorUrl) return;
  activity = next;
  for (const listener of listeners) listener();
}

function requestPath(input: RequestInfo | URL): string {
  const url = input instanceof Request ? input.url : String(input);
  return new URL(url, window.location.href).pathname;
}

function phoneOf(body: BodyInit | null | undefined): string | undefined {
  if (typeof body !== "string") return undefined;
  try {
    const phone = (JSON.parse(body) as { phone?: unknown }).phone;
    return typeof phone === "string" ? phone : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps the kit's `fetch` to see which number the page sends codes to, and which operator link it got,
 * the way a phone would learn both. Always in place (the page learns whether the server uses the sandbox
 * only later), but it reads nothing else and keeps both in this page's memory only; the panel that shows
 * them appears in the sandbox alone.
 */
export function followPhoneActivity(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const path = requestPath(input);
    const isStart = path.endsWith("/number-verify/start");
    const phone = path.endsWith("/pin/send") || isStart ? phoneOf(init?.body) : undefined;
    if (phone !== undefined) publish({ phone, operatorUrl: isStart ? undefined : activity.operatorUrl });
    const answer = await inner(input, init);
    if (isStart && answer.ok) {
      const started = (await answer
        .clone()
        .json()
        .catch(() => undefined)) as { url?: unknown } | undefined;
      if (typeof started?.url === "string") publish({ ...activity, operatorUrl: started.url });
    }
    return answer;
  };
}

/** Forgets the operator link once the phone opened it. */
export function operatorLinkOpened(): void {
  publish({ ...activity, operatorUrl: undefined });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePhoneActivity(): PhoneActivity {
  return useSyncExternalStore(subscribe, () => activity);
}
