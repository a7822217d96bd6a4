/** The settings that say how long things live, as given (undefined: not set). */
export interface GivenLifetimes {
  readonly pinDurationMin: number;
  readonly pinTtlS?: number | undefined;
  readonly resendCooldownS?: number | undefined;
  readonly checkTtlS?: number | undefined;
  readonly maxWaitS?: number | undefined;
  readonly refreshAfterS?: number | undefined;
}

/** How each setting is called where it was given: option names, or environment variables. */
export type LifetimeNames = Readonly<Record<keyof GivenLifetimes, string>>;

export const lifetimeOptionNames: LifetimeNames = {
  pinDurationMin: "sms.pinDurationMin",
  pinTtlS: "sms.pinTtlS",
  resendCooldownS: "limits.resendCooldownS",
  checkTtlS: "checkTtlS",
  maxWaitS: "maxWaitS",
  refreshAfterS: "refreshAfterS",
};

export const lifetimeEnvNames: LifetimeNames = {
  pinDurationMin: "DQE_PIN_DURATION_MIN",
  pinTtlS: "VERIFY_PIN_TTL_S",
  resendCooldownS: "LIMIT_RESEND_COOLDOWN_S",
  checkTtlS: "VERIFY_CHECK_TTL_S",
  maxWaitS: "VERIFY_MAX_WAIT_S",
  refreshAfterS: "VERIFY_REFRESH_AFTER_S",
};

export const defaultCheckTtlS = 300;
export const defaultRefreshAfterS = 30;

/**
 * The longest long poll when not set. A poll never outlasts its check (it ends at the check's end), so the
 * default may exceed a short check's life; one set explicitly must not.
 */
export const defaultMaxWaitS = 25;

/**
 * Every contradiction among the lifetimes, each naming its settings, so that a start fails once with all of
 * them. Defaults never contradict each other; what was set must agree with the rest.
 */
export function lifetimeContradictions(given: GivenLifetimes, names: LifetimeNames): string[] {
  const problems: string[] = [];
  const dqeS = given.pinDurationMin * 60;
  const codeS = Math.min(dqeS, given.pinTtlS ?? dqeS);
  const checkTtlS = given.checkTtlS ?? defaultCheckTtlS;
  if (given.pinTtlS !== undefined && given.pinTtlS > dqeS) {
    problems.push(
      `${names.pinTtlS} (${given.pinTtlS} s) is longer than the code DQE sends lives ` +
        `(${names.pinDurationMin} = ${given.pinDurationMin} min): DQE would refuse the code first`,
    );
  }
  if (given.resendCooldownS !== undefined && given.resendCooldownS >= codeS) {
    problems.push(
      `${names.resendCooldownS} (${given.resendCooldownS} s) is not shorter than a code's life (${codeS} s): ` +
        "nobody could ask for a new code before theirs expires",
    );
  }
  if (given.maxWaitS !== undefined && given.maxWaitS >= checkTtlS) {
    problems.push(
      `${names.maxWaitS} (${given.maxWaitS} s) is not shorter than a number check's life ` +
        `(${names.checkTtlS} = ${checkTtlS} s): a poll would outlast the check`,
    );
  }
  if (given.refreshAfterS !== undefined && given.refreshAfterS >= checkTtlS) {
    problems.push(
      `${names.refreshAfterS} (${given.refreshAfterS} s) is past a number check's life ` +
        `(${names.checkTtlS} = ${checkTtlS} s): the fallback retrieval would never happen`,
    );
  }
  return problems;
}
