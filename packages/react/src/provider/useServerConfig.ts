import { useQuery } from "@tanstack/react-query";
import type { VerifyApiConfig } from "@verify-kit/core";
import { useVerificationContext } from "./VerificationProvider.js";

/** The TanStack Query key of the server's settings: an app reading `/api/config` itself can share it. */
export const serverConfigKey = ["verify-kit", "config"] as const;

/** The server's settings as far as they are known. */
export interface ServerConfig {
  /** Undefined until they have come, when the request failed, and when the adapter has no `getConfig`. */
  readonly config: VerifyApiConfig | undefined;
  /** True while they are being asked for (and on a server, where nothing is asked). */
  readonly pending: boolean;
}

/**
 * The backend adapter's settings (`GET /api/config`): the countries it serves, its lifetimes and caps.
 * Fetched once per QueryClient, after the first render (so server rendering and hydration never wait for
 * it).
 */
export function useServerConfig(): ServerConfig {
  const { adapter, queryClient } = useVerificationContext("useServerConfig");
  const getConfig = adapter.getConfig;
  const { data, status } = useQuery(
    {
      queryKey: serverConfigKey,
      queryFn: async ({ signal }) => {
        const answer = await (getConfig as NonNullable<typeof getConfig>)({ signal });
        if (!answer.ok) throw answer.error;
        return answer.value;
      },
      enabled: getConfig !== undefined,
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    },
    queryClient,
  );
  return { config: data, pending: getConfig !== undefined && status === "pending" };
}
