/** The limits the backend adapter enforces; DQE enforces none of its own. */
export interface Limits {
  /** Codes tried per verification, counted across resends, before it locks. */
  readonly maxAttempts: number;
  /** Seconds between two sends of one verification. */
  readonly resendCooldownS: number;
  /** Resends per verification. */
  readonly maxResends: number;
  /** SMS per number per window. */
  readonly sendsPerNumber: number;
  /** SMS per client IP per window. */
  readonly sendsPerIp: number;
  /** Operator checks per number per window. */
  readonly checksPerNumber: number;
  /** Length of the counting window, in seconds. */
  readonly windowS: number;
}

export const defaultLimits: Limits = {
  maxAttempts: 5,
  resendCooldownS: 30,
  maxResends: 3,
  sendsPerNumber: 5,
  sendsPerIp: 20,
  checksPerNumber: 3,
  windowS: 3600,
};

/** The environment variable of each limit. */
export const limitEnvNames: Readonly<Record<keyof Limits, string>> = {
  maxAttempts: "LIMIT_MAX_ATTEMPTS",
  resendCooldownS: "LIMIT_RESEND_COOLDOWN_S",
  maxResends: "LIMIT_MAX_RESENDS",
  sendsPerNumber: "LIMIT_SENDS_PER_NUMBER",
  sendsPerIp: "LIMIT_SENDS_PER_IP",
  checksPerNumber: "LIMIT_CHECKS_PER_NUMBER",
  windowS: "LIMIT_WINDOW_S",
};
