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
  /** SMS per client (its IPv4 address, its IPv6 /64) per window. */
  readonly sendsPerIp: number;
  /**
   * SMS per number prefix per window: SMS-pumping fraud walks through a range of numbers that pay its
   * operator, each number getting few SMS.
   */
  readonly sendsPerPrefix: number;
  /** National digits after the country code that make a prefix (`+33 6123` with 4). */
  readonly prefixDigits: number;
  /** Operator checks per number per window. */
  readonly checksPerNumber: number;
  /** Operator checks per client per window. */
  readonly checksPerIp: number;
  /**
   * Sends and checks per client per window given back because DQE certainly did nothing (refused the
   * connection, answered a 5xx): past it a client's failures count, so that a DQE outage cannot be used to
   * send without limit.
   */
  readonly refundsPerIp: number;
  /** Long polls one client may have held at once on one server; more are answered at once. */
  readonly heldPollsPerIp: number;
  /** Length of the counting window of the caps above, in seconds (not the lifetime of any code or check). */
  readonly windowS: number;
}

export const defaultLimits: Limits = {
  maxAttempts: 5,
  resendCooldownS: 30,
  maxResends: 3,
  sendsPerNumber: 5,
  sendsPerIp: 20,
  sendsPerPrefix: 30,
  prefixDigits: 4,
  checksPerNumber: 3,
  checksPerIp: 10,
  refundsPerIp: 10,
  heldPollsPerIp: 10,
  windowS: 3600,
};

/** The environment variable of each limit. */
export const limitEnvNames: Readonly<Record<keyof Limits, string>> = {
  maxAttempts: "LIMIT_MAX_ATTEMPTS",
  resendCooldownS: "LIMIT_RESEND_COOLDOWN_S",
  maxResends: "LIMIT_MAX_RESENDS",
  sendsPerNumber: "LIMIT_SENDS_PER_NUMBER",
  sendsPerIp: "LIMIT_SENDS_PER_IP",
  sendsPerPrefix: "LIMIT_SENDS_PER_PREFIX",
  prefixDigits: "LIMIT_PREFIX_DIGITS",
  checksPerNumber: "LIMIT_CHECKS_PER_NUMBER",
  checksPerIp: "LIMIT_CHECKS_PER_IP",
  refundsPerIp: "LIMIT_REFUNDS_PER_IP",
  heldPollsPerIp: "LIMIT_HELD_POLLS_PER_IP",
  windowS: "LIMIT_WINDOW_S",
};

/**
 * What stops SMS-pumping fraud besides the caps: the countries served, and budgets of SMS over a rolling
 * 24 hours, all of them shared through the store.
 */
export interface FraudSettings {
  /** ISO 3166 alpha-2 countries whose numbers may get an SMS or an operator check; all when undefined. */
  readonly allowedCountries?: readonly string[] | undefined;
  /** SMS in any rolling 24 hours, every country together; no budget when undefined. */
  readonly smsPerDay?: number | undefined;
  /**
   * SMS in any rolling 24 hours per country: `{ FR: 5000, BE: 500, "*": 100 }`, `*` for every country not
   * named; no budget for a country not named when `*` is absent.
   */
  readonly smsPerDayByCountry?: Readonly<Record<string, number>> | undefined;
}
