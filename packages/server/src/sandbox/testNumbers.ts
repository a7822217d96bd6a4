import type { SandboxCheckBehaviour, SandboxSmsBehaviour } from "@verify-kit/core";

// The behaviours are part of the adapter's API (`GET /api/sandbox/numbers`), so core defines them.
export type { SandboxCheckBehaviour, SandboxSmsBehaviour };

/** One of the sandbox's test numbers. */
export interface SandboxTestNumber {
  /** DQE's format: international, digits only, no `+`. */
  readonly number: string;
  /** The same number in E.164, for forms that take a `+`. */
  readonly e164: string;
  /** What GDPR_MSG and GDPR_VERIF do with it. */
  readonly sms: SandboxSmsBehaviour;
  /** What the number check does with it. */
  readonly check: SandboxCheckBehaviour;
  /** DQE's error id, for the `startError` and `retrievalError` checks. */
  readonly errorId?: "09" | "15" | "16" | "18" | "20" | "21" | "99";
  /** One line of English for a list of test numbers. */
  readonly en: string;
}

type Row = Omit<SandboxTestNumber, "e164">;

const rows: readonly Row[] = [
  {
    number: "33600000001",
    sms: "delivered",
    check: "numVerifyTrue",
    en: "SMS delivered; the operator confirms the number.",
  },
  {
    number: "33600000002",
    sms: "undeliverable",
    check: "numVerifyFalse",
    en: "SMS undeliverable (no PIN to type); the operator says it is not this number.",
  },
  {
    number: "33600000003",
    sms: "delivered",
    check: "retrievalError",
    errorId: "21",
    en: "SMS delivered; the user declines the operator check.",
  },
  {
    number: "33600000004",
    sms: "delivered",
    check: "retrievalError",
    errorId: "18",
    en: "SMS delivered; the operator returns no data.",
  },
  {
    number: "33600000005",
    sms: "delivered",
    check: "retrievalError",
    errorId: "20",
    en: "SMS delivered; the check sees another number.",
  },
  {
    number: "33600000006",
    sms: "rejected",
    check: "numVerifyTrue",
    en: "SMS rejected by the carrier (no PIN to type); the operator confirms the number.",
  },
  {
    number: "33600000009",
    sms: "delivered",
    check: "startError",
    errorId: "09",
    en: "SMS delivered; the number is not eligible for a check.",
  },
  {
    number: "33600000015",
    sms: "delivered",
    check: "startError",
    errorId: "15",
    en: "SMS delivered; the operator is not supported yet.",
  },
  {
    number: "33600000016",
    sms: "delivered",
    check: "startError",
    errorId: "16",
    en: "SMS delivered; the operator cannot be reached.",
  },
  {
    number: "33600000099",
    sms: "delivered",
    check: "retrievalError",
    errorId: "99",
    en: "SMS delivered; the check ends in a DQE internal error.",
  },
  {
    number: "33600000500",
    sms: "serverError",
    check: "serverError",
    en: "Every DQE call about this number fails with HTTP 500 and an HTML page.",
  },
  {
    number: "33600000504",
    sms: "slow",
    check: "slow",
    en: "Every DQE call about this number answers very slowly (for time-outs).",
  },
];

/**
 * The numbers that make the sandbox misbehave on purpose, all valid French mobiles. Any other valid number
 * gets its SMS delivered and its number check confirmed.
 */
export const sandboxTestNumbers: readonly SandboxTestNumber[] = rows.map((row) => ({
  ...row,
  e164: `+${row.number}`,
}));

const byNumber = new Map(sandboxTestNumbers.map((entry) => [entry.number, entry]));

/** The test number entry for a DQE-format number, or undefined for an ordinary number. */
export function sandboxTestNumber(number: string | undefined): SandboxTestNumber | undefined {
  return number === undefined ? undefined : byNumber.get(number);
}
