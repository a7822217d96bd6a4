import { describe, expect, it } from "vitest";
import { dqeRequest, origin, pinParams, testBed } from "../testSupport/sandboxTestSupport.js";
import * as sandboxEntry from "./index.js";
import { createSandbox, SANDBOX_LICENCE } from "./index.js";

describe("createSandbox", () => {
  it("exports its public API from the entry", () => {
    expect(Object.keys(sandboxEntry).sort()).toEqual([
      "SANDBOX_LICENCE",
      "createSandbox",
      "sandboxOptionsFromEnv",
      "sandboxTestNumber",
      "sandboxTestNumbers",
    ]);
    expect(SANDBOX_LICENCE).toBe("SANDBOX-LICENCE");
  });

  it.each([
    [{ pin: "12345" }, /pin must be 6 digits/],
    [{ pinTtlS: 0 }, /pinTtlS must be a positive whole number/],
    [{ checkTtlS: 1.5 }, /checkTtlS must be a positive whole number/],
    [{ latencyMs: -1 }, /latencyMs must be a whole number of milliseconds/],
    [{ slowMs: Number.POSITIVE_INFINITY }, /slowMs must be a whole number of milliseconds/],
    [{ publicUrl: "192.168.1.20:4010" }, /publicUrl must be an http\(s\) URL/],
  ])("refuses %o at creation", (options, message) => {
    expect(() => createSandbox(options)).toThrow(message);
  });

  it("answers unknown paths and methods with 404", async () => {
    const sandbox = createSandbox();
    expect((await sandbox.fetch(new Request(`${origin}/GDPR_SEND/`))).status).toBe(404);
    expect((await sandbox.fetch(new Request(`${origin}/gdpr_msg/`))).status).toBe(404);
    const put = new Request(`${origin}/GDPR_MSG/`, {
      method: "PUT",
      body: new URLSearchParams(pinParams("33612345678")),
    });
    expect((await sandbox.fetch(put)).status).toBe(404);
  });

  it("reads a POST's query string too, the form body winning", async () => {
    const bed = testBed();
    const { Phone, Licence, ...body } = pinParams("33612345678");
    const request = new Request(`${origin}/GDPR_MSG/?Phone=${Phone}&Licence=WRONG`, {
      method: "POST",
      body: new URLSearchParams({ ...body, Licence: Licence ?? "" }),
    });
    const answer = (await (await bed.sandbox.fetch(request)).json()) as Record<string, unknown>;
    expect(answer.status).toBe("DELIVERED");
  });

  it("reads a POST body without a content type as a form, and ignores a JSON body", async () => {
    const sandbox = createSandbox();
    const form = new URLSearchParams(pinParams("33612345678")).toString();
    const untyped = new Request(`${origin}/GDPR_MSG/`, { method: "POST", body: new Blob([form]) });
    expect(((await (await sandbox.fetch(untyped)).json()) as Record<string, unknown>).status).toBe(
      "DELIVERED",
    );
    const json = new Request(`${origin}/GDPR_MSG/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(pinParams("33612345678")),
    });
    const answer = (await (await sandbox.fetch(json)).json()) as Record<string, unknown>;
    expect(answer.errors).toEqual({ "01": "01 - Missing parameters" });
  });

  it("delays every DQE endpoint by latencyMs", async () => {
    const bed = testBed({ latencyMs: 40 });
    for (const [path, params] of [
      ["/GDPR_MSG/", pinParams("33612345678")],
      ["/ACCESS_TOKEN/", { client_secret: "s", grant_type: "client_idmobile", licence: SANDBOX_LICENCE }],
      ["/GET/", { token: "x", Licence: SANDBOX_LICENCE, scope: "numVerify" }],
    ] as const) {
      const started = performance.now();
      await bed.send("POST", path, params);
      expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    }
  });

  it("does not delay the /__sandbox/ routes", async () => {
    const sandbox = createSandbox({ latencyMs: 60_000 });
    const started = performance.now();
    const response = await sandbox.fetch(new Request(`${origin}/__sandbox/messages`));
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("rejects like fetch when a request aborts during the latency", async () => {
    const sandbox = createSandbox({ latencyMs: 60_000 });
    const controller = new AbortController();
    const pending = sandbox.fetch(
      dqeRequest("GET", "/GDPR_MSG/", pinParams("33612345678"), { signal: controller.signal }),
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("forgets everything on reset()", async () => {
    const bed = testBed({ pin: "123456" });
    const sent = await bed.sendPin("33612345678");
    const { token } = await bed.startCheck("33612345678");
    bed.sandbox.reset();
    expect(bed.sandbox.messages()).toEqual([]);
    const verified = await bed.call("POST", "/GDPR_VERIF/", {
      Phone: "33612345678",
      Token: String(sent.body.smsToken),
      Pin: "123456",
    });
    expect(verified.body.errors).toEqual({ "05": "05 - Invalid token" });
    expect((await bed.retrieve(token)).body).toMatchObject({ status: "error", error_id: "30" });
  });

  it("keeps separate sandboxes apart", async () => {
    const first = testBed();
    const second = testBed();
    await first.sendPin("33612345678");
    expect(first.sandbox.messages()).toHaveLength(1);
    expect(second.sandbox.messages()).toEqual([]);
  });
});
