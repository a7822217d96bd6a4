import { describe, expect, it } from "vitest";
import {
  fixtures,
  idmobileParams,
  type Method,
  openOperator,
  operatorPathOf,
  type Params,
  shapeOf,
  testBed,
} from "../testSupport/sandboxTestSupport.js";
import { SANDBOX_LICENCE } from "./sandboxOptions.js";

const idmobileIds: Record<string, string> = fixtures.idmobile_numverify_error_ids;
const retrievalIds: Record<string, string> = fixtures.numverify_retrieval_error_ids;
const number = "33612345678";
const operators = ["Orange", "SFR", "Bouygues Telecom", "Free Mobile"];

const idmobileError = (id: string) => ({ status: "error", error_id: id, error_type: idmobileIds[id] });
const retrievalError = (id: string) => ({ status: "error", error_id: id, error_type: retrievalIds[id] });

describe("IDMOBILE", () => {
  it.each<Method>(["GET", "POST"])("starts a check by %s, typed as DQE's example", async (method) => {
    const bed = testBed();
    const token = await bed.accessToken();
    const answer = await bed.call(method, "/IDMOBILE/", idmobileParams(number, token));
    expect(answer.status).toBe(200);
    expect(shapeOf(answer.body)).toEqual(shapeOf(fixtures.idmobile_numverify_url_success));
    expect(answer.body.status).toBe("success");
    expect(operators).toContain(answer.body.operator);
    const url = new URL(String(answer.body.url));
    expect(url.origin).toBe("http://sandbox.test");
    expect(url.pathname).toMatch(/^\/__sandbox\/operator\/[A-Za-z0-9_-]+$/);
    expect(url.href).not.toContain(token);
  });

  it("names the same operator for the same number", async () => {
    const bed = testBed();
    const first = await bed.startCheck(number);
    const second = await bed.startCheck(number);
    expect(first.answer.body.operator).toBe(second.answer.body.operator);
    expect(first.answer.body.url).not.toBe(second.answer.body.url);
  });

  it("builds the operator URL on publicUrl when set", async () => {
    const bed = testBed({ publicUrl: "http://192.168.1.20:4010/" });
    const { answer } = await bed.startCheck(number);
    expect(String(answer.body.url)).toMatch(/^http:\/\/192\.168\.1\.20:4010\/__sandbox\/operator\/[\w-]+$/);
  });

  it("answers without the trailing slash too", async () => {
    const bed = testBed();
    const token = await bed.accessToken();
    const answer = await bed.call("GET", "/IDMOBILE", idmobileParams(number, token));
    expect(answer.body.status).toBe("success");
  });

  const refused: [string, (token: string) => Params, string][] = [
    ["no number", (token) => ({ token, name: "kit", licence: SANDBOX_LICENCE, scope: "numVerify" }), "05"],
    ["an empty token", () => idmobileParams(number, ""), "05"],
    ["an empty name", (token) => idmobileParams(number, token, { name: "" }), "05"],
    ["an empty licence", (token) => idmobileParams(number, token, { licence: "" }), "05"],
    ["an empty scope", (token) => idmobileParams(number, token, { scope: "" }), "05"],
    ["a wrong licence", (token) => idmobileParams(number, token, { licence: "OTHER" }), "02"],
    [
      "the capitalised Licence only",
      (token) => ({ number, token, name: "kit", Licence: SANDBOX_LICENCE, scope: "numVerify" }),
      "05",
    ],
    ["another scope", (token) => idmobileParams(number, token, { scope: "numPortability" }), "04"],
    [
      "a redirect_uri that is not a URL",
      (token) => idmobileParams(number, token, { redirect_uri: "back" }),
      "01",
    ],
    [
      "a javascript: redirect_uri",
      (token) => idmobileParams(number, token, { redirect_uri: "javascript:alert(1)" }),
      "01",
    ],
    ["an unknown token", () => idmobileParams(number, "TK0000000000000000000000"), "30"],
    ["an empty number", (token) => idmobileParams("", token), "11"],
    ["a number with +", (token) => idmobileParams(`+${number}`, token), "10"],
    ["a number that does not exist", (token) => idmobileParams("33012345678", token), "10"],
    ["letters", (token) => idmobileParams("abc", token), "10"],
  ];

  it.each(refused)("answers %s with error %s", async (_case, params, id) => {
    const bed = testBed();
    const answer = await bed.call("POST", "/IDMOBILE/", params(await bed.accessToken()));
    expect(answer.status).toBe(200);
    expect(shapeOf(answer.body)).toEqual(shapeOf(fixtures.numverify_retrieval_error));
    expect(answer.body).toEqual(idmobileError(id));
  });

  it("refuses an access token older than 300 s with 30", async () => {
    const bed = testBed();
    const token = await bed.accessToken();
    bed.advance(300);
    const answer = await bed.call("POST", "/IDMOBILE/", idmobileParams(number, token));
    expect(answer.body).toEqual(idmobileError("30"));
  });

  it("needs a fresh access token per check: a used one answers 30", async () => {
    const bed = testBed();
    const { token } = await bed.startCheck(number);
    const again = await bed.call("POST", "/IDMOBILE/", idmobileParams("33600000001", token));
    expect(again.body).toEqual(idmobileError("30"));
  });

  it("does not use up the token when the start fails", async () => {
    const bed = testBed();
    const token = await bed.accessToken();
    await bed.call("POST", "/IDMOBILE/", idmobileParams("33600000009", token));
    const answer = await bed.call("POST", "/IDMOBILE/", idmobileParams(number, token));
    expect(answer.body.status).toBe("success");
  });
});

describe("retrieval /GET/", () => {
  it.each<Method>(["GET", "POST"])("answers pending by %s until the URL is opened", async (method) => {
    const bed = testBed();
    const { token } = await bed.startCheck(number);
    const answer = await bed.retrieve(token, method);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(fixtures.numverify_retrieval_pending);
  });

  it("answers numVerify true once the URL is opened, typed as DQE's example", async () => {
    const bed = testBed();
    const { token, answer } = await bed.startCheck(number);
    await openOperator(bed.sandbox, answer);
    const result = await bed.retrieve(token);
    expect(shapeOf(result.body)).toEqual(shapeOf(fixtures.numverify_retrieval_success));
    expect(result.body).toEqual({ status: "success", scope: "numVerify", numVerify: true });
  });

  it("answers without the trailing slash too", async () => {
    const bed = testBed();
    const { token } = await bed.startCheck(number);
    const answer = await bed.call("GET", "/GET", { token, Licence: SANDBOX_LICENCE, scope: "numVerify" });
    expect(answer.body.status).toBe("pending");
  });

  it("answers 30 for a check never opened within its lifetime (300 s by default)", async () => {
    const bed = testBed();
    const { token } = await bed.startCheck(number);
    bed.advance(299);
    expect((await bed.retrieve(token)).body.status).toBe("pending");
    bed.advance(1);
    const answer = await bed.retrieve(token);
    expect(shapeOf(answer.body)).toEqual(shapeOf(fixtures.numverify_retrieval_error));
    expect(answer.body).toEqual(retrievalError("30"));
  });

  it("follows checkTtlS", async () => {
    const bed = testBed({ checkTtlS: 20 });
    const { token } = await bed.startCheck(number);
    bed.advance(20);
    expect((await bed.retrieve(token)).body).toEqual(retrievalError("30"));
  });

  it("keeps a settled answer after the lifetime", async () => {
    const bed = testBed();
    const { token, answer } = await bed.startCheck(number);
    await openOperator(bed.sandbox, answer);
    bed.advance(3600);
    expect((await bed.retrieve(token)).body).toEqual({
      status: "success",
      scope: "numVerify",
      numVerify: true,
    });
  });

  const refused: [string, Params, string][] = [
    ["no token", { token: "" }, "01"],
    ["no Licence", { Licence: "" }, "01"],
    ["a wrong Licence", { Licence: "OTHER" }, "02"],
    ["no scope", { scope: "" }, "04"],
    ["another scope", { scope: "numPortability" }, "04"],
    ["an unknown token", { token: "TK0000000000000000000000" }, "30"],
  ];

  it.each(refused)("answers %s with error %s", async (_case, extra, id) => {
    const bed = testBed();
    const { token } = await bed.startCheck(number);
    const answer = await bed.call("POST", "/GET/", {
      token,
      Licence: SANDBOX_LICENCE,
      scope: "numVerify",
      ...extra,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(retrievalError(id));
  });

  it("answers 30 for an access token that started no check", async () => {
    const bed = testBed();
    const token = await bed.accessToken();
    expect((await bed.retrieve(token)).body).toEqual(retrievalError("30"));
  });

  it("gives each check its own token and outcome", async () => {
    const bed = testBed();
    const first = await bed.startCheck("33600000002");
    const second = await bed.startCheck(number);
    await openOperator(bed.sandbox, first.answer);
    expect((await bed.retrieve(first.token)).body).toMatchObject({ status: "success", numVerify: false });
    expect((await bed.retrieve(second.token)).body.status).toBe("pending");
    expect(operatorPathOf(first.answer)).not.toBe(operatorPathOf(second.answer));
  });
});
