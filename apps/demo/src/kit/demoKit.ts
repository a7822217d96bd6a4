import { QueryClient } from "@tanstack/react-query";
import { createVerifyApiClient } from "@verify-kit/core";
import { followPhoneActivity } from "../sandboxPhone/phoneActivity.js";
import { markCheckTiming } from "./checkTiming.js";

/**
 * The demo's one browser client of the backend adapter (same origin, under /api) and its QueryClient.
 * Its fetch is followed by the sandbox phone panel and by the timing marks of `pnpm bench`.
 */
export const verifyClient = createVerifyApiClient({
  baseUrl: "/api",
  fetch: followPhoneActivity(markCheckTiming((input, init) => globalThis.fetch(input, init))),
});

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
});
