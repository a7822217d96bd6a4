import type { Hono } from "hono";
import { checkOutcomeFor } from "./checkOutcome.js";
import { htmlPage, serverErrorPage } from "./htmlPage.js";
import { operatorPath } from "./idmobileRoutes.js";
import type { SandboxContext, SandboxEnv } from "./sandboxContext.js";
import type { CheckOutcome } from "./sandboxState.js";
import { playTestNumberFault } from "./testNumberFaults.js";

const outcomeTexts = {
  true: "The operator confirmed the number.",
  false: "The operator answered that it is not this number.",
  "18": "The operator returned no data.",
  "20": "The check saw another number.",
  "21": "The check was declined.",
  "99": "The check ended in an internal error.",
} as const;

function outcomeText(outcome: CheckOutcome): string {
  return outcome.status === "success" ? outcomeTexts[`${outcome.numVerify}`] : outcomeTexts[outcome.errorId];
}

function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store" } });
}

/**
 * The operator URL IDMOBILE handed out. Opening it stands for the phone going through its operator on mobile
 * data: it settles the check once (opening again changes nothing), then sends the phone back to `redirect_uri`
 * with `token` and `status`, or shows a page saying the check is done.
 */
export function registerOperatorPage(app: Hono<SandboxEnv>, { options, state }: SandboxContext): void {
  app.get(`${operatorPath}:id`, async (c) => {
    const check = state.checkById(c.req.param("id"));
    if (check === undefined) {
      return htmlPage(404, "Unknown number check", "<p>This link does not match any number check.</p>");
    }
    if (await playTestNumberFault(check.number, "check", options.slowMs, c.req.raw.signal)) {
      return serverErrorPage();
    }
    // A check nobody opened in time has expired (its retrieval answers 30): opening it late settles nothing.
    const expired = check.outcome === undefined && options.now() >= check.expiresAt;
    if (!expired) check.outcome ??= checkOutcomeFor(check.number);
    if (check.redirectUri !== undefined) {
      const target = new URL(check.redirectUri);
      target.searchParams.set("token", check.accessToken);
      target.searchParams.set(
        "status",
        !expired && check.outcome?.status === "success" ? "success" : "error",
      );
      return redirect(target.href);
    }
    if (expired || check.outcome === undefined) {
      return htmlPage(
        410,
        "Number check expired",
        "<p>This number check has expired. Go back to the first screen and start again.</p>",
      );
    }
    return htmlPage(
      200,
      "Number check done",
      `<p>You can go back to the first screen.</p>\n<p>Sandbox: ${outcomeText(check.outcome)}</p>`,
    );
  });
}
