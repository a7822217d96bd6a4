import { afterEach, beforeEach, expect, test, vi } from "vitest";
import "@verify-kit/ui/styles.css";
import { servedCountriesDeadlineMs } from "../support/servedCountries.js";
import { createElementSandbox, mountInForm } from "../test/elementSandbox.js";
import { optionValues, phoneLoads } from "../test/phoneLoads.js";
import type { VerifyPhoneElement } from "./VerifyPhoneElement.js";

// When the phone rules and metadata load, and which: a page of its own, whose phone runtime starts empty.
// The browser's idle time is the test's to give (`idle`).

const idle: IdleRequestCallback[] = [];
const browserIdle = window.requestIdleCallback;

beforeEach(() => {
  window.requestIdleCallback = (task) => idle.push(task);
});

afterEach(() => {
  window.requestIdleCallback = browserIdle;
  idle.length = 0;
  document.body.replaceChildren();
});

const servingFrChLu = { fraud: { allowedCountries: ["FR", "CH", "LU"] } };

test("a prefilled number loads the numbering plans of its dialling code alone, at once, and is formatted", async () => {
  await phoneLoads.watch();
  const { element } = mountInForm<VerifyPhoneElement>(
    '<verify-phone phone="+41791234567"></verify-phone>',
    servingFrChLu,
  );
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  const input = element.querySelector("input[type=tel]") as HTMLInputElement;
  await expect.poll(() => input.value, { timeout: 10_000 }).toBe("079 123 45 67");
  expect((element.querySelector("select") as HTMLSelectElement).value).toBe("CH");
  // Shown as dialled in Switzerland (its trunk 0), as the React field shows a given number.
  // The server serves FR, CH and LU: the picker offers them, and only CH's plan has come.
  expect(optionValues(element.querySelector("select") as HTMLSelectElement)).toEqual(["CH", "FR", "LU"]);
  expect(await phoneLoads.countries()).toEqual(["CH"]);
});

test("without a countries attribute, nothing phone-related loads before the field is used or the browser is idle; then the server's allowedCountries alone", async () => {
  await phoneLoads.watch();
  const { element } = mountInForm<VerifyPhoneElement>(
    '<verify-phone country="LU"></verify-phone>',
    servingFrChLu,
  );
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  await expect.poll(() => idle.length).toBeGreaterThan(0);
  const select = element.querySelector("select") as HTMLSelectElement;
  expect(optionValues(select)).toEqual(["LU"]);
  expect(await phoneLoads.asked()).toEqual([]);

  for (const task of idle.splice(0)) task({ didTimeout: false, timeRemaining: () => 50 });
  await expect.poll(() => optionValues(select), { timeout: 10_000 }).toEqual(["CH", "FR", "LU"]);
  await expect.poll(() => phoneLoads.countries(), { timeout: 10_000 }).toEqual(["FR", "LU"]);
  expect(await phoneLoads.asked()).not.toContain("every country");
});

test("with no list anywhere (no attribute, a server serving every country): every country, from one metadata file rather than a plan per country", async () => {
  await phoneLoads.watch();
  const { element } = mountInForm<VerifyPhoneElement>('<verify-phone country="FR"></verify-phone>');
  await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
  const input = element.querySelector("input[type=tel]") as HTMLInputElement;
  const select = element.querySelector("select") as HTMLSelectElement;
  input.focus();
  await expect.poll(() => select.options.length, { timeout: 10_000 }).toBeGreaterThan(200);
  // Pasted whole (the elements format a number written the international way, as it comes).
  input.value = "+81 90 1234 5678";
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await expect.poll(() => select.value, { timeout: 10_000 }).toBe("JP");
  expect(input.value).toBe("90 1234 5678");
  expect(await phoneLoads.countries()).toEqual([]);
});

test("a server that never answers GET /api/config: the field waits 3 s for its countries, then takes every country and reads what was pasted meanwhile", async () => {
  await phoneLoads.watch();
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    const { adapter } = createElementSandbox();
    const element = document.createElement("verify-phone") as VerifyPhoneElement;
    element.setAttribute("country", "FR");
    element.adapter = { ...adapter, getConfig: () => new Promise(() => undefined) };
    document.body.replaceChildren(element);
    await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
    const input = element.querySelector("input[type=tel]") as HTMLInputElement;
    const select = element.querySelector("select") as HTMLSelectElement;
    input.focus();
    input.value = "+81 90 1234 5678";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await vi.advanceTimersByTimeAsync(servedCountriesDeadlineMs - 1);
    expect(await phoneLoads.asked()).not.toContain("every country");
    expect(input.value).toBe("+81 90 1234 5678");
    await vi.advanceTimersByTimeAsync(1);
    await expect.poll(() => select.options.length, { timeout: 10_000 }).toBeGreaterThan(200);
    await expect.poll(() => select.value, { timeout: 10_000 }).toBe("JP");
    expect(input.value).toBe("90 1234 5678");
  } finally {
    vi.useRealTimers();
  }
});

test("once a server's countries are overdue, the next field on the page takes every country at once, without waiting again", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    const { adapter } = createElementSandbox();
    const silent = { ...adapter, getConfig: () => new Promise<never>(() => undefined) };
    const field = async (typed: string) => {
      const element = document.createElement("verify-phone") as VerifyPhoneElement;
      element.setAttribute("country", "FR");
      element.adapter = silent;
      document.body.replaceChildren(element);
      await expect.poll(() => element.querySelector("input[type=tel]")).not.toBeNull();
      const input = element.querySelector("input[type=tel]") as HTMLInputElement;
      input.focus();
      if (typed !== "") {
        input.value = typed;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
      return element.querySelector("select") as HTMLSelectElement;
    };
    const first = await field("+81 90 1234 5678");
    await vi.advanceTimersByTimeAsync(servedCountriesDeadlineMs);
    await expect.poll(() => first.value, { timeout: 10_000 }).toBe("JP");
    // The page's next field (as after "Change number"), focused: it offers every country with no new wait.
    const timers = vi.spyOn(globalThis, "setTimeout");
    const next = await field("");
    await expect.poll(() => next.options.length, { timeout: 10_000 }).toBeGreaterThan(200);
    expect(timers.mock.calls.filter(([, delay]) => delay === servedCountriesDeadlineMs)).toEqual([]);
  } finally {
    vi.restoreAllMocks();
    vi.useRealTimers();
  }
});
