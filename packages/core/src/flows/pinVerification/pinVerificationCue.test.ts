import { expect, test } from "vitest";
import type { PinSent } from "../../api/verifyApiTypes.js";
import { VerifyError } from "../../errors/VerifyError.js";
import { fr } from "../../texts/fr.js";
import { uiMessages } from "../../texts/uiMessages.js";
import {
  initialPinVerificationState,
  type PinVerificationAction,
  type PinVerificationState,
  pinVerificationCue,
  pinVerificationReducer,
} from "../index.js";
// Numbers in sentences are formatted by the page's phone parser: on a server, the full one.
import "../../phone/phoneRuntime/serverPhoneRuntime.js";

const at = Date.UTC(2026, 0, 5, 9, 0, 0);
const answer: PinSent = {
  verificationId: "v1",
  to: "+33612345678",
  expiresInS: 180,
  resendInS: 30,
  resendsLeft: 3,
  attemptsLeft: 5,
};
const en = { messages: uiMessages, locale: "en" };
const french = { messages: fr.messages, locale: "fr" };

const run = (...actions: PinVerificationAction[]) =>
  actions.reduce<PinVerificationState>(pinVerificationReducer, initialPinVerificationState);
const sending = () => run({ type: "send", phone: "+33612345678" });
const sent = () => pinVerificationReducer(sending(), { type: "sent", answer, at });
const checking = () => pinVerificationReducer(sent(), { type: "check" });
// Unicode isolates keep the number left to right in any sentence; no-break spaces keep it on one line.
const shown = "\u2068+33\u00a06\u00a012\u00a034\u00a056\u00a078\u2069";

test("the same state again: nothing said, focus left alone", () => {
  const state = sent();
  expect(pinVerificationCue(state, state, en)).toEqual({ say: undefined, focus: undefined });
});

test("a code sent: says where it went, focus to the code", () => {
  expect(pinVerificationCue(sending(), sent(), en)).toEqual({
    say: `We sent a code by SMS to ${shown}.`,
    focus: "code",
  });
});

test("a code resent: says when (the state's time, local) and that only it works, focus to the code", () => {
  const resending = pinVerificationReducer(sent(), { type: "resend" });
  const acceptedAt = new Date(2026, 0, 5, 14, 2, 30).getTime();
  const resent = pinVerificationReducer(resending, { type: "sent", answer, at: acceptedAt });
  expect(pinVerificationCue(resending, resent, french)).toEqual({
    say: `Nouveau code envoyé à 14\u00a0h\u00a002 au ${shown}. Seul le dernier code fonctionne.`,
    focus: "code",
  });
  // The resend that used the last one allowed says so with the code, not as a notice of its own.
  const last = pinVerificationReducer(resending, {
    type: "sent",
    answer: { ...answer, resendsLeft: 0 },
    at: acceptedAt,
  });
  expect(pinVerificationCue(resending, last, en).say).toBe(
    `New code sent at ${new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit" }).format(acceptedAt)} to ${shown}. Only the latest code works. It was the last code this verification can send.`,
  );
  // A wrong code after it: only the latest code works.
  const rejected = pinVerificationReducer(pinVerificationReducer(resent, { type: "check" }), {
    type: "checked",
    answer: { verified: false, reason: "pin_invalid", attemptsLeft: 4 },
  });
  expect(pinVerificationCue(resent, rejected, french).say).toBe(
    `${fr.messages.pin_invalid} Seul le dernier code fonctionne. 4 essais restants.`,
  );
});

test("a wrong code: the error and the attempts left (plural rules of the language), focus to the code", () => {
  const rejected = pinVerificationReducer(checking(), {
    type: "checked",
    answer: { verified: false, reason: "pin_invalid", attemptsLeft: 1 },
  });
  const cue = pinVerificationCue(checking(), rejected, french);
  expect(cue.focus).toBe("code");
  expect(cue.say).toBe(`${fr.messages.pin_invalid} 1 essai restant.`);
});

test("an error about the number before any code: focus to the number field", () => {
  const failed = pinVerificationReducer(sending(), {
    type: "sendFailed",
    error: new VerifyError("sms_rejected"),
    at,
  });
  expect(pinVerificationCue(sending(), failed, en).focus).toBe("phone");
});

test("a limit: the error, when to try again, focus to the alert", () => {
  const failed = pinVerificationReducer(sending(), {
    type: "sendFailed",
    error: new VerifyError("too_many_sends", { retryAfterS: 300 }),
    at,
  });
  expect(pinVerificationCue(sending(), failed, en)).toEqual({
    say: `${uiMessages.too_many_sends} You can try again in 5 minutes.`,
    focus: "alert",
  });
});

test("an expired code: focus to Resend", () => {
  const expired = pinVerificationReducer(sent(), { type: "expire", at: at + 180_000 });
  expect(pinVerificationCue(sent(), expired, en)).toEqual({ say: uiMessages.pin_expired, focus: "resend" });
});

test("back to the number from the code step: says why, focus to the number", () => {
  const back = pinVerificationReducer(sent(), { type: "changeNumber" });
  expect(pinVerificationCue(sent(), back, en)).toEqual({
    say: uiMessages.phoneVerificationNumberStep,
    focus: "phone",
  });
});

test("verified: says the number, focus to the title", () => {
  const verified = pinVerificationReducer(checking(), {
    type: "checked",
    answer: {
      verified: true,
      channels: { phone: false, post: false, sms: true, email: false },
      dqeDateTime: "x",
      verifiedAt: "2026-01-05T09:00:10.000Z",
    },
  });
  expect(pinVerificationCue(checking(), verified, en)).toEqual({
    say: `${shown} is verified.`,
    focus: "title",
  });
});
