import { readFileSync } from "node:fs";
import { expect, test, vi } from "vitest";
import { sendCode } from "../example/sendCode.js";
import { createVerifyApiClient } from "./index.js";

// The README's example, as written (example/sendCode.ts). The backend adapter answers in its wire format
// here; its own tests run the same client against the real adapter.

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const example = readFileSync(new URL("../example/sendCode.ts", import.meta.url), "utf8");

test("the README shows the example exactly as tested here", () => {
  expect(readme).toContain(example.trim());
});

test("a number the browser can tell is wrong: its message, and no request", async () => {
  const fetch = vi.fn<typeof globalThis.fetch>();
  expect(await sendCode("06 12", createVerifyApiClient({ fetch }))).toBe(
    "Ce numéro de téléphone est trop court.",
  );
  expect(fetch).not.toHaveBeenCalled();
});

test("a valid number goes to the adapter in E.164 with the consent; the answer is read", async () => {
  const fetch = vi.fn<typeof globalThis.fetch>(async () =>
    Response.json({
      verificationId: "v1",
      to: "+33612345678",
      expiresInS: 180,
      resendInS: 30,
      resendsLeft: 3,
      attemptsLeft: 5,
    }),
  );
  expect(await sendCode("06 12 34 56 78", createVerifyApiClient({ fetch }))).toBe(
    "Code envoyé au +33612345678, valable 180 s.",
  );
  const [url, init] = fetch.mock.calls[0] ?? [];
  expect(String(url)).toBe("/api/pin/send");
  expect(JSON.parse(String(init?.body))).toEqual({
    phone: "+33612345678",
    consent: { phone: false, post: false, sms: true, email: true },
  });
});

test("a refusal from the adapter: the message of its code", async () => {
  const fetch = vi.fn<typeof globalThis.fetch>(async () =>
    Response.json({ error: { code: "too_many_sends", retryable: true, retryAfterS: 600 } }, { status: 429 }),
  );
  expect(await sendCode("0612345678", createVerifyApiClient({ fetch }))).toBe(
    "Trop de codes ont été envoyés. Vous pourrez réessayer dans 10 minutes.",
  );
});
