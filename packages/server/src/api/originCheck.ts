/** Which pages may POST to the API: the rule behind `allowedOrigins`, `corsOrigins` and `trustForwardedHost`. */
export interface OriginPolicy {
  /** Origins allowed besides the API's own, without CORS (a dev proxy that rewrites Host, a Next rewrite). */
  readonly allowedOrigins: readonly string[];
  /** Origins of other sites that call the API from the browser with CORS; allowed too. */
  readonly corsOrigins: readonly string[];
  /** Take the API's own host from `X-Forwarded-Host` (only behind a proxy that sets it). */
  readonly trustForwardedHost: boolean;
}

/** A POST's origin, refused: the one line a log and a developer need. */
export interface OriginRefusal {
  readonly origin: string;
  /** How to allow it, for the log and the 403 answer. */
  readonly hint: string;
}

/**
 * An origin in its canonical form (`https://shop.example`, default port dropped, lower case), or an Error
 * naming what is wrong: a path, a query or a missing scheme would never match a browser's `Origin`.
 */
export function canonicalOrigin(value: string): string | Error {
  const text = value.trim();
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (
    url === undefined ||
    !/^https?:$/.test(url.protocol) ||
    url.pathname !== "/" ||
    url.search !== "" ||
    url.hash !== "" ||
    url.username !== "" ||
    text.endsWith("?") ||
    text.endsWith("#")
  ) {
    return new Error(
      `"${value}" is not an origin such as https://shop.example (scheme, host, port; no path)`,
    );
  }
  return url.origin;
}

function checkedOrigins(list: readonly string[], setting: string): Set<string> {
  const origins = new Set<string>();
  for (const item of list) {
    const origin = canonicalOrigin(item);
    if (origin instanceof Error) throw new Error(`${setting}: ${origin.message}`);
    origins.add(origin);
  }
  return origins;
}

/** A host as a browser's origin names it: lower case, with the scheme's default port dropped. */
function hostOf(host: string, protocol: string): string | undefined {
  return URL.canParse(`${protocol}//${host}`) ? new URL(`${protocol}//${host}`).host : undefined;
}

/**
 * The same-origin rule of the API's POSTs, built once from the settings (a malformed origin throws here, at
 * start-up). A page elsewhere must not spend the site's SMS budget: a POST whose `Origin` is neither the
 * API's own (its Host, or `X-Forwarded-Host` when trusted) nor allowed is refused. No `Origin` (a server
 * calling) or `null` passes: the JSON content type, which no cross-site form can send, still guards those.
 */
export function createOriginCheck(policy: OriginPolicy): (request: Request) => OriginRefusal | undefined {
  const allowed = new Set([
    ...checkedOrigins(policy.allowedOrigins, "allowedOrigins"),
    ...checkedOrigins(policy.corsOrigins, "corsOrigins"),
  ]);
  return (request) => {
    const origin = request.headers.get("origin");
    if (origin === null || origin === "null") return undefined;
    if (!URL.canParse(origin)) return refusal(origin);
    const url = new URL(origin);
    if (allowed.has(url.origin)) return undefined;
    // HTTP/2 and some runtimes carry the authority in the URL only, with no Host header.
    let ownHost = request.headers.get("host") ?? new URL(request.url).host;
    if (policy.trustForwardedHost) {
      // The proxy nearest to us wrote the last entry; any before it may be the client's.
      const forwarded = request.headers.get("x-forwarded-host")?.split(",").at(-1)?.trim();
      if (forwarded) ownHost = forwarded;
    }
    return hostOf(ownHost, url.protocol) === url.host ? undefined : refusal(url.origin);
  };
}

function refusal(origin: string): OriginRefusal {
  return {
    origin,
    hint:
      `Pages at ${origin} may not call this API. If they should (a dev proxy that rewrites Host, a Next.js ` +
      "rewrite, another site of yours), add the origin to the server's allowedOrigins (ALLOWED_ORIGINS), or " +
      "to corsOrigins (CORS_ORIGINS) when the browser calls the API's own address.",
  };
}
