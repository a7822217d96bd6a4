import type { ErrorCode } from "@verify-kit/core";
import { ApiError } from "./ApiError.js";
import type { ClientAddress } from "./clientAddress.js";
import type { FraudSettings, Limits } from "./limits.js";
import type { Counter, Taken, VerifyStore } from "./store/VerifyStore.js";

/** A number as the charges count it. */
export interface ChargedNumber {
  /** E.164. */
  readonly phone: string;
  /** ISO alpha-2. */
  readonly country: string;
}

const day = 24 * 3600 * 1000;
const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/**
 * The country code and the first `digits` national digits of a number (`+336123` for +33 6 12 34 56 78 with
 * 4): the range SMS-pumping fraud walks through.
 */
export function numberPrefix(e164: string, digits: number): string {
  // E.164 country codes are 1 to 3 digits and none is the start of another (ITU-T E.164).
  const match = /^\+(1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3})(\d*)$/.exec(e164);
  if (!match) return e164;
  return `+${match[1]} ${(match[2] ?? "").slice(0, digits)}`;
}

/**
 * What sends and number checks cost, taken from shared counters before DQE is asked (all or none, atomically)
 * and given back when DQE certainly did nothing; the countries served. Each refusal says which limit refused.
 */
export function createSendCharges(deps: {
  readonly store: VerifyStore;
  readonly limits: Limits;
  readonly fraud: FraudSettings;
}) {
  const { store, limits, fraud } = deps;
  const windowMs = limits.windowS * 1000;
  const allowed = fraud.allowedCountries
    ? new Set(fraud.allowedCountries.map((c) => c.toUpperCase()))
    : undefined;
  const fixed = (key: string, max: number): Counter => ({ key, max, windowMs });
  const rolling = (key: string, max: number): Counter => ({ key, max, windowMs: day, slices: 24 });

  type Refusal = { readonly code: ErrorCode; readonly reason?: string; readonly retry: boolean };

  async function take(counters: readonly [Counter, Refusal][]): Promise<Taken> {
    const took = await store.take(counters.map(([counter]) => counter));
    if (took.ok) return took.taken;
    const refusal = counters[took.refused]?.[1] ?? { code: "too_many_sends", retry: true };
    throw new ApiError(refusal.code, {
      ...(refusal.retry ? { retryAfterS: seconds(took.retryAfterMs) } : {}),
      ...(refusal.reason ? { reason: refusal.reason } : {}),
    });
  }

  return {
    /** Refuses a country the site does not serve, before anything else is counted or asked. */
    refuseCountry(country: string) {
      if (allowed && !allowed.has(country)) throw new ApiError("country_not_allowed", { reason: country });
    },

    /** Takes one SMS from every cap and budget, and one resend of a verification when `resend` is given. */
    takeSend(
      to: ChargedNumber,
      client: ClientAddress,
      resend?: { key: string; ttlMs: number },
    ): Promise<Taken> {
      const counters: [Counter, Refusal][] = [];
      if (resend) {
        counters.push([
          { key: resend.key, max: limits.maxResends, windowMs: resend.ttlMs },
          { code: "resend_limit", retry: false },
        ]);
      }
      counters.push(
        [
          fixed(`sends:ip:${client.bucket}`, limits.sendsPerIp),
          { code: "too_many_sends", reason: "ip", retry: true },
        ],
        [
          fixed(`sends:number:${to.phone}`, limits.sendsPerNumber),
          { code: "too_many_sends", reason: "number", retry: true },
        ],
        [
          fixed(`sends:prefix:${numberPrefix(to.phone, limits.prefixDigits)}`, limits.sendsPerPrefix),
          { code: "too_many_sends", reason: "prefix", retry: true },
        ],
      );
      if (fraud.smsPerDay !== undefined) {
        counters.push([
          rolling("sms:day", fraud.smsPerDay),
          { code: "sms_budget_exhausted", reason: "global", retry: true },
        ]);
      }
      const countryBudget = fraud.smsPerDayByCountry?.[to.country] ?? fraud.smsPerDayByCountry?.["*"];
      if (countryBudget !== undefined) {
        counters.push([
          rolling(`sms:day:${to.country}`, countryBudget),
          { code: "sms_budget_exhausted", reason: "country", retry: true },
        ]);
      }
      return take(counters);
    },

    /** Takes one operator check from the number's and the client's caps. */
    takeCheck(to: ChargedNumber, client: ClientAddress): Promise<Taken> {
      return take([
        [
          fixed(`checks:number:${to.phone}`, limits.checksPerNumber),
          { code: "too_many_checks", reason: "number", retry: true },
        ],
        [
          fixed(`checks:ip:${client.bucket}`, limits.checksPerIp),
          { code: "too_many_checks", reason: "ip", retry: true },
        ],
      ]);
    },

    /**
     * Gives back what DQE certainly did not act on, unless the client already had its share of refunds in the
     * window (then a DQE outage cannot be used to call DQE without limit). Says whether it gave back.
     */
    async giveBack(taken: Taken, client: ClientAddress): Promise<boolean> {
      const { count } = await store.increment(`refunds:ip:${client.bucket}`, windowMs);
      if (count > limits.refundsPerIp) return false;
      await store.giveBack(taken);
      return true;
    },
  };
}

export type SendCharges = ReturnType<typeof createSendCharges>;
