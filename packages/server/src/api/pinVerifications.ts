import {
  type ConsentChannels,
  countryToIso3,
  hasAnyConsent,
  type PinCheckAnswer,
  type PinSent,
  parsePhone,
} from "@verify-kit/core";
import { type DqeClient, dqeSentNothing } from "@verify-kit/core/dqe";
import type { ProofIssuer } from "../proof/createProofIssuer.js";
import { ApiError } from "./ApiError.js";
import type { ClientAddress } from "./clientAddress.js";
import type { Limits } from "./limits.js";
import type { Metrics } from "./metrics.js";
import { randomId } from "./randomId.js";
import type { SendCharges } from "./sendCharges.js";
import { createSmsTexts, type SmsSettings } from "./smsSettings.js";
import type { Taken, VerifyStore } from "./store/VerifyStore.js";

interface Verification {
  readonly phone: string;
  readonly dqePhone: string;
  readonly iso3: string;
  /** ISO alpha-2, for the per-country budget. */
  readonly country: string;
  readonly consent: ConsentChannels | undefined;
  /** The language its SMS are written in (a resend keeps it unless the page names another). */
  readonly smsLocale?: string | undefined;
  /** DQE's `smsToken` of the latest code: the previous ones stop working. Never leaves the server. */
  readonly smsToken: string;
  readonly expiresAt: number;
}

export interface PinVerificationsDeps {
  readonly dqe: DqeClient;
  readonly store: VerifyStore;
  readonly limits: Limits;
  readonly sms: SmsSettings;
  readonly charges: SendCharges;
  readonly metrics: Metrics;
  /** How long a verification outlives its code (a resend after the code expired still finds it). */
  readonly marginS: number;
  readonly now: () => number;
  /** Signs the proof a successful check's answer carries; none without it. */
  readonly issueProof?: ProofIssuer | undefined;
}

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));
const PIN = /^\d{6}$/;

/** The lifetime of a code the server allows, in seconds: DQE's `Duration`, or the server's shorter one. */
export function codeLifetimeS(sms: SmsSettings): number {
  return Math.min(sms.pinDurationMin * 60, sms.pinTtlS ?? Number.POSITIVE_INFINITY);
}

/** The SMS PIN flow with its limits: send, resend, check. Handlers call it; it throws ApiError. */
export function createPinVerifications(deps: PinVerificationsDeps) {
  const { dqe, store, limits, sms, charges, metrics, now } = deps;
  const texts = createSmsTexts(sms);
  const marginMs = deps.marginS * 1000;
  // A verification lives at most this long, resends included: what belongs to it lives as long, no longer.
  const longestMs = (limits.maxResends + 1) * (codeLifetimeS(sms) * 1000 + marginMs);
  const key = {
    verification: (id: string) => `pin:v:${id}`,
    /** Codes DQE judged (a wrong code, or one it refused): the lock counts these. */
    judged: (id: string) => `pin:judged:${id}`,
    /** Codes judged or being judged: the attempt taken before DQE is asked. */
    attempts: (id: string) => `pin:attempts:${id}`,
    resends: (id: string) => `pin:resends:${id}`,
    cooldown: (id: string) => `pin:cooldown:${id}`,
    verified: (id: string) => `pin:verified:${id}`,
  };

  async function load(id: string): Promise<Verification> {
    const raw = await store.get(key.verification(id));
    if (raw === undefined) throw new ApiError("verification_not_found");
    return JSON.parse(raw) as Verification;
  }

  // The record lives as long as its code, plus the margin: never as long as a limit's window.
  const save = (id: string, verification: Verification) =>
    store.set(key.verification(id), JSON.stringify(verification), verification.expiresAt - now() + marginMs);

  const judged = async (id: string) => Number((await store.get(key.judged(id))) ?? 0);

  // Verified and locked live in keys of their own, never in the record: a request holding a stale
  // copy of the record can then not undo what a parallel one decided.
  async function refuseIfSettled(id: string) {
    if ((await store.get(key.verified(id))) !== undefined) throw new ApiError("verification_done");
    if ((await judged(id)) >= limits.maxAttempts) throw new ApiError("verification_locked");
  }

  /** GDPR_MSG, then the answer the browser gets; DQE's refusals become typed errors. */
  async function sendSms(to: Pick<Verification, "dqePhone" | "iso3" | "consent" | "smsLocale">) {
    const sent = await dqe.sendPin({
      phone: to.dqePhone,
      country: to.iso3,
      company: sms.company,
      customSms: texts.textOf(to.smsLocale ?? texts.languageFor([])),
      durationMin: sms.pinDurationMin,
      ...(to.consent === undefined ? {} : { consent: to.consent }),
    });
    if (!sent.ok) return sent;
    if (sent.value.kind === "not_delivered") return { ok: true as const, notDelivered: sent.value.reason };
    const lifetimeS = Math.min(sent.value.timeoutMinutes * 60, sms.pinTtlS ?? Number.POSITIVE_INFINITY);
    return { ok: true as const, smsToken: sent.value.smsToken, expiresAt: now() + lifetimeS * 1000 };
  }

  async function answer(id: string, verification: Verification): Promise<PinSent> {
    const [attempts, resends] = await Promise.all([judged(id), store.get(key.resends(id))]);
    return {
      verificationId: id,
      to: verification.phone,
      expiresInS: seconds(verification.expiresAt - now()),
      resendInS: seconds(await store.ttl(key.cooldown(id))),
      resendsLeft: Math.max(0, limits.maxResends - Number(resends ?? 0)),
      attemptsLeft: Math.max(0, limits.maxAttempts - attempts),
    };
  }

  /**
   * Sends one SMS for a verification, charged first and given back when DQE certainly sent nothing. A resend
   * that sent nothing (refused by a limit, or given back) also gives its cooldown back.
   */
  async function chargedSend(
    to: Omit<Verification, "smsToken" | "expiresAt">,
    client: ClientAddress,
    resendOf: string | undefined,
  ) {
    const cooldownBack = async () => {
      if (resendOf !== undefined) await store.delete(key.cooldown(resendOf));
    };
    let taken: Taken;
    try {
      const resend = resendOf === undefined ? undefined : { key: key.resends(resendOf), ttlMs: longestMs };
      taken = await charges.takeSend(to, client, resend);
    } catch (error) {
      await cooldownBack();
      throw error;
    }
    const sent = await sendSms(to);
    if (!sent.ok) {
      if (dqeSentNothing(sent.error) && (await charges.giveBack(taken, client))) await cooldownBack();
      throw ApiError.from(sent.error);
    }
    if ("notDelivered" in sent) throw new ApiError(sent.notDelivered);
    metrics.smsSent(to.country);
    return sent;
  }

  return {
    /** `languages`: what the request asks for, best first (the page's `locale`, then `Accept-Language`). */
    async send(
      input: { phone: string; consent?: ConsentChannels | undefined },
      client: ClientAddress,
      languages: readonly string[] = [],
    ): Promise<PinSent> {
      const phone = parsePhone(input.phone);
      if (!phone.ok) throw ApiError.from(phone.error);
      const iso3 = phone.value.country === undefined ? undefined : countryToIso3(phone.value.country);
      if (iso3 === undefined || phone.value.country === undefined)
        throw new ApiError("phone_invalid_country");
      charges.refuseCountry(phone.value.country);
      const to = {
        phone: phone.value.e164,
        dqePhone: phone.value.dqe,
        iso3,
        country: phone.value.country,
        // No channel chosen is no consent given: DQE then gets no flags (it refuses four 0s with its error
        // 11), so that a code never depends on marketing consent.
        consent: input.consent !== undefined && hasAnyConsent(input.consent) ? input.consent : undefined,
        smsLocale: texts.languageFor(languages),
      };
      const { smsToken, expiresAt } = await chargedSend(to, client, undefined);
      const id = randomId();
      const verification: Verification = { ...to, smsToken, expiresAt };
      await save(id, verification);
      await store.set(key.cooldown(id), "1", limits.resendCooldownS * 1000);
      return answer(id, verification);
    },

    /** `locale`: the page's language; the first SMS's when absent or without a text of its own. */
    async resend(id: string, client: ClientAddress, locale: string | undefined): Promise<PinSent> {
      const stored = await load(id);
      const wanted = [locale, stored.smsLocale].filter((tag): tag is string => tag !== undefined);
      const verification: Verification = { ...stored, smsLocale: texts.languageFor(wanted) };
      await refuseIfSettled(id);
      // Claiming the cooldown is the atomic step: of two parallel resends, one sends.
      const cooldownMs = limits.resendCooldownS * 1000;
      if (!(await store.setIfAbsent(key.cooldown(id), "1", cooldownMs))) {
        throw new ApiError("resend_cooldown", { retryAfterS: seconds(await store.ttl(key.cooldown(id))) });
      }
      const sent = await chargedSend(verification, client, id);
      const renewed: Verification = { ...verification, smsToken: sent.smsToken, expiresAt: sent.expiresAt };
      await save(id, renewed);
      return answer(id, renewed);
    },

    async check(id: string, pin: string): Promise<PinCheckAnswer> {
      if (!PIN.test(pin)) throw new ApiError("pin_malformed");
      const verification = await load(id);
      await refuseIfSettled(id);
      if (now() >= verification.expiresAt) throw new ApiError("pin_expired");
      // Taking an attempt before asking DQE is what makes the limit hold under concurrency. With every
      // attempt taken, some still being judged, the answer is "busy": not locked, unless DQE judged them all.
      const took = await store.take([
        { key: key.attempts(id), max: limits.maxAttempts, windowMs: longestMs },
      ]);
      if (!took.ok) {
        await refuseIfSettled(id);
        throw new ApiError("verification_busy", { retryAfterS: 1 });
      }
      const checked = await dqe.checkPin({ phone: verification.dqePhone, token: verification.smsToken, pin });
      if (checked.ok) {
        await store.set(key.verified(id), "1", longestMs);
        metrics.verified("pin", verification.country);
        const verifiedAt = now();
        const proof = await deps.issueProof?.({ phone: verification.phone, method: "sms", verifiedAt, id });
        return {
          verified: true,
          channels: checked.value.channels,
          dqeDateTime: checked.value.dateTime,
          verifiedAt: new Date(verifiedAt).toISOString(),
          ...(proof === undefined ? {} : { proof }),
        };
      }
      // A double submit: the parallel check that won used the code up, so DQE calls our token invalid.
      if ((await store.get(key.verified(id))) !== undefined) throw new ApiError("verification_done");
      // DQE did not judge the code (down, too slow, unreadable): the user keeps the attempt.
      if (checked.error.dqeCode === undefined) {
        await store.giveBack(took.taken);
        throw ApiError.from(checked.error);
      }
      const { count } = await store.increment(key.judged(id), longestMs);
      if (checked.error.code !== "pin_invalid") throw ApiError.from(checked.error);
      const attemptsLeft = Math.max(0, limits.maxAttempts - count);
      return {
        verified: false,
        reason: attemptsLeft === 0 ? "verification_locked" : "pin_invalid",
        attemptsLeft,
      };
    },
  };
}

export type PinVerifications = ReturnType<typeof createPinVerifications>;
