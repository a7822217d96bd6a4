import type { ErrorCode } from "../errors/errorCatalogue.js";
import { VerifyError } from "../errors/VerifyError.js";

/**
 * The error the server would answer, given by a flow without asking it: `code`, and while a limit holds
 * (`until`, epoch ms, later than `now`), the whole seconds left as `retryAfterS`.
 */
export const refusedBeforeSending = (code: ErrorCode, now: number, until = now): VerifyError =>
  new VerifyError(code, {
    retryAfterS: until > now ? Math.ceil((until - now) / 1000) : undefined,
    detail: "refused before sending",
  });

/**
 * A limit's wait that a failed request left in a flow's state (its `error`, about `phone`, until
 * `retryAt`): the same request about the same number is refused until then, with the seconds left.
 */
export function limitRefusal(
  state: {
    readonly status: string;
    readonly error?: VerifyError;
    readonly phone?: string | undefined;
    readonly retryAt?: number | undefined;
  },
  phone: string | undefined,
  now: number,
): VerifyError | undefined {
  const { error, retryAt = now } = state;
  return error && state.phone === phone && now < retryAt
    ? refusedBeforeSending(error.code, now, retryAt)
    : undefined;
}
