import type { Hono } from "hono";
import { dqeMethods, dqeRequest, param } from "./dqeRequest.js";
import { randomBase64Url } from "./randomTokens.js";
import type { SandboxContext, SandboxEnv } from "./sandboxContext.js";
import { SANDBOX_LICENCE } from "./sandboxOptions.js";

/** DQE's access tokens live 300 seconds; `expires_in` says so, as a string. */
export const accessTokenTtlS = 300;

const invalidRequest = { error: "invalid_request", error_description: "Invalid Request" };
const invalidClient = { error: "invalid_client", error_description: "Invalid Client" };

/** ACCESS_TOKEN: the token IDMOBILE needs. Any non-empty `client_secret` is accepted with the sandbox licence. */
export function registerAccessTokenRoute(app: Hono<SandboxEnv>, { options, state }: SandboxContext): void {
  app.on(dqeMethods, "/ACCESS_TOKEN", dqeRequest(options), (c) => {
    const params = c.var.params;
    const licence = param(params, "licence");
    const grantType = param(params, "grant_type");
    if (licence === undefined || param(params, "client_secret") === undefined || grantType === undefined) {
      return c.json(invalidRequest, 400);
    }
    if (licence !== SANDBOX_LICENCE) return c.json(invalidClient, 400);
    if (grantType !== "client_idmobile") return c.json(invalidRequest, 400);
    const accessToken = `TK${randomBase64Url(22)}`;
    state.addAccessToken(accessToken, options.now() + accessTokenTtlS * 1000);
    return c.json({
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: String(accessTokenTtlS),
      refresh_token: `RT${randomBase64Url(22)}`,
    });
  });
}
