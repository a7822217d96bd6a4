import type { VerifyError } from "../../errors/VerifyError.js";

/** The operator check the server started: the page the phone must open. */
export interface NumberCheck {
  readonly phone: string;
  /** The server's opaque id of the check. */
  readonly checkId: string;
  /** The operator page to open on the phone, over mobile data (show it as a QR code on a desktop). */
  readonly url: string;
  readonly operator: string;
  /** When the start answer arrived, epoch ms. */
  readonly startedAt: number;
}

interface Progress {
  /** Milliseconds since the start answer, as of the latest poll answer. */
  readonly elapsedMs: number;
  /** Polls sent so far. */
  readonly attempts: number;
}

interface RetryTime {
  /** When a limit lets a new check start (epoch ms), from the error's `retryAfterS` on its arrival. */
  readonly retryAt?: number | undefined;
}

/** The operator check, one status at a time. */
export type NumberVerifyPollState =
  | { readonly status: "idle" }
  | { readonly status: "starting"; readonly phone: string }
  /** Waiting for the phone; `mode` says whether the hook long-polls or fell back to short polls. */
  | ({
      readonly status: "pending";
      readonly mode: "long" | "short";
      /** The last poll failed and will be retried (network, 5xx). */
      readonly retrying: VerifyError | undefined;
    } & NumberCheck &
      Progress)
  | ({
      readonly status: "verified";
      readonly fallbackToSms: false;
      /** The server's signed proof of it, for the host's backend (absent when the server has no secret). */
      readonly proof?: string | undefined;
    } & NumberCheck &
      Progress)
  /** The operator says the phone that opened the page does not use this number. */
  | ({
      readonly status: "not_verified";
      readonly error: VerifyError;
      readonly fallbackToSms: true;
    } & NumberCheck &
      Progress)
  /** The check ended without a verdict (declined, other number, no data, expired...) or could not start. */
  | ({
      readonly status: "failed";
      readonly error: VerifyError;
      readonly fallbackToSms: boolean;
    } & Partial<NumberCheck> & { readonly phone: string } & Partial<Progress> &
      RetryTime)
  /** The hook's own deadline passed without a final answer. */
  | ({
      readonly status: "timed_out";
      readonly error: VerifyError;
      readonly fallbackToSms: true;
    } & NumberCheck &
      Progress)
  /** The network or the server failed (after retries, for polls). */
  | ({
      readonly status: "error";
      readonly error: VerifyError;
      readonly fallbackToSms: boolean;
    } & Partial<NumberCheck> & { readonly phone: string } & Partial<Progress> &
      RetryTime);

export type NumberVerifyPollStatus = NumberVerifyPollState["status"];

/** The statuses a check ends in: the states with `fallbackToSms`. */
export type NumberVerifyFinalStatus = Exclude<NumberVerifyPollStatus, "idle" | "starting" | "pending">;

export const initialNumberVerifyPollState: NumberVerifyPollState = { status: "idle" };
