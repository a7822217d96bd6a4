import { delay } from "./delay.js";
import { sandboxTestNumber } from "./testNumbers.js";

/**
 * Plays the fault of a test number before an endpoint answers: waits `slowMs` for the slow number (ending early
 * when the request aborts) and returns true for the number whose calls fail with HTTP 500.
 * `flow` says which behaviour applies: the SMS one (GDPR_*) or the number check one.
 */
export async function playTestNumberFault(
  number: string | undefined,
  flow: "sms" | "check",
  slowMs: number,
  signal: AbortSignal,
): Promise<boolean> {
  const behaviour = sandboxTestNumber(number)?.[flow];
  if (behaviour === "slow") await delay(slowMs, signal);
  return behaviour === "serverError";
}
