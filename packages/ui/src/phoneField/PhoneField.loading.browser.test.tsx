import { act, cleanup, render } from "@testing-library/react";
import { type CountryPhoneMetadata, createPhoneParser, type PhoneRuntime } from "@verify-kit/core";
import { createPhoneRuntime } from "@verify-kit/core/phone-runtime";
import fullMetadata from "libphonenumber-js/max/metadata";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { PhoneField, type PhoneFieldChangeEvent, type PhoneFieldProps } from "./PhoneField.js";

// Before the phone metadata has loaded: what is typed, pasted or autofilled waits in the field, as it was
// entered, and is formatted and checked once it comes. Each test has a runtime of its own, whose parts
// arrive only when the test releases them (the network, held back).

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

/** A runtime whose parts wait for `release()`; `asked` counts the requests for them. */
function heldRuntime() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const asked = vi.fn();
  const runtime = createPhoneRuntime({
    parser: async () => {
      asked("parser");
      await released;
      return createPhoneParser;
    },
    allCountries: async () => {
      asked("metadata");
      await released;
      return fullMetadata;
    },
    country: async (country) => {
      asked(country);
      await released;
      return fullMetadata.countries[country] as CountryPhoneMetadata;
    },
  });
  return { runtime, asked, release: () => act(async () => release()) };
}

let held: ReturnType<typeof heldRuntime>;
let root: Root | undefined;

beforeEach(() => {
  held = heldRuntime();
  page.runtime = held.runtime;
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  cleanup();
  document.body.replaceChildren();
});

function setup(props: PhoneFieldProps = {}) {
  const onChange = vi.fn<(event: PhoneFieldChangeEvent) => void>();
  render(
    <form>
      <PhoneField defaultCountry="FR" name="phone" onChange={onChange} {...props} />
      <button type="button">elsewhere</button>
    </form>,
  );
  const input = document.querySelector(".vk-phone-field__input") as HTMLInputElement;
  const select = document.querySelector(".vk-phone-field__select") as HTMLSelectElement;
  const last = () => onChange.mock.calls.at(-1)?.[0];
  const error = () => document.querySelector(".vk-phone-field .vk-field-error")?.textContent ?? "";
  const formValue = () => new FormData(input.form as HTMLFormElement).get("phone");
  return { input, select, last, error, formValue };
}

/** What a browser's autofill does: the value set and an input event, with no focus and no key. */
function autofill(input: HTMLInputElement, value: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  setValue?.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("PhoneField before the phone metadata has loaded", () => {
  test("nothing is loaded at first render; focusing the field asks for it", async () => {
    const { input } = setup();
    expect(held.asked).not.toHaveBeenCalled();
    await userEvent.click(input);
    expect(held.asked).toHaveBeenCalledWith("parser");
    expect(held.asked).toHaveBeenCalledWith("metadata");
  });

  test("typed digits wait as typed, in order; once it loads they are formatted and checked", async () => {
    const { input, last, formValue } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("0612");
    expect(input.value).toBe("0612");
    expect(last()).toMatchObject({ value: "+330612", pending: true, phone: undefined, error: undefined });
    await held.release();
    await expect.poll(() => input.value).toBe("06 12");
    // Typing goes on where it was: after the last digit.
    await userEvent.keyboard("345678");
    expect(input.value).toBe("06 12 34 56 78");
    expect(last()).toMatchObject({ value: "+33612345678", pending: false, error: undefined });
    expect(last()?.phone?.e164).toBe("+33612345678");
    expect(formValue()).toBe("+33612345678");
  });

  test("a whole number typed before it loads, then left: formatted, and its error shown, once it has", async () => {
    const { input, error } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("0123456789");
    await userEvent.click(document.querySelector("button") as HTMLButtonElement);
    expect(input.value).toBe("0123456789");
    expect(error()).toBe("");
    await held.release();
    await expect.poll(() => input.value).toBe("01 23 45 67 89");
    expect(error()).toBe("This is not a mobile number: enter a number that can receive SMS.");
  });

  test("an autofilled number (no focus, no key) loads it, and is read and checked", async () => {
    const { input, select, last, formValue } = setup();
    autofill(input, "+44 7400 123456");
    expect(document.activeElement).not.toBe(input);
    expect(held.asked).toHaveBeenCalledWith("metadata");
    expect(input.value).toBe("+44 7400 123456");
    expect(last()).toMatchObject({ value: "+447400123456", pending: true });
    await held.release();
    await expect.poll(() => select.value).toBe("GB");
    expect(input.value).toBe("7400 123456");
    expect(last()?.phone?.e164).toBe("+447400123456");
    expect(formValue()).toBe("+447400123456");
  });

  test("a pasted international number replaces what was typed, as it will once loaded", async () => {
    const { input, select } = setup();
    await userEvent.click(input);
    await userEvent.keyboard("06");
    const data = new DataTransfer();
    data.setData("text/plain", "+32 470 12 34 56");
    input.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await expect.poll(() => input.value).toBe("+32 470 12 34 56");
    await held.release();
    await expect.poll(() => select.value).toBe("BE");
    expect(input.value).toBe("470 12 34 56");
  });

  test("a number the field is given shows as dialled in its country once it loads, trunk prefix and all", async () => {
    const { input, select, last, formValue } = setup({ defaultValue: "+33611223344" });
    expect(input.value).toBe("+33611223344");
    await held.release();
    await expect.poll(() => input.value).toBe("06 11 22 33 44");
    expect(select.value).toBe("FR");
    expect(last()).toMatchObject({ value: "+33611223344", pending: false, error: undefined });
    expect(formValue()).toBe("+33611223344");
  });

  test("a given number of another country picks it, and shows as dialled there once it loads", async () => {
    const { input, select, formValue } = setup({ defaultValue: "+447400123456" });
    await held.release();
    await expect.poll(() => select.value).toBe("GB");
    expect(input.value).toBe("07400 123456");
    expect(formValue()).toBe("+447400123456");
  });

  test("a number the app sets later (a form's setValue) shows as dialled once it loads", async () => {
    const onChange = vi.fn<(event: PhoneFieldChangeEvent) => void>();
    const { rerender } = render(<PhoneField defaultCountry="FR" value="" onChange={onChange} />);
    rerender(<PhoneField defaultCountry="FR" value="+33611223344" onChange={onChange} />);
    const input = document.querySelector(".vk-phone-field__input") as HTMLInputElement;
    expect(input.value).toBe("+33611223344");
    await held.release();
    await expect.poll(() => input.value).toBe("06 11 22 33 44");
  });

  test("with no use at all, it loads once the browser is idle", async () => {
    setup();
    expect(held.asked).not.toHaveBeenCalled();
    await expect.poll(() => held.asked.mock.calls.length, { timeout: 10_000 }).toBeGreaterThan(0);
  });

  test("a site's countries load their numbering plans alone", async () => {
    const { input, select, last } = setup({ countries: ["FR", "BE"] });
    expect([...select.options].map((option) => option.value)).toEqual(["BE", "FR"]);
    await userEvent.click(input);
    await userEvent.keyboard("0470123456");
    await held.release();
    await expect.poll(() => input.value).toBe("04 70 12 34 56");
    expect(held.asked.mock.calls.map(([part]) => part).sort()).toEqual(["BE", "FR", "parser"]);
    // A landline of France: "not a mobile number" holds with a site's countries alone.
    expect(last()?.error?.code).toBe("phone_not_mobile");
  });
});

describe("a server-rendered field with a number, hydrated before the metadata has loaded", () => {
  const field = <PhoneField defaultValue="+33612345678" defaultCountry="FR" />;

  /** The server's HTML: its runtime has the full metadata from the start. */
  async function serverHtml() {
    const server = createPhoneRuntime({
      parser: async () => createPhoneParser,
      allCountries: async () => fullMetadata,
      country: async (country) => fullMetadata.countries[country] as CountryPhoneMetadata,
    });
    await server.load();
    page.runtime = server;
    try {
      return renderToString(field);
    } finally {
      page.runtime = held.runtime;
    }
  }

  test("keeps the server's formatted number, hydrates once it has loaded, with no mismatch", async () => {
    const html = await serverHtml();
    expect(html).toContain('value="06 12 34 56 78"');
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const reported: unknown[] = [];
    const consoleErrors = vi.spyOn(console, "error");
    await act(async () => {
      root = hydrateRoot(container, field, { onRecoverableError: (error) => reported.push(error) });
    });
    const input = container.querySelector("input") as HTMLInputElement;
    expect(input.value).toBe("06 12 34 56 78");
    // The field waits for the metadata to hydrate: it asked for it.
    expect(held.asked).toHaveBeenCalledWith("metadata");
    // Typed into the server's HTML before the field is hydrated: kept, and read once it is.
    await userEvent.clear(input);
    await userEvent.type(input, "0798765432");
    await held.release();
    await expect.poll(() => input.value).toBe("07 98 76 54 32");
    expect(reported).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
  });
});
