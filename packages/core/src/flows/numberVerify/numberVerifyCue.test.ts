import { expect, test } from "vitest";
import { VerifyError } from "../../errors/VerifyError.js";
import { uiMessages } from "../../texts/uiMessages.js";
import { type NumberVerifyPollState, numberVerificationCue } from "../index.js";

const check = {
  phone: "+33612345678",
  checkId: "c1",
  url: "https://operator.example/c1",
  operator: "Orange",
  startedAt: 0,
  elapsedMs: 0,
  attempts: 1,
};
const starting: NumberVerifyPollState = { status: "starting", phone: check.phone };
const pending: NumberVerifyPollState = { status: "pending", mode: "long", retrying: undefined, ...check };
const retrying: NumberVerifyPollState = { ...pending, retrying: new VerifyError("network_error") };
const desktop = { messages: uiMessages, locale: "en", onPhone: false };
const phone = { ...desktop, onPhone: true };

test("waiting for the phone, on a desktop: says scan, focus to the step's heading", () => {
  expect(numberVerificationCue(starting, pending, desktop)).toEqual({
    say: uiMessages.numberVerificationScanTitle,
    focus: "heading",
  });
});

test("waiting for the phone, on the phone: says open the page", () => {
  expect(numberVerificationCue(starting, pending, phone).say).toBe(uiMessages.numberVerificationOpenTitle);
});

test("another poll answer while waiting: nothing said, focus left alone", () => {
  expect(numberVerificationCue(pending, { ...pending, attempts: 2 }, desktop)).toEqual({
    say: undefined,
    focus: undefined,
  });
});

test("the connection drops while waiting: says it is retried, once", () => {
  expect(numberVerificationCue(pending, retrying, desktop)).toEqual({
    say: uiMessages.numberVerificationRetrying,
    focus: undefined,
  });
  expect(numberVerificationCue(retrying, { ...retrying, attempts: 3 }, desktop).say).toBeUndefined();
});

test("the connection comes back: says the step again", () => {
  expect(numberVerificationCue(retrying, pending, desktop).say).toBe(uiMessages.numberVerificationScanTitle);
});

test("cancelled: says so, focus to the number", () => {
  expect(numberVerificationCue(pending, { status: "idle" }, desktop)).toEqual({
    say: uiMessages.numberVerificationCancelled,
    focus: "phone",
  });
});

test("a limit ends the check: the error, when to try again, focus to the alert", () => {
  const failed: NumberVerifyPollState = {
    status: "failed",
    phone: check.phone,
    error: new VerifyError("too_many_checks", { retryAfterS: 42 }),
    fallbackToSms: false,
  };
  expect(numberVerificationCue(starting, failed, desktop)).toEqual({
    say: `${uiMessages.too_many_checks} ${uiMessages.numberVerificationRetryWhen.replace("{when}", "in 42 seconds")}`,
    focus: "alert",
  });
});

test("verified: says the operator confirmed the number, focus to the heading", () => {
  const verified: NumberVerifyPollState = { status: "verified", fallbackToSms: false, ...check };
  const cue = numberVerificationCue(pending, verified, desktop);
  expect(cue.focus).toBe("heading");
  expect(cue.say).toBe("Your operator confirmed \u2068+33\u00a06\u00a012\u00a034\u00a056\u00a078\u2069.");
});
