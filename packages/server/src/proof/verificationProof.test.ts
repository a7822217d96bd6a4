// The proof a successful verification's answer carries, and the host's backend reading it: against the
// real adapter and the in-process sandbox, time moved by the adapter's injected clock.
import { fc, test as property } from "@fast-check/vitest";
import { createVerifyApiClient } from "@verify-kit/core";
import { errorMessage } from "@verify-kit/core/messages";
import { decode, sign } from "hono/jwt";
import { describe, expect, test } from "vitest";
import { createVerifyApi } from "../api/createVerifyApi.js";
import { createLogger } from "../api/logger.js";
import { apiSetupFromEnv } from "../node/apiSetupFromEnv.js";
import { createSandbox } from "../sandbox/createSandbox.js";
import {
  createTestApi,
  fixedPin,
  lineCollector,
  numbers,
  type TestApi,
  testProofSecret,
} from "../testSupport/testApi.js";
import { readVerificationProof } from "./readVerificationProof.js";

const secret = testProofSecret;
const otherSecret = "another-secret-of-another-site-0123456789";

async function smsProof(t: TestApi, phone: string = numbers.delivered) {
  const sent = await t.sendPin(phone);
  const answer = await t.checkPin(sent.verificationId, fixedPin);
  expect(answer.body.verified).toBe(true);
  return { id: sent.verificationId, answer: answer.body, proof: answer.body.proof as string };
}

async function operatorProof(t: TestApi, phone: string = numbers.mobile) {
  const started = await t.startCheck(phone);
  await t.completeOperator(started.url);
  const status = await t.get(`/api/number-verify/${started.checkId}`);
  expect(status.body.status).toBe("verified");
  return { id: started.checkId, proof: status.body.proof as string };
}

const withSecret = (ttlS?: number) =>
  createTestApi({ api: { proof: { secret, ...(ttlS ? { ttlS } : {}) } } });

describe("the proof in a verification's answer", () => {
  test("without a secret: no proof, and the adapter says once, at start-up, that hosts cannot check verifications", async () => {
    const t = createTestApi();
    const { answer } = await smsProof(t);
    expect(answer).not.toHaveProperty("proof");
    const { proof } = await operatorProof(t);
    expect(proof).toBeUndefined();
    const warnings = t.logEntries().filter((entry) => /no proof secret/.test(entry.msg));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].msg).toContain("cannot check a verification server-side");
    expect(t.logEntries()[0].msg).toMatch(/^no proof secret/);
  });

  test("with a secret, the SMS check's answer carries a proof of the number, the method, the time and the verification", async () => {
    const t = withSecret();
    const { id, answer, proof } = await smsProof(t);
    expect(proof).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const { header, payload } = decode(proof);
    expect(header).toEqual({ alg: "HS256", typ: "JWT" });
    const verifiedS = Math.floor(Date.parse(answer.verifiedAt) / 1000);
    expect(payload).toEqual({
      iss: "verify-kit",
      sub: numbers.delivered,
      jti: id,
      method: "sms",
      verifiedAt: answer.verifiedAt,
      iat: verifiedS,
      exp: verifiedS + 600,
    });
    expect(await readVerificationProof(proof, { secret, phone: numbers.delivered, now: t.now })).toEqual({
      ok: true,
      value: {
        phone: numbers.delivered,
        method: "sms",
        verifiedAt: answer.verifiedAt,
        id,
        expiresAt: new Date((verifiedS + 600) * 1000).toISOString(),
      },
    });
    expect(t.logEntries().some((entry) => /no proof secret/.test(entry.msg))).toBe(false);
  });

  test("the operator check's verified status carries one, the same at every poll: polling later never extends it", async () => {
    const t = withSecret();
    const { id, proof } = await operatorProof(t);
    const read = await readVerificationProof(proof, { secret, phone: "+33 6 12 34 56 78", now: t.now });
    expect(read).toMatchObject({ ok: true, value: { phone: numbers.mobile, method: "operator", id } });
    t.advance(30);
    const again = await t.get(`/api/number-verify/${id}`);
    expect(again.body).toEqual({ status: "verified", proof });
  });

  test("it expires after 10 minutes by default, after ttlS when set (the adapter's clock, no waiting)", async () => {
    const t = withSecret();
    const { proof } = await smsProof(t);
    t.advance(599);
    expect((await readVerificationProof(proof, { secret, now: t.now })).ok).toBe(true);
    t.advance(2);
    const expired = await readVerificationProof(proof, { secret, now: t.now });
    expect(expired).toMatchObject({ ok: false, error: { code: "proof_expired", retryable: false } });

    const short = withSecret(60);
    const { proof: shortProof } = await operatorProof(short);
    short.advance(61);
    expect(await readVerificationProof(shortProof, { secret, now: short.now })).toMatchObject({
      ok: false,
      error: { code: "proof_expired" },
    });
  });

  test("the browser client returns it, from the SMS check and from the operator check's status", async () => {
    const t = withSecret();
    const client = createVerifyApiClient({ baseUrl: "http://app.test/api", fetch: t.fetch });
    const sent = await client.sendPin({ phone: numbers.delivered });
    if (!sent.ok) throw sent.error;
    const checked = await client.checkPin({ verificationId: sent.value.verificationId, pin: fixedPin });
    expect(checked).toMatchObject({ ok: true, value: { verified: true, proof: expect.any(String) } });
    const started = await client.startNumberVerify({ phone: numbers.mobile });
    if (!started.ok) throw started.error;
    await t.completeOperator(started.value.url);
    const status = await client.getNumberVerify(started.value.checkId);
    expect(status).toMatchObject({ ok: true, value: { status: "verified", proof: expect.any(String) } });
    const proof = status.ok && status.value.status === "verified" ? status.value.proof : undefined;
    expect((await readVerificationProof(proof, { secret, phone: numbers.mobile, now: t.now })).ok).toBe(true);
  });

  test("neither the secret nor a proof reaches a log line", async () => {
    const t = withSecret();
    const { proof } = await smsProof(t);
    const { proof: operator } = await operatorProof(t);
    const text = t.logLines.join("\n");
    expect(text).not.toContain(secret);
    expect(text).not.toContain(proof);
    expect(text).not.toContain(operator);
    const lines: string[] = [];
    createLogger({ destination: lineCollector(lines) }).info(
      { proof, options: { secret } },
      "a careless line",
    );
    expect(lines.join("\n")).not.toContain(secret);
    expect(lines.join("\n")).not.toContain(proof);
  });
});

describe("readVerificationProof refuses what it cannot vouch for, with the catalogue's codes", () => {
  const reasons = (code: Parameters<typeof errorMessage>[0]) => ({
    ok: false,
    error: expect.objectContaining({ code, retryable: false }),
  });

  test("nothing posted: proof_missing", async () => {
    for (const token of [undefined, null, "", "   ", 42]) {
      expect(await readVerificationProof(token, { secret })).toEqual(reasons("proof_missing"));
    }
  });

  test("another key, truncated, tampered, alg none, another algorithm or issuer: proof_invalid", async () => {
    const t = withSecret();
    const { proof } = await smsProof(t);
    const [head, body, signature] = proof.split(".") as [string, string, string];
    const payload = decode(proof).payload as { exp: number; [claim: string]: unknown };
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const forged = [
      await sign(payload, otherSecret, "HS256"),
      proof.slice(0, -5),
      `${head}.${body}`,
      `${head}.${encode({ ...payload, sub: numbers.mobile })}.${signature}`,
      `${head}.${encode({ ...payload, exp: payload.exp + 86_400 })}.${signature}`,
      `${encode({ alg: "none", typ: "JWT" })}.${body}.`,
      `${encode({ alg: "none", typ: "JWT" })}.${body}.${signature}`,
      await sign(payload, secret, "HS512"),
      await sign({ ...payload, iss: "another-app" }, secret, "HS256"),
      await sign({ ...payload, method: "email" }, secret, "HS256"),
      await sign({ sub: numbers.delivered, exp: payload.exp, iss: "verify-kit" }, secret, "HS256"),
      "not a token",
      "a.b.c",
      "<html>",
    ];
    for (const token of forged) {
      expect(await readVerificationProof(token, { secret, now: t.now }), token).toEqual(
        reasons("proof_invalid"),
      );
    }
  });

  test("a proof of another number: proof_wrong_number, whatever the posted number's format", async () => {
    const t = withSecret();
    const { proof } = await smsProof(t, numbers.delivered);
    for (const phone of [numbers.mobile, "06 12 34 56 78", "", "junk"]) {
      expect(await readVerificationProof(proof, { secret, phone, now: t.now })).toEqual(
        reasons("proof_wrong_number"),
      );
    }
    expect((await readVerificationProof(proof, { secret, phone: "+33 6 00 00 00 01", now: t.now })).ok).toBe(
      true,
    );
  });

  property.prop([fc.oneof(fc.string(), fc.stringMatching(/^[\w-]*\.[\w-]*\.[\w-]*$/), fc.anything())])(
    "never throws on what a client posts",
    async (token) => {
      const read = await readVerificationProof(token, { secret });
      expect(read.ok).toBe(false);
    },
  );

  test("a secret shorter than 32 characters is a set-up mistake: it throws, saying so", async () => {
    await expect(readVerificationProof("x", { secret: "short" })).rejects.toThrow(/at least 32 characters/);
  });

  test("the codes have en and fr messages", () => {
    expect(errorMessage("proof_wrong_number", "en")).toBe(
      "This number's verification cannot be accepted: verify it again.",
    );
    expect(errorMessage("proof_expired", "fr")).toBe(
      "La vérification de ce numéro ne peut pas être acceptée\u202f: vérifiez-le à nouveau.",
    );
  });
});

describe("the proof secret's settings", () => {
  test("createVerifyApi refuses a short secret or a lifetime out of range, naming the option", () => {
    const sms = { company: "SHOP", smsText: "Your code:", pinDurationMin: 3 };
    const base = {
      sms,
      sandboxInbox: undefined,
      sandbox: createSandbox(),
      clientAddress: "socket" as const,
      logger: createLogger({ level: "silent" }),
    };
    expect(() => createVerifyApi({ ...base, proof: { secret: "too short" } })).toThrow(
      /proof\.secret must be at least 32 characters \(it is 9\)/,
    );
    expect(() => createVerifyApi({ ...base, proof: { secret, ttlS: 0 } })).toThrow(/proof\.ttlS must be/);
  });

  test("VERIFY_PROOF_SECRET and VERIFY_PROOF_TTL_S: read, checked at start-up with a clear message, never echoed", () => {
    expect(apiSetupFromEnv({}).options.proof).toBeUndefined();
    expect(apiSetupFromEnv({ VERIFY_PROOF_SECRET: secret }).options.proof).toEqual({ secret });
    expect(apiSetupFromEnv({ VERIFY_PROOF_SECRET: secret, VERIFY_PROOF_TTL_S: "120" }).options.proof).toEqual(
      {
        secret,
        ttlS: 120,
      },
    );
    const short = "s3cr3t-but-short";
    let message = "";
    try {
      apiSetupFromEnv({ VERIFY_PROOF_SECRET: short, VERIFY_PROOF_TTL_S: "5" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("VERIFY_PROOF_SECRET must be at least 32 characters (it is 16)");
    expect(message).toContain("VERIFY_PROOF_TTL_S must be a whole number from 10 to 86400");
    expect(message).not.toContain(short);
    expect(() => apiSetupFromEnv({ VERIFY_PROOF_TTL_S: "120" })).toThrow(/without VERIFY_PROOF_SECRET/);
  });
});
