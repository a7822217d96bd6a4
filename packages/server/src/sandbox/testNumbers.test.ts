import { isValidPhoneNumber, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import {
  dqeRequest,
  fixtures,
  idmobileParams,
  openOperator,
  pinParams,
  type SandboxTestBed,
  testBed,
} from "../testSupport/sandboxTestSupport.js";
import { SANDBOX_LICENCE } from "./sandboxOptions.js";
import { sandboxTestNumber, sandboxTestNumbers } from "./testNumbers.js";

const idmobileIds: Record<string, string> = fixtures.idmobile_numverify_error_ids;
const retrievalIds: Record<string, string> = fixtures.numverify_retrieval_error_ids;

/** Sends a PIN and verifies it with the PIN the SMS carried. */
async function smsFlow(bed: SandboxTestBed, number: string) {
  const sent = await bed.sendPin(number);
  const message = bed.sandbox.messages(number)[0];
  const verified = await bed.call("POST", "/GDPR_VERIF/", {
    Phone: number,
    Token: String(sent.body.smsToken),
    Pin: message?.pin ?? "123456",
  });
  return { sent: sent.body, message, verified: verified.body };
}

/** Starts a check, opens its URL, then retrieves its answer. */
async function checkFlow(bed: SandboxTestBed, number: string) {
  const { token, answer } = await bed.startCheck(number);
  if (answer.body.status !== "success") return { started: answer.body, retrieved: undefined };
  await openOperator(bed.sandbox, answer);
  return { started: answer.body, retrieved: (await bed.retrieve(token)).body };
}

describe("the test numbers", () => {
  it("are valid French mobiles, each with its E.164 form", () => {
    expect(sandboxTestNumbers.map((entry) => entry.number)).toEqual([
      "33600000001",
      "33600000002",
      "33600000003",
      "33600000004",
      "33600000005",
      "33600000006",
      "33600000009",
      "33600000015",
      "33600000016",
      "33600000099",
      "33600000500",
      "33600000504",
    ]);
    for (const entry of sandboxTestNumbers) {
      expect(entry.e164).toBe(`+${entry.number}`);
      expect(isValidPhoneNumber(entry.e164)).toBe(true);
      const parsed = parsePhoneNumberFromString(entry.e164);
      expect(parsed?.country).toBe("FR");
      expect(parsed?.getType()).toBe("MOBILE");
      expect(entry.en.length).toBeGreaterThan(10);
      expect(sandboxTestNumber(entry.number)).toBe(entry);
    }
    expect(sandboxTestNumber("33612345678")).toBeUndefined();
  });

  it("33600000001: delivered, numVerify true", async () => {
    const bed = testBed();
    const sms = await smsFlow(bed, "33600000001");
    expect(sms.sent.status).toBe("DELIVERED");
    expect(sms.verified.status).toBe("OK");
    const check = await checkFlow(bed, "33600000001");
    expect(check.retrieved).toEqual({ status: "success", scope: "numVerify", numVerify: true });
  });

  it.each([
    ["33600000002", "UNDELIVERABLE", false],
    ["33600000006", "REJECTED", true],
  ] as const)(
    "%s: %s with a token and no SMS (verifying answers 05), numVerify %s",
    async (number, status, numVerify) => {
      const bed = testBed();
      const sms = await smsFlow(bed, number);
      expect(sms.sent).toMatchObject({ status, to: number, errors: { "00": "00 - No errors" } });
      expect(sms.sent.smsToken).toMatch(/^[\w-]{22}$/);
      expect(sms.message).toBeUndefined();
      expect(sms.verified).toEqual({ status: "KO", errors: { "05": "05 - Invalid token" } });
      const check = await checkFlow(bed, number);
      expect(check.retrieved).toEqual({ status: "success", scope: "numVerify", numVerify });
    },
  );

  it.each([
    ["33600000003", "21"],
    ["33600000004", "18"],
    ["33600000005", "20"],
    ["33600000099", "99"],
  ])("%s: delivered, the check ends in retrieval error %s", async (number, id) => {
    const bed = testBed();
    const sms = await smsFlow(bed, number);
    expect(sms.sent.status).toBe("DELIVERED");
    expect(sms.verified.status).toBe("OK");
    const check = await checkFlow(bed, number);
    expect(check.started.status).toBe("success");
    expect(check.retrieved).toEqual({ status: "error", error_id: id, error_type: retrievalIds[id] });
  });

  it.each([
    ["33600000009", "09"],
    ["33600000015", "15"],
    ["33600000016", "16"],
  ])("%s: delivered, IDMOBILE refuses to start with %s", async (number, id) => {
    const bed = testBed();
    const sms = await smsFlow(bed, number);
    expect(sms.verified.status).toBe("OK");
    const check = await checkFlow(bed, number);
    expect(check.started).toEqual({ status: "error", error_id: id, error_type: idmobileIds[id] });
  });

  it("any other valid number: delivered, numVerify true", async () => {
    const bed = testBed();
    expect((await smsFlow(bed, "33698765432")).verified.status).toBe("OK");
    expect((await checkFlow(bed, "33698765432")).retrieved).toMatchObject({ numVerify: true });
  });

  describe("33600000500", () => {
    async function expectServerError(response: Response) {
      expect(response.status).toBe(500);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      const body = await response.text();
      expect(body).toContain("<html");
      expect(() => JSON.parse(body)).toThrow();
    }

    it("fails GDPR_MSG and GDPR_VERIF with HTTP 500 and HTML, sending nothing", async () => {
      const bed = testBed();
      await expectServerError(await bed.send("POST", "/GDPR_MSG/", pinParams("33600000500")));
      await expectServerError(await bed.send("GET", "/GDPR_MSG/", pinParams("33600000500")));
      const verify = { Phone: "33600000500", Token: "C6hfYZIER3CVoGVYwTiZLg", Pin: "123456" };
      await expectServerError(await bed.send("POST", "/GDPR_VERIF/", verify));
      expect(bed.sandbox.messages()).toEqual([]);
    });

    it("fails IDMOBILE, and the retrieval of its check, with HTTP 500 and HTML", async () => {
      const bed = testBed();
      const token = await bed.accessToken();
      await expectServerError(await bed.send("POST", "/IDMOBILE/", idmobileParams("33600000500", token)));
      // Retrying the start with the same token fails the same way.
      await expectServerError(await bed.send("GET", "/IDMOBILE/", idmobileParams("33600000500", token)));
      await expectServerError(
        await bed.send("POST", "/GET/", { token, Licence: SANDBOX_LICENCE, scope: "numVerify" }),
      );
    });
  });

  describe("33600000504", () => {
    it("answers every endpoint normally, but only after slowMs", async () => {
      const bed = testBed({ slowMs: 60 });
      let started = performance.now();
      const sent = await bed.sendPin("33600000504");
      expect(performance.now() - started).toBeGreaterThanOrEqual(50);
      expect(sent.body.status).toBe("DELIVERED");

      started = performance.now();
      const pin = bed.sandbox.messages("33600000504")[0]?.pin ?? "";
      const verified = await bed.call("POST", "/GDPR_VERIF/", {
        Phone: "33600000504",
        Token: String(sent.body.smsToken),
        Pin: pin,
      });
      expect(performance.now() - started).toBeGreaterThanOrEqual(50);
      expect(verified.body.status).toBe("OK");

      started = performance.now();
      const { token, answer } = await bed.startCheck("33600000504");
      expect(performance.now() - started).toBeGreaterThanOrEqual(50);
      expect(answer.body.status).toBe("success");

      started = performance.now();
      await openOperator(bed.sandbox, answer);
      const retrieved = await bed.retrieve(token);
      expect(performance.now() - started).toBeGreaterThanOrEqual(100);
      expect(retrieved.body).toEqual({ status: "success", scope: "numVerify", numVerify: true });
    });

    it("stops waiting as soon as the request aborts", async () => {
      const bed = testBed({ slowMs: 60_000 });
      const controller = new AbortController();
      const started = performance.now();
      const pending = bed.sandbox.fetch(
        dqeRequest("POST", "/GDPR_MSG/", pinParams("33600000504"), { signal: controller.signal }),
      );
      setTimeout(() => controller.abort(), 20);
      await expect(pending).rejects.toMatchObject({ name: "AbortError" });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(bed.sandbox.messages()).toEqual([]);
    });

    it("does not wait at all for a request already aborted", async () => {
      const bed = testBed({ slowMs: 60_000 });
      const token = await bed.accessToken();
      const request = dqeRequest("POST", "/IDMOBILE/", idmobileParams("33600000504", token), {
        signal: AbortSignal.abort(),
      });
      await expect(bed.sandbox.fetch(request)).rejects.toMatchObject({ name: "AbortError" });
    });
  });
});
