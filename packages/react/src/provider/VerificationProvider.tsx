import { QueryClient, QueryClientContext } from "@tanstack/react-query";
import type { VerificationAdapter } from "@verify-kit/core/flows";
import { createContext, type ReactNode, useContext, useMemo, useRef } from "react";

export interface VerificationProviderProps {
  /** The backend adapter's browser client, e.g. `createVerifyApiClient()` from `@verify-kit/core`. */
  readonly adapter: VerificationAdapter;
  /**
   * The QueryClient the hooks run their requests through.
   * @default the app's (from a surrounding `QueryClientProvider`), else one of the provider's own
   */
  readonly queryClient?: QueryClient;
  readonly children?: ReactNode;
}

interface VerificationContextValue {
  readonly adapter: VerificationAdapter;
  readonly queryClient: QueryClient;
}

// Bundlers replace this with the build's mode; production builds drop the long message below.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

const VerificationContext = createContext<VerificationContextValue | null>(null);

/** The provider's own QueryClient, for apps without one: no retries (answers are typed outcomes). */
function createOwnQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/**
 * Gives the verification hooks their adapter and a QueryClient. Put it once above the screens that verify a
 * phone; it renders nothing of its own.
 */
export function VerificationProvider({ adapter, queryClient, children }: VerificationProviderProps) {
  const appClient = useContext(QueryClientContext);
  // Created only when neither a prop nor the app supplies one (lazy ref initialisation).
  const ownClient = useRef<QueryClient | null>(null);
  if (queryClient === undefined && appClient === undefined && ownClient.current === null) {
    ownClient.current = createOwnQueryClient();
  }
  const client = queryClient ?? appClient ?? (ownClient.current as QueryClient);
  const value = useMemo(() => ({ adapter, queryClient: client }), [adapter, client]);
  return <VerificationContext.Provider value={value}>{children}</VerificationContext.Provider>;
}

/** The provider's adapter and QueryClient; throws a clear error outside a `VerificationProvider`. */
export function useVerificationContext(hook: string): VerificationContextValue {
  const value = useContext(VerificationContext);
  if (value === null) {
    throw new Error(
      process.env.NODE_ENV === "production"
        ? `${hook}: no VerificationProvider`
        : `${hook} must be used inside a <VerificationProvider adapter={...}>.`,
    );
  }
  return value;
}
