import { cleanup, render } from "@testing-library/react";
import { type CountryPhoneMetadata, createPhoneParser, type PhoneRuntime } from "@verify-kit/core";
import { createPhoneRuntime } from "@verify-kit/core/phone-runtime";
import { serverConfigKey } from "@verify-kit/react";
import fullMetadata from "libphonenumber-js/max/metadata";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { NumberVerification } from "../numberVerification/NumberVerification.js";
import { PhoneVerification } from "../phoneVerification/PhoneVerification.js";
import { holds, pathOf } from "../testSupport/networkFaults.js";
import { createSandbox, type SandboxOptions, SandboxProvider } from "../testSupport/sandbox.js";
import { serverCountriesDeadlineMs } from "./PhoneStep.js";

// The flows' country picker against the real backend adapter: with ALLOWED_COUNTRIES set on the server
// (its `fraud.allowedCountries`), and no `countries` prop, it offers those alone, and the page loads their
// numbering plans alone. Each test has a phone runtime of its own, recording which parts it was asked for.

const page = vi.hoisted(() => ({ runtime: undefined as PhoneRuntime | undefined }));

vi.mock("@verify-kit/core/phone-runtime", async (importOriginal) => {
  const real = await importOriginal<typeof import("@verify-kit/core/phone-runtime")>();
  const runtime = () => page.runtime as PhoneRuntime;
  const phoneRuntime: PhoneRuntime = {
    parser: (countries) => runtime().parser(countries),
    latestParser: () => runtime().latestParser(),
    load: (countries) => runtime().load(countries),
    subscribe: (listener) => runtime().subscribe(listener),
  };
  return { ...real, phoneRuntime };
});

let asked: string[] = [];

beforeEach(() => {
  asked = [];
  page.runtime = createPhoneRuntime({
    parser: async () => {
      asked.push("parser");
      return createPhoneParser;
    },
    allCountries: async () => {
      asked.push("every country");
      return fullMetadata;
    },
    country: async (country) => {
      asked.push(country);
      return fullMetadata.countries[country] as CountryPhoneMetadata;
    },
  });
});

afterEach(() => {
  cleanup();
});

const offered = () =>
  Array.from(document.querySelectorAll<HTMLOptionElement>(".vk-phone-field__select option"), (o) => o.value);
const phoneInput = () => document.querySelector(".vk-phone-field__input") as HTMLInputElement;

describe("the flows' countries, from the server's ALLOWED_COUNTRIES", () => {
  test("PhoneVerification offers the served countries alone, and loads their numbering plans alone", async () => {
    const sandbox = createSandbox({ api: { fraud: { allowedCountries: ["BE", "FR"] } } });
    render(
      <SandboxProvider sandbox={sandbox}>
        <PhoneVerification defaultCountry="FR" />
      </SandboxProvider>,
    );
    await expect.poll(offered).toEqual(["BE", "FR"]);
    await userEvent.click(phoneInput());
    await userEvent.keyboard("0470123456");
    await expect.poll(() => phoneInput().value).toBe("04 70 12 34 56");
    expect([...asked].sort()).toEqual(["BE", "FR", "parser"]);
  });

  test("NumberVerification offers them too", async () => {
    const sandbox = createSandbox({ api: { fraud: { allowedCountries: ["LU", "CH"] } } });
    render(
      <SandboxProvider sandbox={sandbox}>
        <NumberVerification defaultCountry="LU" device="phone" />
      </SandboxProvider>,
    );
    await expect.poll(offered).toEqual(["LU", "CH"]);
  });

  test("the app's `countries` win over the server's", async () => {
    const sandbox = createSandbox({ api: { fraud: { allowedCountries: ["BE", "FR"] } } });
    render(
      <SandboxProvider sandbox={sandbox}>
        <PhoneVerification defaultCountry="FR" countries={["FR"]} />
      </SandboxProvider>,
    );
    await expect.poll(() => sandbox.queryClient.getQueryData(serverConfigKey)).toBeDefined();
    expect(offered()).toEqual(["FR"]);
  });

  test("a server serving every country: every country is offered, and loaded when used", async () => {
    const sandbox = createSandbox();
    render(
      <SandboxProvider sandbox={sandbox}>
        <PhoneVerification defaultCountry="FR" />
      </SandboxProvider>,
    );
    await expect.poll(() => sandbox.queryClient.getQueryData(serverConfigKey)).toBeDefined();
    expect(offered().length).toBeGreaterThan(200);
    await userEvent.click(phoneInput());
    await expect.poll(() => asked).toContain("every country");
  });
});

/** A network that holds the server's answer to `GET /api/config` back until `release()`. */
function heldConfig() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const between =
    (inner: typeof fetch): typeof fetch =>
    async (input, init) => {
      if (pathOf(input) === "/api/config") await released;
      return inner(input, init);
    };
  return { between, release };
}

/** `PhoneVerification` (French first) against a sandbox of its own. */
function renderPhoneVerification(options: SandboxOptions) {
  render(
    <SandboxProvider sandbox={createSandbox(options)}>
      <PhoneVerification defaultCountry="FR" />
    </SandboxProvider>,
  );
}

describe("a field used before the server has said which countries it serves", () => {
  test("waits for its answer, keeping what is typed, then loads the served countries alone", async () => {
    const config = heldConfig();
    renderPhoneVerification({ api: { fraud: { allowedCountries: ["BE", "FR"] } }, between: config.between });
    await userEvent.click(phoneInput());
    await userEvent.keyboard("0470123456");
    // Focus and typing asked for the metadata; nothing is loaded while the countries are not known.
    expect(phoneInput().value).toBe("0470123456");
    expect(asked).toEqual([]);
    config.release();
    await expect.poll(() => phoneInput().value).toBe("04 70 12 34 56");
    expect(offered()).toEqual(["BE", "FR"]);
    expect([...asked].sort()).toEqual(["BE", "FR", "parser"]);
  });

  test("a server that fails to answer: every country is loaded, and the number typed meanwhile read", async () => {
    const failing =
      (inner: typeof fetch): typeof fetch =>
      async (input, init) =>
        pathOf(input) === "/api/config" ? new Response("Bad gateway", { status: 502 }) : inner(input, init);
    renderPhoneVerification({ api: { fraud: { allowedCountries: ["BE", "FR"] } }, between: failing });
    await userEvent.click(phoneInput());
    await userEvent.keyboard("0612345678");
    await expect.poll(() => phoneInput().value).toBe("06 12 34 56 78");
    expect(asked).toContain("every country");
  });

  test("a server that keeps silent: every country is loaded after a deadline, the number typed meanwhile read", async () => {
    // Timeouts are the test's to run until the deadline has passed (the config request stays in flight).
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      renderPhoneVerification({ between: holds("/api/config") });
      await userEvent.click(phoneInput());
      await userEvent.keyboard("0612345678");
      vi.advanceTimersByTime(serverCountriesDeadlineMs - 1);
      expect(asked).toEqual([]);
      expect(phoneInput().value).toBe("0612345678");
      vi.advanceTimersByTime(1);
    } finally {
      vi.useRealTimers();
    }
    await expect.poll(() => phoneInput().value).toBe("06 12 34 56 78");
    expect(asked).toContain("every country");
  });
});
