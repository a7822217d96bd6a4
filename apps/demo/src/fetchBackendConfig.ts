/** What the page learns from the backend adapter's `GET /api/config`. */
export type BackendConfig =
  | { readonly state: "answering"; readonly sandbox: boolean }
  | { readonly state: "unreachable"; readonly reason: string };

/** Asks the backend adapter for its public configuration; never throws, except when aborted. */
export async function fetchBackendConfig(signal: AbortSignal): Promise<BackendConfig> {
  let response: Response;
  try {
    response = await fetch("/api/config", { signal, headers: { accept: "application/json" } });
  } catch (error) {
    if (signal.aborted) throw error;
    return { state: "unreachable", reason: "the request failed" };
  }
  // The dev proxy answers 502 or 504 by itself when the backend adapter is not running.
  if (!response.ok) return { state: "unreachable", reason: `HTTP ${response.status}` };
  const body: unknown = await response.json().catch(() => undefined);
  if (typeof body === "object" && body !== null && "sandbox" in body && typeof body.sandbox === "boolean") {
    return { state: "answering", sandbox: body.sandbox };
  }
  return { state: "unreachable", reason: "the answer is not the expected JSON" };
}
