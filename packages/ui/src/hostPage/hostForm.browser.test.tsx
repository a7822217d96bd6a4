import { render, screen } from "@testing-library/react";
import { readVerificationProof } from "@verify-kit/server";
import type { ReactNode } from "react";
import { describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { NumberVerification } from "../numberVerification/NumberVerification.js";
import { PhoneVerification } from "../phoneVerification/PhoneVerification.js";
import { losesFirst } from "../testSupport/networkFaults.js";
import { plainText } from "../testSupport/plainText.js";
import { failOnConsoleProblems } from "../testSupport/quietConsole.js";
import {
  createSandbox,
  type SandboxOptions,
  SandboxProvider,
  sandboxNumbers,
  sandboxPin,
} from "../testSupport/sandbox.js";
import "../testSupport/phoneParserLoaded.js";

// The flows where apps put them: inside the page's own <form> (a signup form, a checkout form), which they
// must never submit, and whose submit they can hold back until the number is verified.

failOnConsoleProblems();

const required = "Verify your mobile number to continue.";

/** The app's form around `flow`: a name, the flow, a submit button; every submit event recorded. */
function inHostForm(flow: ReactNode, options: SandboxOptions = {}, nameRequired = false) {
  const sandbox = createSandbox(options);
  const submitted: FormData[] = [];
  render(
    <SandboxProvider sandbox={sandbox}>
      <form
        aria-label="Signup"
        onSubmit={(event) => {
          event.preventDefault();
          submitted.push(new FormData(event.currentTarget));
        }}
      >
        <label>
          Full name
          <input name="fullName" required={nameRequired} />
        </label>
        {flow}
        <button type="submit">Create account</button>
      </form>
    </SandboxProvider>,
  );
  const form = screen.getByRole("form", { name: "Signup" }) as HTMLFormElement;
  const fullName = screen.getByRole("textbox", { name: "Full name" }) as HTMLInputElement;
  const phoneInput = () => form.querySelector(".vk-phone-field__input") as HTMLInputElement;
  const codeInput = () => form.querySelector(".vk-pin-input__input") as HTMLInputElement;
  const status = (flow = ".vk-flow") => form.querySelector(flow)?.getAttribute("data-status");
  const live = () => plainText(form.querySelector(".vk-live-region")?.textContent);
  const alert = () => form.querySelector(".vk-flow__alert")?.textContent ?? undefined;
  return { sandbox, submitted, form, fullName, phoneInput, codeInput, status, live, alert };
}

describe("PhoneVerification inside the page's form", () => {
  test("Enter in the number sends the code, and the page's form is not submitted", async () => {
    const page = inHostForm(<PhoneVerification name="phone" defaultCountry="FR" />);
    expect(page.form.querySelectorAll("form")).toHaveLength(0);
    page.phoneInput().focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(() => page.status()).toBe("sent");
    expect(page.sandbox.sandboxed.apiRequests.count("/api/pin/send")).toBe(1);
    expect(page.submitted).toHaveLength(0);
  });

  test("its buttons (Change number, Send code) and Enter in a part-typed code submit nothing", async () => {
    const page = inHostForm(<PhoneVerification name="phone" defaultCountry="FR" />);
    await userEvent.type(page.fullName, "Ada Lovelace");
    await userEvent.click(page.phoneInput());
    await userEvent.keyboard("0600000001");
    await userEvent.click(screen.getByRole("button", { name: "Send code" }));
    await expect.poll(() => page.status()).toBe("sent");
    await userEvent.click(screen.getByRole("button", { name: "Change number" }));
    await expect.poll(() => page.status()).toBe("idle");
    await userEvent.click(screen.getByRole("button", { name: "Send code" }));
    await expect.poll(() => page.status()).toBe("sent");
    expect(document.activeElement).toBe(page.codeInput());
    await userEvent.keyboard("123{Enter}");
    expect(page.status()).toBe("sent");
    expect(page.submitted).toHaveLength(0);
    expect(page.fullName.value).toBe("Ada Lovelace");
  });

  test("with name, the verified number is the form's value; the page's own submit carries it", async () => {
    const page = inHostForm(<PhoneVerification name="phone" defaultCountry="FR" />);
    expect(new FormData(page.form).get("phone")).toBe("");
    page.phoneInput().focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(() => page.status()).toBe("sent");
    await userEvent.keyboard(sandboxPin);
    await expect.poll(() => page.status()).toBe("verified");
    expect(page.submitted).toHaveLength(0);
    expect(new FormData(page.form).get("phone")).toBe("+33600000001");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(page.submitted).toHaveLength(1);
    expect(page.submitted[0]?.get("phone")).toBe("+33600000001");
  });

  test("Enter in the code checks it: after a check the network lost, Enter tries the code again", async () => {
    const page = inHostForm(<PhoneVerification defaultCountry="FR" />, {
      between: losesFirst("/api/pin/check"),
    });
    page.phoneInput().focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(() => page.status()).toBe("sent");
    await userEvent.keyboard(sandboxPin);
    await expect.poll(() => page.status()).toBe("error");
    await userEvent.click(page.codeInput());
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => page.status()).toBe("verified");
    expect(page.sandbox.sandboxed.apiRequests.count("/api/pin/check")).toBe(1);
    expect(page.submitted).toHaveLength(0);
  });

  test("required: the page's submit is refused until verified, the flow says why and takes the focus", async () => {
    const page = inHostForm(<PhoneVerification name="phone" required defaultCountry="FR" />);
    await userEvent.type(page.fullName, "Ada Lovelace");
    expect(page.form.checkValidity()).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(page.submitted).toHaveLength(0);
    expect(document.activeElement).toBe(page.phoneInput());
    expect(page.alert()).toBe(required);
    await expect.poll(page.live).toBe(required);

    // The message goes once the flow moves on; in the code step, a refused submit points at the code.
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(() => page.status()).toBe("sent");
    expect(page.alert()).toBeUndefined();
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(page.submitted).toHaveLength(0);
    expect(document.activeElement).toBe(page.codeInput());
    expect(page.alert()).toBe(required);

    await userEvent.keyboard(sandboxPin);
    await expect.poll(() => page.status()).toBe("verified");
    expect(page.form.checkValidity()).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(page.submitted).toHaveLength(1);
    expect(page.submitted[0]?.get("phone")).toBe("+33600000001");
  });

  test("required, after a field the browser refuses first: the browser keeps the focus there", async () => {
    const page = inHostForm(<PhoneVerification required defaultCountry="FR" />, {}, true);
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(page.submitted).toHaveLength(0);
    expect(document.activeElement).toBe(page.fullName);
    // The flow's part is said all the same.
    expect(page.alert()).toBe(required);
  });
});

describe("NumberVerification inside the page's form", () => {
  test("Enter in the number starts the check, nothing submits the page; verified, its number is the form's", async () => {
    const page = inHostForm(
      <NumberVerification name="phone" required defaultCountry="FR" device="desktop" />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(page.submitted).toHaveLength(0);
    expect(document.activeElement).toBe(page.phoneInput());
    page.phoneInput().focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(() => page.status()).toBe("pending");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(page.submitted).toHaveLength(0);
    expect(page.alert()).toBe(required);
    await page.sandbox.openOnPhone();
    await expect.poll(() => page.status(), { timeout: 5000 }).toBe("verified");
    expect(page.submitted).toHaveLength(0);
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(page.submitted).toHaveLength(1);
    expect(page.submitted[0]?.get("phone")).toBe("+33600000001");
  });

  test("its SMS fallback takes over the form's part: the number verified by code is the form's", async () => {
    const page = inHostForm(
      <NumberVerification name="phone" required defaultCountry="FR" device="desktop" />,
    );
    page.phoneInput().focus();
    await userEvent.keyboard(`${sandboxNumbers.declined}{Enter}`);
    await expect.poll(() => page.status()).toBe("pending");
    await page.sandbox.openOnPhone();
    await userEvent.click(await screen.findByRole("button", { name: "Get a code by SMS instead" }));
    // One value and one validity for the page's form, from the SMS flow now.
    expect(page.form.querySelectorAll('input[name="phone"]')).toHaveLength(1);
    // The code is sent at once, and focus waits in its field.
    await expect.poll(() => page.status(".vk-phone-verification")).toBe("sent");
    await userEvent.keyboard(sandboxPin);
    await expect.poll(() => page.status(".vk-phone-verification")).toBe("verified");
    expect(page.submitted).toHaveLength(0);
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(page.submitted).toHaveLength(1);
    expect(page.submitted[0]?.get("phone")).toBe(sandboxNumbers.declined);
  });
});

describe("a page's form around the flows submits only by its own means", () => {
  test("no submit event reaches the document while a flow runs", async () => {
    const submits = vi.fn();
    document.addEventListener("submit", submits, true);
    try {
      const page = inHostForm(<PhoneVerification askConsent defaultCountry="FR" />);
      page.phoneInput().focus();
      await userEvent.keyboard("0600000001{Enter}");
      // Consent missing: refused by the flow, Enter on a checkbox included.
      await userEvent.click(screen.getByRole("checkbox", { name: "Text messages (SMS)" }));
      await userEvent.keyboard("{Enter}");
      await expect.poll(() => page.status()).toBe("sent");
      await userEvent.keyboard(sandboxPin);
      await expect.poll(() => page.status()).toBe("verified");
      expect(submits).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener("submit", submits, true);
    }
  });
});

describe("the proof beside the number, for the host's backend", () => {
  const secret = "a-host-secret-shared-with-the-adapter-0123";

  test("PhoneVerification: the page's submit carries phone_proof, which readVerificationProof accepts for the posted number", async () => {
    const page = inHostForm(<PhoneVerification name="phone" required defaultCountry="FR" />, {
      api: { proof: { secret } },
    });
    expect(new FormData(page.form).has("phone_proof")).toBe(false);
    page.phoneInput().focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(() => page.status()).toBe("sent");
    await userEvent.keyboard(sandboxPin);
    await expect.poll(() => page.status()).toBe("verified");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    const posted = page.submitted[0] as FormData;
    const read = await readVerificationProof(posted.get("phone_proof"), {
      secret,
      phone: String(posted.get("phone")),
    });
    expect(read).toMatchObject({ ok: true, value: { phone: "+33600000001", method: "sms" } });
    // Another number typed into the form is refused with the same proof.
    expect(
      await readVerificationProof(posted.get("phone_proof"), { secret, phone: "+33612345678" }),
    ).toMatchObject({ ok: false, error: { code: "proof_wrong_number" } });
  });

  test("NumberVerification: verified by the operator, the submit carries its proof", async () => {
    const page = inHostForm(<NumberVerification name="phone" defaultCountry="FR" device="desktop" />, {
      api: { proof: { secret } },
    });
    page.phoneInput().focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(() => page.status()).toBe("pending");
    await page.sandbox.openOnPhone();
    await expect.poll(() => page.status(), { timeout: 5000 }).toBe("verified");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));
    const posted = page.submitted[0] as FormData;
    expect(
      await readVerificationProof(posted.get("phone_proof"), { secret, phone: String(posted.get("phone")) }),
    ).toMatchObject({ ok: true, value: { phone: "+33600000001", method: "operator" } });
  });

  test("without a proof secret on the adapter, the form has no phone_proof: readVerificationProof says proof_missing", async () => {
    const page = inHostForm(<PhoneVerification name="phone" defaultCountry="FR" />);
    page.phoneInput().focus();
    await userEvent.keyboard("0600000001{Enter}");
    await expect.poll(() => page.status()).toBe("sent");
    await userEvent.keyboard(sandboxPin);
    await expect.poll(() => page.status()).toBe("verified");
    const posted = new FormData(page.form);
    expect(posted.get("phone")).toBe("+33600000001");
    expect(posted.has("phone_proof")).toBe(false);
    expect(await readVerificationProof(posted.get("phone_proof"), { secret })).toMatchObject({
      ok: false,
      error: { code: "proof_missing" },
    });
  });
});
