import type { Context, Hono } from "hono";
import { operatorFor } from "./checkOutcome.js";
import { type IdmobileErrorId, idmobileErrorTexts, retrievalErrorTexts } from "./dqeErrorTexts.js";
import { isDqePhone } from "./dqePhone.js";
import { dqeMethods, dqeRequest, param } from "./dqeRequest.js";
import { serverErrorPage } from "./htmlPage.js";
import { randomBase64Url } from "./randomTokens.js";
import type { SandboxContext, SandboxEnv } from "./sandboxContext.js";
import { SANDBOX_LICENCE } from "./sandboxOptions.js";
import type { NumberCheck } from "./sandboxState.js";
import { playTestNumberFault } from "./testNumberFaults.js";
import { sandboxTestNumber } from "./testNumbers.js";

/** Path of the page a phone opens to "go through the operator". */
export const operatorPath = "/__sandbox/operator/";

const scope = "numVerify";

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function startCheck(
  c: Context<SandboxEnv>,
  { options, state }: SandboxContext,
): IdmobileErrorId | NumberCheck {
  const params = c.var.params;
  const number = params.get("number");
  const token = param(params, "token");
  const licence = param(params, "licence");
  const redirectUri = param(params, "redirect_uri");
  const requestedScope = param(params, "scope");
  // A missing number is 05 like any parameter; an empty one has its own code, 11, checked below.
  if (
    number === null ||
    token === undefined ||
    licence === undefined ||
    requestedScope === undefined ||
    param(params, "name") === undefined
  ) {
    return "05";
  }
  if (licence !== SANDBOX_LICENCE) return "02";
  if (requestedScope !== scope) return "04";
  if (redirectUri !== undefined && !isHttpUrl(redirectUri)) return "01";
  const now = options.now();
  if (!state.accessTokenUsable(token, now)) return "30";
  if (number === "") return "11";
  if (!isDqePhone(number)) return "10";
  const entry = sandboxTestNumber(number);
  if (entry?.check === "startError") {
    const errorId = entry.errorId;
    if (errorId === "09" || errorId === "15" || errorId === "16") return errorId;
  }
  const check: NumberCheck = {
    id: randomBase64Url(22),
    accessToken: token,
    number,
    redirectUri,
    expiresAt: now + options.checkTtlS * 1000,
    outcome: undefined,
  };
  state.addCheck(check);
  return check;
}

function retrieve(c: Context<SandboxEnv>, { options, state }: SandboxContext): Record<string, unknown> {
  const params = c.var.params;
  const token = param(params, "token");
  const licence = param(params, "Licence");
  const error = (id: keyof typeof retrievalErrorTexts) => ({
    status: "error",
    error_id: id,
    error_type: retrievalErrorTexts[id],
  });
  if (token === undefined || licence === undefined) return error("01");
  if (licence !== SANDBOX_LICENCE) return error("02");
  if (param(params, "scope") !== scope) return error("04");
  const check = state.checkByToken(token);
  if (check === undefined) return error("30");
  const outcome = check.outcome;
  if (outcome === undefined) {
    return options.now() >= check.expiresAt ? error("30") : { status: "pending", scope };
  }
  return outcome.status === "success"
    ? { status: "success", scope, numVerify: outcome.numVerify }
    : error(outcome.errorId);
}

/** IDMOBILE (start a numVerify check) and its retrieval `/GET/`, at DQE's paths. */
export function registerIdmobileRoutes(app: Hono<SandboxEnv>, context: SandboxContext): void {
  const { options, state } = context;
  app.on(dqeMethods, "/IDMOBILE", dqeRequest(options), async (c) => {
    const number = c.var.params.get("number") ?? undefined;
    const fails = await playTestNumberFault(number, "check", options.slowMs, c.req.raw.signal);
    // The check starts even when the answer is lost to a 500, so that its retrieval can fail the same way.
    const started = startCheck(c, context);
    if (fails) return serverErrorPage();
    if (typeof started === "string") {
      return c.json({ status: "error", error_id: started, error_type: idmobileErrorTexts[started] });
    }
    const base = options.publicUrl ?? new URL(c.req.url).origin;
    return c.json({
      status: "success",
      operator: operatorFor(started.number),
      url: `${base}${operatorPath}${started.id}`,
    });
  });
  app.on(dqeMethods, "/GET", dqeRequest(options), async (c) => {
    const token = param(c.var.params, "token");
    const check = token === undefined ? undefined : state.checkByToken(token);
    if (await playTestNumberFault(check?.number, "check", options.slowMs, c.req.raw.signal)) {
      return serverErrorPage();
    }
    return c.json(retrieve(c, context));
  });
}
