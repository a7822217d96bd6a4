import {
  type ConsentChannels,
  countryToIso3,
  hasAnyConsent,
  type PinCheckAnswer,
  type PinSent,
  parsePhone,
} from "@verify-kit/core";
import type { DqeClient } from "@verify-kit/core/dqe";
import { ApiError } from "./ApiError.js";
import type { Limits } from "./limits.js";
import { randomId } from "./randomId.js";
import type { KeyValueStore } from "./store/KeyValueStore.js";

/** What the server decides about the SMS, never the browser. */
export interface SmsSettings {
  /** DQE's `Company`: the SMS sender name, 3 to 11 characters. */
  readonly company: string;
  /** DQE's `Custom_sms`: the text before the PIN. */
  readonly smsText: string;
  /** DQE's `Duration`: PIN lifetime in minutes. */
  readonly pinDurationMin: number;
  /** A shorter lifetime enforced by the server, in seconds (tests, stricter policies). */
  readonly pinTtlS?: number | undefined;
}

interface Verification {
  readonly phone: string;
  readonly dqePhone: string;
  readonly iso3: string;
  readonly consent: ConsentChannels | undefined;
  /** DQE's `smsToken` of the latest code: the previous ones stop working. Never leaves the server. */
  readonly smsToken: string;
  readonly expiresAt: number;
}

export interface PinVerificationsDeps {
  readonly dqe: DqeClient;
  readonly store: KeyValueStore;
  readonly limits: Limits;
  readonly sms: SmsSettings;
  readonly now: () => number;
}

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));
const PIN = /^\d{6}$/;

/** The SMS PIN flow with its limits: send, resend, check. Handlers call it; it throws ApiError. */
export function createPinVerifications({ dqe, store, limits, sms, now }: PinVerificationsDeps) {
  const windowMs = limits.windowS * 1000;
  const key = {
    verification: (id: string) => `pin:v:${id}`,
    attempts: (id: string) => `pin:attempts:${id}`,
    resends: (id: string) => `pin:resends:${id}`,
    cooldown: (id: string) => `pin:cooldown:${id}`,
    verified: (id: string) => `pin:verified:${id}`,
    number: (phone: string) => `pin:sends:number:${phone}`,
    ip: (ip: string) => `pin:sends:ip:${ip}`,
  };

  async function load(id: string): Promise<Verification> {
    const raw = await store.get(key.verification(id));
    if (raw === undefined) throw new ApiError("verification_not_found");
    return JSON.parse(raw) as Verification;
  }

  const save = (id: string, verification: Verification) =>
    store.set(key.verification(id), JSON.stringify(verification), windowMs);

  // Verified and locked live in keys of their own, never in the record: a request holding a stale
  // copy of the record can then not undo what a parallel one decided.
  async function refuseIfSettled(id: string) {
    if ((await store.get(key.verified(id))) !== undefined) throw new ApiError("verification_done");
    const attempts = Number((await store.get(key.attempts(id))) ?? 0);
    if (attempts >= limits.maxAttempts) throw new ApiError("verification_locked");
  }

  async function countSend(phone: string, ip: string) {
    for (const [counter, max] of [
      [key.ip(ip), limits.sendsPerIp],
      [key.number(phone), limits.sendsPerNumber],
    ] as const) {
      const { count, expiresAt } = await store.increment(counter, windowMs);
      if (count > max) throw new ApiError("too_many_sends", { retryAfterS: seconds(expiresAt - now()) });
    }
  }

  /** GDPR_MSG, then the answer the browser gets; DQE's refusals become typed errors. */
  async function sendSms(to: Pick<Verification, "dqePhone" | "iso3">, consent: ConsentChannels | undefined) {
    const sent = await dqe.sendPin({
      phone: to.dqePhone,
      country: to.iso3,
      company: sms.company,
      customSms: sms.smsText,
      durationMin: sms.pinDurationMin,
      ...(consent === undefined ? {} : { consent }),
    });
    if (!sent.ok) throw ApiError.from(sent.error);
    if (sent.value.kind === "not_delivered") throw new ApiError(sent.value.reason);
    const lifetimeS = Math.min(sent.value.timeoutMinutes * 60, sms.pinTtlS ?? Number.POSITIVE_INFINITY);
    return { smsToken: sent.value.smsToken, expiresAt: now() + lifetimeS * 1000 };
  }

  async function answer(id: string, verification: Verification): Promise<PinSent> {
    const [attempts, resends] = await Promise.all([store.get(key.attempts(id)), store.get(key.resends(id))]);
    return {
      verificationId: id,
      to: verification.phone,
      expiresInS: seconds(verification.expiresAt - now()),
      resendInS: seconds(await store.ttl(key.cooldown(id))),
      resendsLeft: Math.max(0, limits.maxResends - Number(resends ?? 0)),
      attemptsLeft: Math.max(0, limits.maxAttempts - Number(attempts ?? 0)),
    };
  }

  return {
    async send(
      input: { phone: string; consent?: ConsentChannels | undefined },
      ip: string,
    ): Promise<PinSent> {
      const phone = parsePhone(input.phone);
      if (!phone.ok) throw ApiError.from(phone.error);
      const iso3 = phone.value.country === undefined ? undefined : countryToIso3(phone.value.country);
      if (iso3 === undefined) throw new ApiError("phone_invalid_country");
      if (input.consent !== undefined && !hasAnyConsent(input.consent))
        throw new ApiError("consent_required");
      await countSend(phone.value.e164, ip);
      const { smsToken, expiresAt } = await sendSms({ dqePhone: phone.value.dqe, iso3 }, input.consent);
      const id = randomId();
      const verification: Verification = {
        phone: phone.value.e164,
        dqePhone: phone.value.dqe,
        iso3,
        consent: input.consent,
        smsToken,
        expiresAt,
      };
      await save(id, verification);
      await store.set(key.cooldown(id), "1", limits.resendCooldownS * 1000);
      return answer(id, verification);
    },

    async resend(id: string, ip: string): Promise<PinSent> {
      const verification = await load(id);
      await refuseIfSettled(id);
      // Claiming the cooldown is the atomic step: of two parallel resends, one sends.
      const cooldownMs = limits.resendCooldownS * 1000;
      if (!(await store.setIfAbsent(key.cooldown(id), "1", cooldownMs))) {
        throw new ApiError("resend_cooldown", { retryAfterS: seconds(await store.ttl(key.cooldown(id))) });
      }
      const { count } = await store.increment(key.resends(id), windowMs);
      if (count > limits.maxResends) throw new ApiError("resend_limit");
      await countSend(verification.phone, ip);
      const { smsToken, expiresAt } = await sendSms(verification, verification.consent);
      const renewed: Verification = { ...verification, smsToken, expiresAt };
      await save(id, renewed);
      return answer(id, renewed);
    },

    async check(id: string, pin: string): Promise<PinCheckAnswer> {
      if (!PIN.test(pin)) throw new ApiError("pin_malformed");
      const verification = await load(id);
      await refuseIfSettled(id);
      if (now() >= verification.expiresAt) throw new ApiError("pin_expired");
      // Taking an attempt before asking DQE is what makes the limit hold under concurrency.
      const { count } = await store.increment(key.attempts(id), windowMs);
      const attemptsLeft = Math.max(0, limits.maxAttempts - count);
      if (count > limits.maxAttempts) throw new ApiError("verification_locked");
      const checked = await dqe.checkPin({ phone: verification.dqePhone, token: verification.smsToken, pin });
      if (checked.ok) {
        await store.set(key.verified(id), "1", windowMs);
        return {
          verified: true,
          channels: checked.value.channels,
          dqeDateTime: checked.value.dateTime,
          verifiedAt: new Date(now()).toISOString(),
        };
      }
      // A double submit: the parallel check that won used the code up, so DQE calls our token invalid.
      if ((await store.get(key.verified(id))) !== undefined) throw new ApiError("verification_done");
      // DQE did not judge the code (down, too slow, unreadable): the user keeps the attempt.
      if (checked.error.dqeCode === undefined && checked.error.retryable) {
        await store.increment(key.attempts(id), windowMs, -1);
      }
      if (checked.error.code !== "pin_invalid") throw ApiError.from(checked.error);
      return {
        verified: false,
        reason: attemptsLeft === 0 ? "verification_locked" : "pin_invalid",
        attemptsLeft,
      };
    },
  };
}

export type PinVerifications = ReturnType<typeof createPinVerifications>;
