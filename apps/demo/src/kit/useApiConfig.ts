import { useQuery } from "@tanstack/react-query";
import { verifyClient } from "./demoKit.js";

/** The server's `/api/config`, fetched once and shared by whoever reads it. */
export function useApiConfig() {
  return useQuery({
    queryKey: ["config"],
    queryFn: async ({ signal }) => {
      const answer = await verifyClient.getConfig({ signal });
      if (!answer.ok) throw answer.error;
      return answer.value;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
