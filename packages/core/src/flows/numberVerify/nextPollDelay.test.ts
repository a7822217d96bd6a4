import { describe, expect, test } from "vitest";
import { defaultPollPolicy, initialPollMemory, nextPollDelay, type PollMemory } from "../index.js";

const policy = defaultPollPolicy;
const long = initialPollMemory(policy);

describe("nextPollDelay", () => {
  test("a final answer stops", () => {
    expect(nextPollDelay(long, { kind: "final" }, policy)).toEqual({ action: "stop" });
  });

  test("a long poll held its whole wait: the next one goes at once", () => {
    expect(nextPollDelay(long, { kind: "pending", durationMs: 25_000, waitS: 25 }, policy)).toEqual({
      action: "poll",
      delayMs: 0,
      memory: long,
    });
  });

  test("long polls answered far too early, twice in a row, switch to short polling", () => {
    const first = nextPollDelay(long, { kind: "pending", durationMs: 300, waitS: 25 }, policy);
    expect(first).toMatchObject({ action: "poll", memory: { mode: "long", cuts: 1 } });
    if (first.action !== "poll") return;
    const second = nextPollDelay(first.memory, { kind: "pending", durationMs: 300, waitS: 25 }, policy);
    expect(second).toMatchObject({ action: "poll", delayMs: 1000, memory: { mode: "short", cuts: 2 } });
  });

  test("a held poll in between resets the count of cuts", () => {
    const cut = { ...long, cuts: 1 };
    expect(nextPollDelay(cut, { kind: "pending", durationMs: 25_000, waitS: 25 }, policy)).toMatchObject({
      memory: { mode: "long", cuts: 0 },
    });
  });

  test("long polls failing after a while (a proxy's idle timeout) count as cut and are retried at once", () => {
    const first = nextPollDelay(long, { kind: "failure", durationMs: 10_000, waitS: 25 }, policy);
    expect(first).toMatchObject({
      action: "poll",
      delayMs: 0,
      memory: { cuts: 1, failures: 1, mode: "long" },
    });
    if (first.action !== "poll") return;
    const second = nextPollDelay(first.memory, { kind: "failure", durationMs: 10_000, waitS: 25 }, policy);
    expect(second).toMatchObject({ action: "poll", memory: { mode: "short" } });
  });

  test("short polls back off to a ceiling", () => {
    let memory: PollMemory = { ...long, mode: "short" };
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      const decision = nextPollDelay(memory, { kind: "pending", durationMs: 20, waitS: 0 }, policy);
      if (decision.action !== "poll") throw new Error("expected a poll");
      delays.push(decision.delayMs);
      memory = decision.memory;
    }
    expect(delays).toEqual([1000, 1500, 2250, 3375, 5000, 5000, 5000]);
  });

  test("quick failures (network down, 5xx) are retried with a doubling pause, then given up", () => {
    let memory = long;
    const delays: number[] = [];
    for (;;) {
      const decision = nextPollDelay(memory, { kind: "failure", durationMs: 50, waitS: 25 }, policy);
      if (decision.action === "give_up") break;
      if (decision.action !== "poll") throw new Error("expected a poll");
      delays.push(decision.delayMs);
      memory = decision.memory;
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 15000]);
    expect(memory.failures).toBe(policy.maxFailures - 1);
    expect(memory.mode).toBe("long");
  });

  test("a server's Retry-After is honoured", () => {
    expect(
      nextPollDelay(long, { kind: "failure", durationMs: 50, waitS: 25, retryAfterS: 7 }, policy),
    ).toMatchObject({ delayMs: 7000 });
  });

  test("a success after failures resets their count", () => {
    expect(
      nextPollDelay({ ...long, failures: 4 }, { kind: "pending", durationMs: 25_000, waitS: 25 }, policy),
    ).toMatchObject({ memory: { failures: 0 } });
  });

  test("shortOnly starts in short polling", () => {
    expect(initialPollMemory({ ...policy, shortOnly: true }).mode).toBe("short");
  });
});
