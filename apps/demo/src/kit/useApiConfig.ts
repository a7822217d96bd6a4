import { useQuery } from "@tanstack/react-query";
import { serverConfigKey } from "@verify-kit/react";
import { verifyClient } from "./demoKit.js";

/** The server's `/api/config`, fetched once and shared by whoever reads it (the kit's flows too). */
export function useApiConfig() {
  return useQuery({
    queryKey: serverConfigKey,
    queryFn: async ({ signal }) => {
      const answer = await verifyClient.getConfig({ signal });
      if (!answer.ok) throw answer.error;
      return answer.value;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
