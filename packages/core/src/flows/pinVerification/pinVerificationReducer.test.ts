import { describe, expect, test } from "vitest";
import type { PinSent } from "../../api/verifyApiTypes.js";
import { VerifyError } from "../../errors/VerifyError.js";
import {
  initialPinVerificationState,
  type PinVerificationAction,
  type PinVerificationState,
  pinActionRefusal,
  pinVerificationReducer,
  sessionOf,
} from "../index.js";

const at = Date.UTC(2026, 0, 5, 9, 0, 0);
const answer: PinSent = {
  verificationId: "v1",
  to: "+33600000001",
  expiresInS: 180,
  resendInS: 30,
  resendsLeft: 3,
  attemptsLeft: 5,
};

const run = (...actions: PinVerificationAction[]) =>
  actions.reduce<PinVerificationState>(pinVerificationReducer, initialPinVerificationState);

const sent = () => run({ type: "send", phone: "+33600000001" }, { type: "sent", answer, at });

describe("pinVerificationReducer", () => {
  test("send, then the answer's durations become times on arrival", () => {
    expect(run({ type: "send", phone: "+33600000001" })).toEqual({
      status: "sending",
      phone: "+33600000001",
    });
    expect(sent()).toEqual({
      status: "sent",
      verificationId: "v1",
      to: "+33600000001",
      expiresAt: at + 180_000,
      resendAvailableAt: at + 30_000,
      attemptsLeft: 5,
      resendsLeft: 3,
    });
  });

  test("a resend's answer records when it was accepted; a wrong code after it keeps that time", () => {
    expect(sessionOf(sent())?.resentAt).toBeUndefined();
    const later = at + 95_000;
    const resent = run(
      { type: "send", phone: "+33600000001" },
      { type: "sent", answer, at },
      { type: "resend" },
      { type: "sent", answer: { ...answer, resendsLeft: 2 }, at: later },
    );
    expect(resent).toMatchObject({
      status: "sent",
      resentAt: later,
      resendsLeft: 2,
      expiresAt: later + 180_000,
    });
    const rejected = pinVerificationReducer(pinVerificationReducer(resent, { type: "check" }), {
      type: "checked",
      answer: { verified: false, reason: "pin_invalid", attemptsLeft: 4 },
    });
    expect(rejected).toMatchObject({ status: "rejected", resentAt: later });
    // A new send (Change number, then Send) is a first code again.
    const fresh = [
      { type: "changeNumber" },
      { type: "send", phone: "+33600000001" },
      { type: "sent", answer, at: later + 1 },
    ] as const;
    expect(
      sessionOf(fresh.reduce<PinVerificationState>(pinVerificationReducer, rejected))?.resentAt,
    ).toBeUndefined();
  });

  test("a right code verifies, with the consent channels", () => {
    const channels = { phone: false, post: false, sms: true, email: false };
    const state = pinVerificationReducer(pinVerificationReducer(sent(), { type: "check" }), {
      type: "checked",
      answer: { verified: true, channels, dqeDateTime: "x", verifiedAt: "2026-01-05T09:00:10.000Z" },
    });
    expect(state).toEqual({
      status: "verified",
      to: "+33600000001",
      verificationId: "v1",
      channels,
      verifiedAt: "2026-01-05T09:00:10.000Z",
    });
  });

  test("a wrong code is rejected with the attempts left; the last one locks", () => {
    const checking = pinVerificationReducer(sent(), { type: "check" });
    const rejected = pinVerificationReducer(checking, {
      type: "checked",
      answer: { verified: false, reason: "pin_invalid", attemptsLeft: 2 },
    });
    expect(rejected).toMatchObject({ status: "rejected", attemptsLeft: 2 });
    expect(rejected.status === "rejected" && rejected.error.code).toBe("pin_invalid");
    const locked = pinVerificationReducer(pinVerificationReducer(rejected, { type: "check" }), {
      type: "checked",
      answer: { verified: false, reason: "verification_locked", attemptsLeft: 0 },
    });
    expect(locked).toMatchObject({ status: "locked", to: "+33600000001" });
  });

  test.each([
    ["pin_expired", "expired"],
    ["sms_token_invalid", "expired"],
    ["verification_locked", "locked"],
    ["network_error", "error"],
    ["verification_not_found", "error"],
  ] as const)("a check failing with %s gives %s", (code, status) => {
    const state = pinVerificationReducer(pinVerificationReducer(sent(), { type: "check" }), {
      type: "checkFailed",
      error: new VerifyError(code),
      at,
    });
    expect(state.status).toBe(status);
  });

  test("a retryable check failure keeps the verification, so the code can be checked again", () => {
    const state = pinVerificationReducer(pinVerificationReducer(sent(), { type: "check" }), {
      type: "checkFailed",
      error: new VerifyError("network_error"),
      at,
    });
    expect(state).toMatchObject({ status: "error", failed: "check", retryable: true });
    expect(state.status === "error" && state.session?.verificationId).toBe("v1");
    expect(pinVerificationReducer(state, { type: "check" }).status).toBe("checking");
  });

  test("an undeliverable SMS has its own status", () => {
    const state = run(
      { type: "send", phone: "+33600000002" },
      { type: "sendFailed", error: new VerifyError("sms_undeliverable", { httpStatus: 422 }), at },
    );
    expect(state).toMatchObject({ status: "undeliverable", phone: "+33600000002" });
  });

  test("a limited resend is an error with retryAfterS, and its time, that keeps the code checkable", () => {
    const state = pinVerificationReducer(pinVerificationReducer(sent(), { type: "resend" }), {
      type: "sendFailed",
      error: new VerifyError("resend_cooldown", { retryAfterS: 12, httpStatus: 429 }),
      at: at + 40_000,
    });
    expect(state).toMatchObject({
      status: "error",
      failed: "resend",
      retryable: true,
      retryAfterS: 12,
      retryAt: at + 52_000,
    });
    expect(state.status === "error" && state.session?.verificationId).toBe("v1");
  });

  test("a resend's limit holds for the verification: a wrong code and the code expiring keep it", () => {
    const limited = run(
      { type: "send", phone: "+33600000001" },
      { type: "sent", answer, at },
      { type: "resend" },
      {
        type: "sendFailed",
        error: new VerifyError("too_many_sends", { retryAfterS: 3600 }),
        at: at + 40_000,
      },
      { type: "check" },
      { type: "checked", answer: { verified: false, reason: "pin_invalid", attemptsLeft: 4 } },
    );
    expect(limited).toMatchObject({
      status: "rejected",
      resendAvailableAt: at + 3_640_000,
      resendLimit: "too_many_sends",
    });
    const expired = pinVerificationReducer(limited, { type: "expire", at: at + 180_000 });
    expect(expired).toMatchObject({ status: "expired", resendAvailableAt: at + 3_640_000 });
    // A new code, once sent, starts a clean slate.
    const resent = pinVerificationReducer(pinVerificationReducer(expired, { type: "resend" }), {
      type: "sent",
      answer,
      at: at + 3_700_000,
    });
    expect(sessionOf(resent)).toEqual({
      ...sessionOf(sent()),
      expiresAt: at + 3_880_000,
      resendAvailableAt: at + 3_730_000,
      resentAt: at + 3_700_000,
    });
  });

  test("no resend left, as the server says, holds for the verification too", () => {
    const state = run(
      { type: "send", phone: "+33600000001" },
      { type: "sent", answer, at },
      { type: "resend" },
      { type: "sendFailed", error: new VerifyError("resend_limit"), at },
      { type: "check" },
      { type: "checked", answer: { verified: false, reason: "pin_invalid", attemptsLeft: 4 } },
    );
    expect(state).toMatchObject({ status: "rejected", resendsLeft: 0 });
  });

  test("an aborted request (its UI went away) fails: the code sent before it can still be checked or resent", () => {
    const aborted = new VerifyError("aborted");
    const sending = run({ type: "send", phone: "+33600000001" });
    expect(pinVerificationReducer(sending, { type: "sendFailed", error: aborted, at })).toMatchObject({
      status: "error",
      failed: "send",
      phone: "+33600000001",
      session: undefined,
    });
    const checking = pinVerificationReducer(sent(), { type: "check" });
    const checkAborted = pinVerificationReducer(checking, { type: "checkFailed", error: aborted, at });
    expect(checkAborted).toMatchObject({ status: "error", failed: "check", session: sessionOf(sent()) });
    expect(pinVerificationReducer(checkAborted, { type: "check" }).status).toBe("checking");
    const resending = pinVerificationReducer(sent(), { type: "resend" });
    expect(pinVerificationReducer(resending, { type: "sendFailed", error: aborted, at })).toMatchObject({
      status: "error",
      failed: "resend",
      session: sessionOf(sent()),
    });
  });

  test("the code expires at expiresAt, not before", () => {
    expect(pinVerificationReducer(sent(), { type: "expire", at: at + 179_999 }).status).toBe("sent");
    expect(pinVerificationReducer(sent(), { type: "expire", at: at + 180_000 }).status).toBe("expired");
  });

  test("answers that come when no request of theirs runs change nothing", () => {
    const idle = initialPinVerificationState;
    expect(pinVerificationReducer(idle, { type: "sent", answer, at })).toBe(idle);
    expect(
      pinVerificationReducer(sent(), {
        type: "checked",
        answer: { verified: false, reason: "pin_invalid", attemptsLeft: 1 },
      }),
    ).toEqual(sent());
  });

  test("changeNumber keeps the number to edit; reset forgets it", () => {
    expect(pinVerificationReducer(sent(), { type: "changeNumber" })).toEqual({
      status: "idle",
      phone: "+33600000001",
    });
    expect(pinVerificationReducer(sent(), { type: "reset" })).toEqual({ status: "idle" });
  });
});

describe("pinActionRefusal", () => {
  test("check before a code was sent is a usage error", () => {
    expect(pinActionRefusal(initialPinVerificationState, "check", at)).toEqual({ usage: "not_sent" });
    expect(pinActionRefusal(initialPinVerificationState, "resend", at)).toEqual({ usage: "not_sent" });
  });

  test("nothing runs while a request is under way", () => {
    expect(pinActionRefusal(run({ type: "send", phone: "+33600000001" }), "check", at)).toEqual({
      usage: "busy",
    });
  });

  test("a resend before the cooldown is over is refused with the seconds left", () => {
    const refusal = pinActionRefusal(sent(), "resend", at + 10_500);
    expect(refusal && "error" in refusal && refusal.error.code).toBe("resend_cooldown");
    expect(refusal && "error" in refusal && refusal.error.retryAfterS).toBe(20);
    expect(pinActionRefusal(sent(), "resend", at + 30_000)).toBeUndefined();
  });

  test("a resend's limit refuses resends for the verification, with the limit's code and the seconds left", () => {
    const rejected = run(
      { type: "send", phone: "+33600000001" },
      { type: "sent", answer, at },
      { type: "resend" },
      {
        type: "sendFailed",
        error: new VerifyError("too_many_sends", { retryAfterS: 3600 }),
        at: at + 40_000,
      },
      { type: "check" },
      { type: "checked", answer: { verified: false, reason: "pin_invalid", attemptsLeft: 4 } },
    );
    const refusal = pinActionRefusal(rejected, "resend", at + 60_000);
    expect(refusal && "error" in refusal && refusal.error.code).toBe("too_many_sends");
    expect(refusal && "error" in refusal && refusal.error.retryAfterS).toBe(3580);
    expect(pinActionRefusal(rejected, "resend", at + 3_640_000)).toBeUndefined();
  });

  test("a send's limit refuses a send to the same number until its time, not to another number", () => {
    const limited = run(
      { type: "send", phone: "+33600000001" },
      { type: "sendFailed", error: new VerifyError("too_many_sends", { retryAfterS: 60 }), at },
    );
    const refusal = pinActionRefusal(limited, "send", at + 15_000, "+33600000001");
    expect(refusal && "error" in refusal && refusal.error.code).toBe("too_many_sends");
    expect(refusal && "error" in refusal && refusal.error.retryAfterS).toBe(45);
    expect(pinActionRefusal(limited, "send", at + 15_000, "+33600000002")).toBeUndefined();
    expect(pinActionRefusal(limited, "send", at + 60_000, "+33600000001")).toBeUndefined();
  });

  test("an expired code is not sent for checking", () => {
    const refusal = pinActionRefusal(sent(), "check", at + 180_000);
    expect(refusal && "error" in refusal && refusal.error.code).toBe("pin_expired");
  });
});
