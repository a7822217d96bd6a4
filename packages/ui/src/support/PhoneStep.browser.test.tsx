import { cleanup, render } from "@testing-library/react";
import { type CountryPhoneMetadata, createPhoneParser, type PhoneRuntime } from "@verify-kit/core";
import { createPhoneRuntime } from "@verify-kit/core/phone-runtime";
import { serverConfigKey } from "@verify-kit/react";
import fullMetadata from "libphonenumber-js/max/metadata";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { NumberVerification } from "../numberVerification/NumberVerification.js";
import { PhoneVerification } from "../phoneVerification/PhoneVerification.js";
import { createSandbox, SandboxProvider } from "../testSupport/sandbox.js";

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
