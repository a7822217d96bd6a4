import type { CheckOutcome } from "./sandboxState.js";
import { sandboxTestNumber } from "./testNumbers.js";

/** How the operator answers for a number once its URL is opened on the phone. */
export function checkOutcomeFor(number: string): CheckOutcome {
  const entry = sandboxTestNumber(number);
  if (entry?.check === "numVerifyFalse") return { status: "success", numVerify: false };
  if (entry?.check === "retrievalError") {
    const errorId = entry.errorId;
    if (errorId === "18" || errorId === "20" || errorId === "21" || errorId === "99") {
      return { status: "error", errorId };
    }
  }
  return { status: "success", numVerify: true };
}

const operators = ["Orange", "SFR", "Bouygues Telecom", "Free Mobile"] as const;

/** The operator IDMOBILE names: picked from the digits, so one number always gets the same one. */
export function operatorFor(number: string): string {
  let sum = 0;
  for (const digit of number) sum += Number(digit);
  return operators[sum % operators.length] ?? "Orange";
}
