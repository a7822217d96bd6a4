import {
  type NumberVerifyStarted,
  type NumberVerifyStatus,
  parsePhone,
  type VerifyError,
} from "@verify-kit/core";
import { type DqeClient, dqeSentNothing } from "@verify-kit/core/dqe";
import type { Logger } from "pino";
import type { ProofIssuer } from "../proof/createProofIssuer.js";
import { ApiError, errorBody } from "./ApiError.js";
import type { CallbackOutcome } from "./callbackPage.js";
import type { ClientAddress } from "./clientAddress.js";
import type { Limits } from "./limits.js";
import type { Metrics } from "./metrics.js";
import { randomId } from "./randomId.js";
import type { SendCharges } from "./sendCharges.js";
import type { VerifyStore } from "./store/VerifyStore.js";

/** Retrievals the callback may make per check: the phone's redirect, and one more if DQE had no answer yet. */
const callbackRetrievals = 2;
/** Where a replica that settles a check tells the others, whose long polls wait on it. */
const settledChannel = "nv:settled";

export interface NumberChecksDeps {
  readonly dqe: DqeClient;
  readonly store: VerifyStore;
  readonly limits: Limits;
  readonly charges: SendCharges;
  readonly metrics: Metrics;
  readonly logger: Logger;
  readonly now: () => number;
  /** Whether number checks are set up (they need DQE's client secret). */
  readonly enabled: boolean;
  /** How long a check lives: DQE's access token lives 300 s. */
  readonly checkTtlS: number;
  /**
   * First fallback retrieval this long after the start, a second at four times that, a last one when
   * the check expires. With the callback's, a check costs at most 5 retrievals whoever asks.
   */
  readonly refreshAfterS: number;
  /** How long a check's record outlives the check, for late polls to read its outcome. */
  readonly marginS: number;
  /** Signs the proof a verified check's status carries; none without it. */
  readonly issueProof?: ProofIssuer | undefined;
}

interface Check {
  readonly phone: string;
  readonly country: string | undefined;
  /** The token DQE's retrieval takes. A secret: it never leaves the server. */
  readonly checkToken: string | undefined;
  readonly startedAt: number;
  readonly expiresAt: number;
}

type FinalStatus = Exclude<NumberVerifyStatus, { status: "pending" }>;
/** A final status as stored: with when it settled (epoch ms), the time a proof says the number was verified. */
type Settled = FinalStatus & { readonly settledAt?: number };

/** What the phone's page says of a settled check: a decline and an expiry by name, the rest as the UI groups it. */
function callbackOutcome(
  settled: FinalStatus,
): Exclude<CallbackOutcome, "unavailable" | "unknown" | "pending"> {
  if (settled.status !== "failed") return settled.status === "verified" ? "verified" : "not_confirmed";
  const outcomes: Partial<Record<string, "declined" | "expired" | "not_confirmed">> = {
    check_declined: "declined",
    check_expired: "expired",
    number_mismatch: "not_confirmed",
  };
  return outcomes[settled.error.code] ?? "failed";
}

/**
 * The operator check. DQE is asked for the result once when it redirects the phone to our callback;
 * browsers' polls are answered from the store, and a long poll is released when the callback settles
 * the check. Retrievals without a redirect are a slow fallback at a few fixed moments, claimed through
 * the store so that any number of polling tabs (or servers) make one call per moment.
 */
export function createNumberChecks(deps: NumberChecksDeps) {
  const { dqe, store, limits, charges, metrics, logger, now } = deps;
  const ttlMs = deps.checkTtlS * 1000;
  // A check's records live as long as the check plus the margin, never as long as a limit's window.
  const recordMs = ttlMs + deps.marginS * 1000;
  const key = {
    check: (id: string) => `nv:check:${id}`,
    result: (id: string) => `nv:result:${id}`,
    token: (token: string) => `nv:token:${token}`,
    refresh: (id: string, slot: number) => `nv:refresh:${id}:${slot}`,
    callbacks: (id: string) => `nv:callbacks:${id}`,
  };
  // In this process: who waits on which check, the retrieval under way per check, long polls held per client.
  const waiters = new Map<string, Set<() => void>>();
  const inFlight = new Map<string, Promise<void>>();
  const held = new Map<string, number>();
  const wake = (id: string) => {
    for (const done of waiters.get(id) ?? []) done();
  };
  // A check settled on another replica releases the long polls held here.
  store.subscribe(settledChannel, wake);

  async function load(id: string): Promise<Check> {
    const raw = await store.get(key.check(id));
    if (raw === undefined) throw new ApiError("check_not_found");
    return JSON.parse(raw) as Check;
  }

  async function result(id: string): Promise<Settled | undefined> {
    const raw = await store.get(key.result(id));
    return raw === undefined ? undefined : (JSON.parse(raw) as Settled);
  }

  /** A settled check as the browser gets it: a verified one with its proof (the same at every poll). */
  async function answerOf(id: string, check: Check, settled: Settled): Promise<FinalStatus> {
    const { settledAt, ...status } = settled;
    if (status.status !== "verified" || deps.issueProof === undefined) return status;
    const proof = await deps.issueProof({
      phone: check.phone,
      method: "operator",
      // A result settled by an earlier version has no time: its start, so that its proof does not get a
      // later expiry at each poll.
      verifiedAt: settledAt ?? check.startedAt,
      id,
    });
    return { ...status, proof };
  }

  async function settle(id: string, check: Check, status: FinalStatus) {
    // The first final answer wins; later ones (a late retrieval) change nothing.
    const settled: Settled = { ...status, settledAt: now() };
    if (await store.setIfAbsent(key.result(id), JSON.stringify(settled), recordMs)) {
      logger.info({ checkId: id, status: status.status }, "number check settled");
      if (status.status === "verified") metrics.verified("number", check.country ?? "none");
      wake(id);
      await store.publish(settledChannel, id);
    }
  }

  const failed = (error: VerifyError): FinalStatus => ({ status: "failed", error: errorBody(error.code) });

  /** One DQE retrieval for a check, shared by everyone who asks while it runs. */
  function retrieve(id: string, check: Check, token: string | undefined): Promise<void> {
    const running = inFlight.get(id);
    if (running) return running;
    const run = (async () => {
      const useToken = token ?? check.checkToken;
      if (useToken === undefined) return;
      const answer = await dqe.getNumberCheck({ token: useToken });
      if (answer.ok) {
        if (answer.value.kind !== "pending") await settle(id, check, { status: answer.value.kind });
        return;
      }
      // DQE's own answer is final; a network or protocol failure is not: the next poll tries again.
      if (answer.error.dqeCode !== undefined) await settle(id, check, failed(answer.error));
      else logger.warn({ checkId: id, error: answer.error.toJSON() }, "number check retrieval failed");
    })().finally(() => inFlight.delete(id));
    inFlight.set(id, run);
    return run;
  }

  // Fallback moments, in ms after the start; the last retrieval happens at expiry (see status()).
  const slotsMs = [deps.refreshAfterS * 1000, deps.refreshAfterS * 4000].filter((at) => at < ttlMs);

  /** One fallback retrieval per moment passed, claimed through the store across all pollers. */
  async function maybeRefresh(id: string, check: Check) {
    const elapsedMs = now() - check.startedAt;
    const slot = slotsMs.filter((at) => at <= elapsedMs).length - 1;
    if (slot < 0) return;
    if (await store.setIfAbsent(key.refresh(id, slot), "1", ttlMs)) await retrieve(id, check, undefined);
    // Polls that lost the claim wait for the retrieval under way here, to answer with its result.
    else await inFlight.get(id);
  }

  /** Milliseconds until the next fallback moment or the expiry. */
  function nextRefreshInMs(check: Check) {
    const elapsedMs = now() - check.startedAt;
    const next = slotsMs.find((at) => at > elapsedMs) ?? ttlMs;
    return Math.max(10, next - elapsedMs);
  }

  /** A check reaching its end gets one last look at DQE: the phone may have come back without the redirect. */
  async function expire(id: string, check: Check) {
    if (await store.setIfAbsent(key.refresh(id, slotsMs.length), "1", ttlMs))
      await retrieve(id, check, undefined);
    else await inFlight.get(id);
    if ((await result(id)) === undefined)
      await settle(id, check, { status: "failed", error: errorBody("check_expired") });
  }

  function waitForChange(id: string, ms: number, signal: AbortSignal | undefined) {
    return new Promise<void>((resolve) => {
      const set = waiters.get(id) ?? new Set();
      waiters.set(id, set);
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        set.delete(done);
        if (set.size === 0) waiters.delete(id);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
      signal?.addEventListener("abort", done, { once: true });
    });
  }

  /** Where a check stands, waiting for it to settle until `deadline`. */
  async function statusUntil(
    id: string,
    deadline: number,
    signal: AbortSignal | undefined,
  ): Promise<NumberVerifyStatus> {
    const check = await load(id);
    for (;;) {
      const settled = await result(id);
      if (settled) return answerOf(id, check, settled);
      if (now() >= check.expiresAt) {
        await expire(id, check);
        continue;
      }
      await maybeRefresh(id, check);
      const settledNow = await result(id);
      if (settledNow) return answerOf(id, check, settledNow);
      const left = Math.min(deadline, check.expiresAt) - now();
      if (left <= 0 || signal?.aborted)
        return { status: "pending", elapsedS: Math.floor((now() - check.startedAt) / 1000) };
      await waitForChange(id, Math.min(left, nextRefreshInMs(check)), signal);
    }
  }

  return {
    async start(
      phoneInput: string,
      redirectBase: string,
      client: ClientAddress,
    ): Promise<NumberVerifyStarted> {
      const phone = parsePhone(phoneInput);
      if (!phone.ok) throw ApiError.from(phone.error);
      if (!deps.enabled) throw new ApiError("number_verify_unavailable");
      const country = phone.value.country;
      if (country !== undefined) charges.refuseCountry(country);
      else charges.refuseCountry("none");
      const taken = await charges.takeCheck({ phone: phone.value.e164, country: country ?? "none" }, client);
      const id = randomId();
      // Our own id rides in the redirect, so the callback finds the check whichever token DQE adds.
      const redirectUri = `${redirectBase}/api/number-verify/callback?check=${id}`;
      const started = await dqe.startNumberCheck({ phone: phone.value.dqe, redirectUri });
      if (!started.ok) {
        // No access token means no check was started at all.
        if (started.error.endpoint === "accessToken" || dqeSentNothing(started.error)) {
          await charges.giveBack(taken, client);
        }
        throw ApiError.from(started.error);
      }
      metrics.checkStarted(country ?? "none");
      const check: Check = {
        phone: phone.value.e164,
        country,
        checkToken: started.value.checkToken,
        startedAt: now(),
        expiresAt: now() + ttlMs,
      };
      await store.set(key.check(id), JSON.stringify(check), recordMs);
      if (check.checkToken !== undefined) await store.set(key.token(check.checkToken), id, recordMs);
      return {
        checkId: id,
        url: started.value.url,
        operator: started.value.operator,
        expiresInS: deps.checkTtlS,
      };
    },

    /**
     * Where a check stands; with `waitS`, held until it settles or the wait ends. A client already holding
     * `heldPollsPerIp` polls here is answered at once: held polls cost this server memory.
     */
    async status(
      id: string,
      waitS: number,
      client: ClientAddress | undefined,
      signal?: AbortSignal,
    ): Promise<NumberVerifyStatus> {
      const holding = client === undefined ? limits.heldPollsPerIp : (held.get(client.bucket) ?? 0);
      if (waitS === 0 || holding >= limits.heldPollsPerIp || client === undefined) {
        return statusUntil(id, now(), signal);
      }
      held.set(client.bucket, holding + 1);
      try {
        return await statusUntil(id, now() + waitS * 1000, signal);
      } finally {
        const left = (held.get(client.bucket) ?? 1) - 1;
        if (left > 0) held.set(client.bucket, left);
        else held.delete(client.bucket);
      }
    },
    /**
     * The phone came back from the operator: settles the check now. Says what the phone's page should tell
     * the user: the outcome ("pending" if DQE had no answer yet), or "unknown" for a check never started or
     * long forgotten.
     */
    async callback(params: {
      check?: string | undefined;
      token?: string | undefined;
    }): Promise<Exclude<CallbackOutcome, "unavailable">> {
      const id = params.check ?? (params.token ? await store.get(key.token(params.token)) : undefined);
      if (id === undefined) return "unknown";
      const raw = await store.get(key.check(id));
      if (raw === undefined) return "unknown";
      const check = JSON.parse(raw) as Check;
      // The redirect's token is used only when the protocol says it identifies the check: a forged
      // callback must not be able to point our retrieval at another token.
      const token = check.checkToken === undefined ? params.token : undefined;
      // However often the callback is hit, DQE is asked at most twice per check, across replicas.
      if ((await result(id)) === undefined) {
        const { count } = await store.increment(key.callbacks(id), recordMs);
        if (count <= callbackRetrievals) await retrieve(id, check, token);
      }
      const settled = await result(id);
      return settled === undefined ? "pending" : callbackOutcome(settled);
    },
  };
}

export type NumberChecks = ReturnType<typeof createNumberChecks>;
